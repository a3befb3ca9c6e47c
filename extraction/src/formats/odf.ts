import { Parser } from 'htmlparser2'
import { BlockCollector, type Part } from '../BlockCollector.ts'
import { Unreadable } from '../unreadable.ts'
import type { Block, Properties } from '../types.ts'
import { isoDate, xmlFields } from '../xmlFields.ts'
import type { Zip } from '../zip/readZip.ts'
import { definedOnly } from './ooxmlProperties.ts'

/** Repeated empty rows and columns (a spreadsheet's padding to 1,048,576 rows) are not repeated; others at most this often. */
const MAX_REPEAT = 100

/** Names of list styles whose first level is numbered (text:list-level-style-number), from the automatic and common styles. */
function numberedListStyles(xml: string, into: Set<string>): void {
  let style: string | null = null
  let decided = false
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'text:list-style') {
          style = attributes['style:name'] ?? null
          decided = false
        } else if (style && !decided && (name === 'text:list-level-style-number' || name === 'text:list-level-style-bullet')) {
          decided = true
          if (name === 'text:list-level-style-number') into.add(style)
        }
      },
      onclosetag(name) {
        if (name === 'text:list-style') style = null
      },
    },
    { xmlMode: true },
  )
  parser.write(xml)
  parser.end()
}

/**
 * OpenDocument text, spreadsheet and presentation (content.xml): headings with their outline level, paragraphs, lists
 * (numbered by their list style), tables and sheets; presentation titles become headings. Notes and annotations are
 * left out.
 */
export function readOdf(zip: Zip, maxChars?: number): { blocks: Block[]; properties: Properties } {
  // ODF encrypts entries inside a normal zip; the manifest says so.
  if (zip.text('META-INF/manifest.xml')?.includes('encryption-data')) throw new Unreadable('OpenDocument file is password-protected (encrypted)')
  const content = zip.text('content.xml')
  if (content === null) throw new Unreadable('Corrupt OpenDocument file: content.xml is missing')
  const numbered = new Set<string>()
  numberedListStyles(content, numbered)
  const styles = zip.text('styles.xml')
  if (styles) numberedListStyles(styles, numbered)

  const collector = new BlockCollector(maxChars)
  const parts: (Part | null)[] = []
  let repeatColumns = 1
  let repeatRows = 1
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        let part: Part | null = null
        switch (name) {
          case 'text:h': {
            const level = Math.min(Math.max(Number(attributes['text:outline-level'] ?? 1) || 1, 1), 6) as 1 | 2 | 3 | 4 | 5 | 6
            part = { kind: 'heading', level }
            break
          }
          case 'text:p':
            part = { kind: 'block' }
            break
          case 'text:list':
            part = { kind: 'list', ordered: numbered.has(attributes['text:style-name'] ?? '') }
            break
          case 'text:list-item':
          case 'text:list-header':
            part = { kind: 'item' }
            break
          case 'table:table':
            part = { kind: 'table' }
            break
          case 'table:table-row':
            part = { kind: 'row' }
            repeatRows = Number(attributes['table:number-rows-repeated'] ?? 1) || 1
            break
          case 'table:table-cell':
          case 'table:covered-table-cell':
            part = { kind: 'cell' }
            repeatColumns = Number(attributes['table:number-columns-repeated'] ?? 1) || 1
            break
          case 'draw:frame':
            part = attributes['presentation:class'] === 'title' ? { kind: 'heading', level: 2 } : null
            break
          case 'office:annotation':
          case 'presentation:notes':
          case 'text:tracked-changes':
          case 'text:note':
          case 'office:scripts':
          case 'office:forms':
            part = { kind: 'skip' }
            break
          case 'text:s':
            collector.text(' '.repeat(Math.min(Number(attributes['text:c'] ?? 1) || 1, 100)))
            break
          case 'text:tab':
            collector.text('\t')
            break
          case 'text:line-break':
            collector.lineBreak()
            break
        }
        parts.push(part)
        if (part) collector.open(part)
      },
      ontext(text) {
        collector.text(text)
      },
      onclosetag(name) {
        const part = parts.pop()
        if (!part) return
        collector.close(part)
        // A repeated cell or row with content is repeated (capped); repeated empty ones were padding and are gone.
        if (name === 'table:table-cell' && repeatColumns > 1) collector.repeatLastCell(Math.min(repeatColumns, MAX_REPEAT) - 1)
        if (name === 'table:table-row' && repeatRows > 1) collector.repeatLastRow(Math.min(repeatRows, MAX_REPEAT) - 1)
        if (name === 'table:table-cell') repeatColumns = 1
        if (name === 'table:table-row') repeatRows = 1
      },
    },
    { xmlMode: true, decodeEntities: true },
  )
  parser.write(content)
  parser.end()
  return { blocks: collector.finish(), properties: odfProperties(zip) }
}

function odfProperties(zip: Zip): Properties {
  const xml = zip.text('meta.xml')
  if (!xml) return {}
  const fields = xmlFields(xml, ['dc:title', 'dc:subject', 'meta:initial-creator', 'dc:creator', 'meta:creation-date', 'dc:date'])
  return definedOnly({
    title: fields.get('dc:title'),
    subject: fields.get('dc:subject'),
    author: fields.get('meta:initial-creator') ?? fields.get('dc:creator'),
    created: isoDate(fields.get('meta:creation-date')),
    modified: isoDate(fields.get('dc:date')),
  })
}
