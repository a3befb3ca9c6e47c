import { Parser } from 'htmlparser2'
import { Unreadable } from '../unreadable.ts'
import type { Block, Properties } from '../types.ts'
import type { Zip } from '../zip/readZip.ts'
import { ooxmlProperties } from './ooxmlProperties.ts'
import { orderedIds, relationships } from './ooxmlParts.ts'

/** Columns beyond this are not read (a row of a sheet can reach XFD = 16,384). */
const MAX_COLUMNS = 200

function sharedStrings(zip: Zip): string[] {
  const xml = zip.text('xl/sharedStrings.xml')
  if (!xml) return []
  const strings: string[] = []
  let current = ''
  let inText = false
  let phonetic = 0
  const parser = new Parser(
    {
      onopentag(name) {
        if (name === 'si') current = ''
        else if (name === 'rPh') phonetic++
        else if (name === 't' && phonetic === 0) inText = true
      },
      ontext(text) {
        if (inText) current += text
      },
      onclosetag(name) {
        if (name === 't') inText = false
        else if (name === 'rPh') phonetic--
        else if (name === 'si') strings.push(current)
      },
    },
    { xmlMode: true, decodeEntities: true },
  )
  parser.write(xml)
  parser.end()
  return strings
}

/** "BC12" → 54 (zero-based column of a cell reference). */
function columnOf(reference: string | undefined, fallback: number): number {
  const letters = /^[A-Z]+/.exec(reference ?? '')?.[0]
  if (!letters) return fallback
  let column = 0
  for (const letter of letters) column = column * 26 + (letter.charCodeAt(0) - 64)
  return column - 1
}

function readSheet(xml: string, strings: string[]): string[][] {
  const rows: string[][] = []
  let row: string[] = []
  let column = 0
  let type = ''
  let value = ''
  let inValue = false
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'row') row = []
        else if (name === 'c') {
          column = columnOf(attributes.r, row.length)
          type = attributes.t ?? 'n'
          value = ''
        } else if (name === 'v' || name === 't') inValue = true
      },
      ontext(text) {
        if (inValue) value += text
      },
      onclosetag(name) {
        if (name === 'v' || name === 't') inValue = false
        else if (name === 'c') {
          const text = (type === 's' ? (strings[Number(value)] ?? '') : value).replace(/\s+/g, ' ').trim()
          if (text && column < MAX_COLUMNS) {
            while (row.length < column) row.push('')
            row[column] = text
          }
        } else if (name === 'row' && row.some(Boolean)) rows.push(row)
      },
    },
    { xmlMode: true, decodeEntities: true },
  )
  parser.write(xml)
  parser.end()
  return rows
}

/** Excel 2007+: each sheet with content as one table (cell values as Excel stored them; formulas' last results). */
export function readXlsx(zip: Zip): { blocks: Block[]; properties: Properties } {
  const workbook = zip.text('xl/workbook.xml')
  if (!workbook) throw new Unreadable('Corrupt Excel file: xl/workbook.xml is missing')
  const strings = sharedStrings(zip)
  const targets = relationships(zip, 'xl/_rels/workbook.xml.rels', 'xl')
  const blocks: Block[] = []
  for (const id of orderedIds(workbook, 'sheet')) {
    const path = targets.get(id)
    const xml = path ? zip.text(path) : null
    if (!xml) continue
    const rows = readSheet(xml, strings)
    const width = Math.max(0, ...rows.map((row) => row.length))
    if (rows.length > 0) blocks.push({ type: 'table', rows: rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')]) })
  }
  return { blocks, properties: ooxmlProperties(zip) }
}
