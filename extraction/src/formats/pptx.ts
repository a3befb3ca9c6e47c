import { Parser } from 'htmlparser2'
import { BlockCollector, type Part } from '../BlockCollector.ts'
import { Unreadable } from '../unreadable.ts'
import type { Block, Properties } from '../types.ts'
import type { Zip } from '../zip/readZip.ts'
import { ooxmlProperties } from './ooxmlProperties.ts'
import { orderedIds, relationships } from './ooxmlParts.ts'

/** One slide's text: title placeholders as headings, text paragraphs, tables. */
function readSlide(xml: string, collector: BlockCollector): void {
  // A shape's placeholder type comes before its text: <p:sp><p:nvSpPr>…<p:ph type="title"/>…</p:nvSpPr><p:txBody>…
  const parts: (Part | null)[] = []
  let shapeIsTitle = false
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        let part: Part | null = null
        if (name === 'p:sp') shapeIsTitle = false
        else if (name === 'p:ph' && (attributes.type === 'title' || attributes.type === 'ctrTitle')) shapeIsTitle = true
        else if (name === 'a:p') part = shapeIsTitle ? { kind: 'heading', level: 2 } : { kind: 'block' }
        else if (name === 'a:tbl') part = { kind: 'table' }
        else if (name === 'a:tr') part = { kind: 'row' }
        else if (name === 'a:tc') part = { kind: 'cell' }
        else if (name === 'a:br') collector.lineBreak()
        parts.push(part)
        if (part) collector.open(part)
      },
      ontext(text) {
        collector.text(text)
      },
      onclosetag() {
        const part = parts.pop()
        if (part) collector.close(part)
      },
    },
    { xmlMode: true, decodeEntities: true },
  )
  parser.write(xml)
  parser.end()
}

/** PowerPoint 2007+: the slides in presentation order (speaker notes are left out). */
export function readPptx(zip: Zip, maxChars?: number): { blocks: Block[]; properties: Properties } {
  const presentation = zip.text('ppt/presentation.xml')
  if (!presentation) throw new Unreadable('Corrupt PowerPoint file: ppt/presentation.xml is missing')
  const targets = relationships(zip, 'ppt/_rels/presentation.xml.rels', 'ppt')
  const collector = new BlockCollector(maxChars)
  for (const id of orderedIds(presentation, 'p:sldId')) {
    const path = targets.get(id)
    const xml = path ? zip.text(path) : null
    if (xml) readSlide(xml, collector)
    if (collector.full) break
  }
  return { blocks: collector.finish(), properties: ooxmlProperties(zip) }
}
