import { Parser } from 'htmlparser2'

/** The text of the first element of each given (prefixed) name in a small XML file such as docProps/core.xml. */
export function xmlFields(xml: string, names: readonly string[]): Map<string, string> {
  const wanted = new Set(names)
  const found = new Map<string, string>()
  let current: string | null = null
  let text = ''
  const parser = new Parser(
    {
      onopentag(name) {
        if (wanted.has(name) && !found.has(name)) {
          current = name
          text = ''
        }
      },
      ontext(chunk) {
        if (current) text += chunk
      },
      onclosetag(name) {
        if (name !== current) return
        const value = text.replace(/\s+/g, ' ').trim()
        if (value) found.set(name, value)
        current = null
      },
    },
    { xmlMode: true, decodeEntities: true },
  )
  parser.write(xml)
  parser.end()
  return found
}

/** An ISO 8601 timestamp from a date string, or undefined when it is not a date. */
export function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined
  const time = Date.parse(value)
  return Number.isNaN(time) ? undefined : new Date(time).toISOString()
}
