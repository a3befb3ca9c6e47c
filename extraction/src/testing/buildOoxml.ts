import type { Block } from '../types.ts'
import type { FixtureSpec } from './FixtureSpec.ts'
import { writeZip } from './writeZip.ts'
import { coreXml, xml } from './xml.ts'

const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const PKG_REL = 'http://schemas.openxmlformats.org/package/2006/relationships'

function rels(entries: [id: string, type: string, target: string][]): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Relationships xmlns="${PKG_REL}">${entries.map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${target}"/>`).join('')}</Relationships>`
}

function contentTypes(overrides: [part: string, type: string][]): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
    overrides.map(([part, type]) => `<Override PartName="/${part}" ContentType="${type}"/>`).join('') +
    '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>'
  )
}

function columnName(index: number): string {
  let name = ''
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name
  return name
}

/** Excel 2007+: each table a sheet (shared strings, as Excel writes text); other blocks one cell each on a first sheet. */
export function buildXlsx(spec: FixtureSpec): Buffer {
  const loose = spec.blocks.filter((block) => block.type !== 'table')
  const sheets = spec.blocks.flatMap((block) => (block.type === 'table' ? [block.rows] : []))
  if (loose.length > 0) sheets.unshift(loose.flatMap((block) => (block.type === 'list' ? block.items : [block.text])).map((text) => [text]))
  const strings: string[] = []
  const index = (text: string) => {
    const at = strings.indexOf(text)
    return at >= 0 ? at : strings.push(text) - 1
  }
  const sheetXml = sheets.map(
    (rows) =>
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>' +
      rows
        // Empty cells are left out, as Excel does: the reader places cells by their reference.
        .map((row, r) => `<row r="${r + 1}">${row.map((cell, c) => (!cell ? '' : /^-?\d+(\.\d+)?$/.test(cell) ? `<c r="${columnName(c)}${r + 1}"><v>${cell}</v></c>` : `<c r="${columnName(c)}${r + 1}" t="s"><v>${index(cell)}</v></c>`)).join('')}</row>`)
        .join('') +
      '</sheetData></worksheet>',
  )
  const workbook =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="${REL}"><sheets>` +
    sheets.map((_, i) => `<sheet name="Tabelle${i + 1}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('') +
    '</sheets></workbook>'
  const shared = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" count="${strings.length}" uniqueCount="${strings.length}">${strings.map((text) => `<si><t xml:space="preserve">${xml(text)}</t></si>`).join('')}</sst>`
  const main = 'application/vnd.openxmlformats-officedocument.spreadsheetml'
  return writeZip([
    { name: '[Content_Types].xml', data: contentTypes([['xl/workbook.xml', `${main}.sheet.main+xml`], ['xl/sharedStrings.xml', `${main}.sharedStrings+xml`], ...sheets.map((_, i): [string, string] => [`xl/worksheets/sheet${i + 1}.xml`, `${main}.worksheet+xml`])]) },
    { name: '_rels/.rels', data: rels([['rId1', `${REL}/officeDocument`, 'xl/workbook.xml'], ['rId2', `${PKG_REL}/metadata/core-properties`, 'docProps/core.xml']]) },
    { name: 'xl/workbook.xml', data: workbook },
    { name: 'xl/_rels/workbook.xml.rels', data: rels([...sheets.map((_, i): [string, string, string] => [`rId${i + 1}`, `${REL}/worksheet`, `worksheets/sheet${i + 1}.xml`]), [`rId${sheets.length + 1}`, `${REL}/sharedStrings`, 'sharedStrings.xml']]) },
    ...sheetXml.map((data, i) => ({ name: `xl/worksheets/sheet${i + 1}.xml`, data })),
    { name: 'xl/sharedStrings.xml', data: shared },
    { name: 'docProps/core.xml', data: coreXml(spec) },
  ])
}

function run(text: string): string {
  return `<a:r><a:rPr lang="de-DE"/><a:t>${xml(text)}</a:t></a:r>`
}

