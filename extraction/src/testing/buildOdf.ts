import type { Block } from '../types.ts'
import type { FixtureSpec } from './FixtureSpec.ts'
import { writeZip } from './writeZip.ts'
import { xml } from './xml.ts'

const NS =
  'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" ' +
  'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" ' +
  'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ' +
  'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
  'xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3"'

const MIME = {
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
} as const

const LIST_STYLES =
  '<office:automatic-styles>' +
  '<text:list-style style:name="L1"><text:list-level-style-bullet text:level="1" text:bullet-char="•"/></text:list-style>' +
  '<text:list-style style:name="L2"><text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1"/></text:list-style>' +
  '</office:automatic-styles>'

function cell(text: string): string {
  return `<table:table-cell office:value-type="string"><text:p>${xml(text)}</text:p></table:table-cell>`
}

function textBlock(block: Block, n: number): string {
  switch (block.type) {
    case 'heading':
      return `<text:h text:outline-level="${block.level}">${xml(block.text)}</text:h>`
    case 'paragraph':
      return `<text:p>${block.text.split('\n').map(xml).join('<text:line-break/>')}</text:p>`
    case 'list':
      return `<text:list text:style-name="${block.ordered ? 'L2' : 'L1'}">${block.items.map((item) => `<text:list-item><text:p>${xml(item)}</text:p></text:list-item>`).join('')}</text:list>`
    case 'table': {
      const columns = Math.max(...block.rows.map((row) => row.length))
      // Like LibreOffice: the column count as a repeated column, the padding of empty cells as one repeated cell.
      return (
        `<table:table table:name="Tabelle${n}"><table:table-column table:number-columns-repeated="${columns}"/>` +
        block.rows.map((row) => `<table:table-row>${row.map(cell).join('')}<table:table-cell table:number-columns-repeated="1020"/></table:table-row>`).join('') +
        '<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table>'
      )
    }
  }
}

function body(spec: FixtureSpec & { format: 'odt' | 'ods' | 'odp' }): string {
  if (spec.format === 'odt') return `<office:text>${spec.blocks.map(textBlock).join('')}</office:text>`
  if (spec.format === 'ods') {
    // Every table a sheet; other blocks one cell each on a first sheet.
    const loose = spec.blocks.filter((block) => block.type !== 'table')
    const sheets = spec.blocks.flatMap((block) => (block.type === 'table' ? [block.rows] : []))
    if (loose.length > 0) sheets.unshift(loose.flatMap((block) => (block.type === 'list' ? block.items : [block.text])).map((text) => [text]))
    return `<office:spreadsheet>${sheets.map((rows, i) => textBlock({ type: 'table', rows }, i + 1)).join('')}</office:spreadsheet>`
  }
  // Presentation: a new slide at each heading, which becomes the slide's title frame.
  const slides: Block[][] = []
  for (const block of spec.blocks) {
    if (block.type === 'heading' || slides.length === 0) slides.push([])
    slides[slides.length - 1].push(block)
  }
  const frame = (content: string, title: boolean) =>
    `<draw:frame${title ? ' presentation:class="title"' : ' presentation:class="outline"'} svg:width="25cm" svg:height="3cm"><draw:text-box>${content}</draw:text-box></draw:frame>`
  return `<office:presentation>${slides
    .map(
      (slide, i) =>
        `<draw:page draw:name="Folie${i + 1}">${slide
          .map((block) => (block.type === 'heading' ? frame(`<text:p>${xml(block.text)}</text:p>`, true) : frame(textBlock(block, i + 1), false)))
          .join('')}<presentation:notes><draw:frame><draw:text-box><text:p>NOTIZTEXT</text:p></draw:text-box></draw:frame></presentation:notes></draw:page>`,
    )
    .join('')}</office:presentation>`
}

/** OpenDocument text, spreadsheet or presentation as LibreOffice writes it (mimetype first and stored, meta.xml). */
export function buildOdf(spec: FixtureSpec & { format: 'odt' | 'ods' | 'odp' }): Buffer {
  const created = (spec.created ?? new Date(Date.UTC(2024, 0, 15, 9, 30))).toISOString().replace(/\.\d{3}Z$/, '')
  const meta =
    `<?xml version="1.0" encoding="UTF-8"?><office:document-meta ${NS}><office:meta>` +
    (spec.title ? `<dc:title>${xml(spec.title)}</dc:title>` : '') +
    (spec.subject ? `<dc:subject>${xml(spec.subject)}</dc:subject>` : '') +
    (spec.author ? `<meta:initial-creator>${xml(spec.author)}</meta:initial-creator><dc:creator>${xml(spec.author)}</dc:creator>` : '') +
    `<meta:creation-date>${created}</meta:creation-date><dc:date>${created}</dc:date></office:meta></office:document-meta>`
  const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${NS}>${LIST_STYLES}<office:body>${body(spec)}</office:body></office:document-content>`
  const manifest =
    '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">' +
    `<manifest:file-entry manifest:full-path="/" manifest:media-type="${MIME[spec.format]}"/>` +
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/><manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>' +
    '</manifest:manifest>'
  return writeZip([
    { name: 'mimetype', data: MIME[spec.format], store: true },
    { name: 'content.xml', data: content },
    { name: 'meta.xml', data: meta },
    { name: 'META-INF/manifest.xml', data: manifest },
  ])
}
