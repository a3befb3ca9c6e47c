import { Parser } from 'htmlparser2'
import type { Zip } from '../zip/readZip.ts'

/** Target paths of a part's relationships (`xl/_rels/workbook.xml.rels` …), by relationship id, resolved against `base`. */
export function relationships(zip: Zip, relsPath: string, base: string): Map<string, string> {
  const targets = new Map<string, string>()
  const xml = zip.text(relsPath)
  if (!xml) return targets
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name !== 'Relationship' || !attributes.Id || !attributes.Target) return
        const target = attributes.Target.startsWith('/') ? attributes.Target.slice(1) : normalise(`${base}/${attributes.Target}`)
        targets.set(attributes.Id, target)
      },
    },
    { xmlMode: true },
  )
  parser.write(xml)
  parser.end()
  return targets
}

function normalise(path: string): string {
  const parts: string[] = []
  for (const part of path.split('/')) {
    if (part === '..') parts.pop()
    else if (part && part !== '.') parts.push(part)
  }
  return parts.join('/')
}

/** The `r:id` of each `element` in a part (sheets of a workbook, slides of a presentation), in document order. */
export function orderedIds(xml: string, element: string): string[] {
  const ids: string[] = []
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === element && attributes['r:id']) ids.push(attributes['r:id'])
      },
    },
    { xmlMode: true },
  )
  parser.write(xml)
  parser.end()
  return ids
}
