import type { FixtureFormat } from './FixtureSpec.ts'
import { writeZip } from './writeZip.ts'

const MAIN_ENTRY: Partial<Record<FixtureFormat, string>> = {
  docx: 'word/document.xml',
  xlsx: 'xl/workbook.xml',
  pptx: 'ppt/presentation.xml',
  odt: 'content.xml',
  ods: 'content.xml',
  odp: 'content.xml',
}

const ODF_MIME: Record<string, string> = {
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
}

const built = new Map<FixtureFormat, Buffer>()

/** A zip-based office file whose main entry is 24 MB of spaces in valid XML (≈ 1000 : 1): a small zip bomb. */
export function buildZipBomb(format: FixtureFormat): Buffer {
  const main = MAIN_ENTRY[format]
  if (!main) throw new Error(`A zip bomb needs a zip-based format, not ${format}`)
  // Built once per format and process: deflating 24 MB takes about a second.
  let bomb = built.get(format)
  if (!bomb) {
    const xml = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="UTF-8"?><document>'), Buffer.alloc(24 * 1024 * 1024, 0x20), Buffer.from('</document>')])
    const first = format in ODF_MIME ? { name: 'mimetype', data: ODF_MIME[format], store: true } : { name: '[Content_Types].xml', data: '<?xml version="1.0"?><Types/>' }
    bomb = writeZip([first, { name: main, data: xml }])
    built.set(format, bomb)
  }
  return bomb
}
