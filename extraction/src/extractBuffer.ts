import { blocksToText } from './blocksToText.ts'
import { formatOf } from './formatOf.ts'
import { failure, Unreadable } from './unreadable.ts'
import type { Block, ExtractionResult, ExtractOptions, Format, Properties } from './types.ts'
import { formatBytes, Zip } from './zip/readZip.ts'

export const DEFAULT_MAX_BYTES = 200 * 1024 * 1024
export const DEFAULT_MAX_UNZIPPED_BYTES = 500 * 1024 * 1024
const DEFAULT_MAX_OCR_PAGES = 20

// Readers are loaded when a file of their format comes: a pool child that only sees text files never parses pdf.js.

interface Read {
  /** The format the bytes turned out to be, where it differs from the one guessed from name and head. */
  format?: Format
  blocks: Block[]
  properties?: Properties
  ocr?: boolean
}

/** The format a zip archive really is, by the entries it has (a docx named .doc, an odt named .docx, …). */
function zipFormatOf(zip: Zip, guess: Format): Format | null {
  const mime = zip.text('mimetype')?.trim()
  if (mime === 'application/vnd.oasis.opendocument.text' || mime === 'application/vnd.oasis.opendocument.text-template') return 'odt'
  if (mime?.startsWith('application/vnd.oasis.opendocument.spreadsheet')) return 'ods'
  if (mime?.startsWith('application/vnd.oasis.opendocument.presentation')) return 'odp'
  if (zip.has('word/document.xml')) return 'docx'
  if (zip.has('xl/workbook.xml')) return 'xlsx'
  if (zip.has('ppt/presentation.xml')) return 'pptx'
  return zip.has('content.xml') && ['odt', 'ods', 'odp'].includes(guess) ? guess : null
}

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]
const isCfb = (bytes: Uint8Array) => CFB.every((byte, i) => bytes[i] === byte)

/** Office's password protection wraps a docx/xlsx/pptx in an OLE container with an "EncryptedPackage" stream. */
function isEncryptedOoxml(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(Buffer.from('EncryptedPackage', 'utf16le'))
}

async function read(format: Format, bytes: Uint8Array, options: ExtractOptions): Promise<Read> {
  switch (format) {
    case 'docx':
    case 'xlsx':
    case 'pptx':
    case 'odt':
    case 'ods':
    case 'odp': {
      if (isCfb(bytes)) {
        if (isEncryptedOoxml(bytes)) throw new Unreadable('Office document is password-protected (encrypted)')
        if (format === 'docx') return { format: 'doc', ...(await (await import('./formats/doc.ts')).readDoc(bytes)) }
        throw new Unreadable(`Not a ${format} file: it is an Office 97–2003 file with a new extension`, 'unsupported')
      }
      const zip = new Zip(bytes, { maxUnzippedBytes: options.maxUnzippedBytes ?? DEFAULT_MAX_UNZIPPED_BYTES })
      const real = zipFormatOf(zip, format)
      if (real === null) throw new Unreadable(`Not a ${format} file: the zip archive holds no Office document`)
      return readZipFormat(real, zip, options)
    }
    case 'doc':
      return (await import('./formats/doc.ts')).readDoc(bytes)
    case 'pdf':
      return readPdfWithOcr(bytes, options)
    case 'txt':
      return (await import('./formats/txt.ts')).readTxt(bytes)
    case 'html':
      return (await import('./formats/html.ts')).readHtml(bytes, options.maxChars)
    case 'md':
      return (await import('./formats/md.ts')).readMd(bytes)
    case 'rtf':
      return (await import('./formats/rtf.ts')).readRtf(bytes)
  }
}

async function readZipFormat(format: Format, zip: Zip, options: ExtractOptions): Promise<Read> {
  switch (format) {
    case 'docx':
      return { format, ...(await (await import('./formats/docx.ts')).readDocx(zip, options.maxChars)) }
    case 'odt':
    case 'ods':
    case 'odp':
      return { format, ...(await import('./formats/odf.ts')).readOdf(zip, options.maxChars) }
    case 'xlsx':
      return { format, ...(await import('./formats/xlsx.ts')).readXlsx(zip) }
    case 'pptx':
      return { format, ...(await import('./formats/pptx.ts')).readPptx(zip, options.maxChars) }
    default:
      throw new Unreadable(`Not an office format: ${format}`)
  }
}

async function readPdfWithOcr(bytes: Uint8Array, options: ExtractOptions): Promise<Read> {
  const pdf = await (await import('./formats/pdf.ts')).readPdf(bytes, options.maxPages)
  if (!pdf.needsOcr) return pdf
  if (options.ocr === false) throw new Unreadable('PDF has no text layer (a scan): OCR is switched off', 'needsOcr')
  const { ocrPdf, ocrUnavailable } = await import('./formats/ocr.ts')
  const missing = await ocrUnavailable()
  if (missing) throw new Unreadable(`PDF has no text layer (a scan) and OCR cannot run: ${missing}`, 'needsOcr')
  const pages = Math.min(pdf.pages, options.maxPages ?? DEFAULT_MAX_OCR_PAGES)
  const blocks = await ocrPdf(bytes, pages)
  if (blocks.length === 0) throw new Unreadable('PDF has no text layer and OCR found no text on its pages', 'needsOcr')
  return { blocks, properties: pdf.properties, ocr: true }
}

function cut(blocks: Block[], text: string, maxChars: number | undefined): { blocks: Block[]; text: string } {
  if (maxChars === undefined || text.length <= maxChars) return { blocks, text }
  const kept: Block[] = []
  let length = 0
  for (const block of blocks) {
    const size = blocksToText([block]).length + 2
    if (length + size > maxChars) break
    kept.push(block)
    length += size
  }
  return { blocks: kept, text: text.slice(0, maxChars) }
}

/**
 * Text, structure and properties of a file's bytes, in this process. Never throws: a file that cannot be read is a
 * result (`unreadable`, `needsOcr`, `unsupported`) with a reason a person can act on.
 */
export async function extractBuffer(bytes: Uint8Array, fileName: string, options: ExtractOptions = {}): Promise<ExtractionResult> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES
  if (bytes.byteLength > maxBytes) return failure('unreadable', `File too large: ${formatBytes(bytes.byteLength)} (limit ${formatBytes(maxBytes)})`)
  if (bytes.byteLength === 0) return failure('unreadable', 'The file is empty')
  const format = formatOf(fileName, bytes.subarray(0, 4096))
  if (format === null) return failure('unsupported', `Format not supported: ${fileName.split(/[\\/]/).pop()}`)
  try {
    const result = await read(format, bytes, options)
    const text = blocksToText(result.blocks)
    const kept = cut(result.blocks, text, options.maxChars)
    return {
      ok: true,
      extraction: { format: result.format ?? format, text: kept.text, blocks: kept.blocks, properties: result.properties ?? {}, ocr: result.ocr ?? false },
    }
  } catch (error) {
    if (error instanceof Unreadable) return failure(error.outcome, error.message)
    const message = error instanceof Error ? error.message : String(error)
    return failure('unreadable', `${format} cannot be read: ${message}`)
  }
}