function shape(id: number, paragraphs: string[], title: boolean): string {
  return (
    `<p:sp><p:nvSpPr><p:cNvPr id="${id}" name="${title ? 'Titel' : 'Inhalt'} ${id}"/><p:cNvSpPr/><p:nvPr>${title ? '<p:ph type="title"/>' : '<p:ph idx="1"/>'}</p:nvPr></p:nvSpPr><p:spPr/>` +
    `<p:txBody><a:bodyPr/><a:lstStyle/>${paragraphs.map((p) => `<a:p>${p}</a:p>`).join('')}</p:txBody></p:sp>`
  )
}

function slideContent(block: Block, id: number): string {
  switch (block.type) {
    case 'heading':
      return shape(id, [run(block.text)], true)
    case 'paragraph':
      return shape(id, [block.text.split('\n').map(run).join('<a:br/>')], false)
    case 'list':
      return shape(id, block.items.map(run), false)
    case 'table':
      return (
        `<p:graphicFrame><p:nvGraphicFramePr><p:cNvPr id="${id}" name="Tabelle ${id}"/><p:cNvGraphicFramePr/><p:nvPr/></p:nvGraphicFramePr><p:xfrm/>` +
        '<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/table"><a:tbl>' +
        block.rows.map((row) => `<a:tr h="370840">${row.map((cell) => `<a:tc><a:txBody><a:bodyPr/><a:p>${run(cell)}</a:p></a:txBody></a:tc>`).join('')}</a:tr>`).join('') +
        '</a:tbl></a:graphicData></a:graphic></p:graphicFrame>'
      )
  }
}

/** PowerPoint 2007+: a new slide at each heading, which becomes its title placeholder; notes slides are not written. */
export function buildPptx(spec: FixtureSpec): Buffer {
  const slides: Block[][] = []
  for (const block of spec.blocks) {
    if (block.type === 'heading' || slides.length === 0) slides.push([])
    slides[slides.length - 1].push(block)
  }
  const ns = `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}" xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main"`
  const slideXml = slides.map(
    (blocks) =>
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:sld ${ns}><p:cSld><p:spTree><p:nvGrpSpPr><p:cNvPr id="1" name=""/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr/>` +
      blocks.map((block, i) => slideContent(block, i + 2)).join('') +
      '</p:spTree></p:cSld></p:sld>',
  )
  // Slides listed in reverse file order: the reader must follow presentation.xml, not file names.
  const order = slides.map((_, i) => i)
  const presentation =
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><p:presentation ${ns}><p:sldIdLst>` +
    order.map((i) => `<p:sldId id="${256 + i}" r:id="rId${i + 1}"/>`).join('') +
    '</p:sldIdLst><p:sldSz cx="12192000" cy="6858000"/></p:presentation>'
  const main = 'application/vnd.openxmlformats-officedocument.presentationml'
  const fileOf = (i: number) => `slide${slides.length - i}.xml`
  return writeZip([
    { name: '[Content_Types].xml', data: contentTypes([['ppt/presentation.xml', `${main}.presentation.main+xml`], ...slides.map((_, i): [string, string] => [`ppt/slides/${fileOf(i)}`, `${main}.slide+xml`])]) },
    { name: '_rels/.rels', data: rels([['rId1', `${REL}/officeDocument`, 'ppt/presentation.xml'], ['rId2', `${PKG_REL}/metadata/core-properties`, 'docProps/core.xml']]) },
    { name: 'ppt/presentation.xml', data: presentation },
    { name: 'ppt/_rels/presentation.xml.rels', data: rels(slides.map((_, i): [string, string, string] => [`rId${i + 1}`, `${REL}/slide`, `slides/${fileOf(i)}`])) },
    ...slideXml.map((data, i) => ({ name: `ppt/slides/${fileOf(i)}`, data })),
    { name: 'docProps/core.xml', data: coreXml(spec) },
  ])
}
