import { Parser } from 'htmlparser2'
import { BlockCollector, type Part } from '../BlockCollector.ts'
import { decodeText } from '../decodeText.ts'
import { Unreadable } from '../unreadable.ts'
import type { Block, Properties } from '../types.ts'

const HEADINGS: Record<string, 1 | 2 | 3 | 4 | 5 | 6> = { h1: 1, h2: 2, h3: 3, h4: 4, h5: 5, h6: 6 }
const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'aside', 'main', 'header', 'footer', 'nav', 'blockquote', 'pre', 'address',
  'figure', 'figcaption', 'dl', 'dt', 'dd', 'caption', 'form', 'fieldset', 'details', 'summary', 'hr', 'body',
])
const SKIPPED = new Set(['script', 'style', 'noscript', 'template', 'head', 'svg', 'math', 'iframe', 'object', 'select', 'button'])

/** The structural meaning of an HTML element, or null for inline elements. */
export function htmlPart(name: string): Part | null {
  const heading = HEADINGS[name]
  if (heading) return { kind: 'heading', level: heading }
  if (BLOCKS.has(name)) return { kind: 'block' }
  if (SKIPPED.has(name)) return { kind: 'skip' }
  switch (name) {
    case 'ul':
    case 'menu':
      return { kind: 'list', ordered: false }
    case 'ol':
      return { kind: 'list', ordered: true }
    case 'li':
      return { kind: 'item' }
    case 'table':
      return { kind: 'table' }
    case 'tr':
      return { kind: 'row' }
    case 'td':
    case 'th':
      return { kind: 'cell' }
    default:
      return null
  }
}

/** Blocks and properties of an HTML string (also mammoth's output for docx). */
export function htmlToBlocks(html: string, maxChars?: number): { blocks: Block[]; properties: Properties } {
  const collector = new BlockCollector(maxChars)
  const properties: Properties = {}
  let inTitle = false
  let title = ''
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        if (name === 'title') inTitle = true
        if (name === 'meta') {
          const key = (attributes.name ?? '').toLowerCase()
          const content = attributes.content?.trim()
          if (content && key === 'author') properties.author = content
          if (content && key === 'description') properties.subject = content
        }
        if (name === 'br') collector.lineBreak()
        const part = htmlPart(name)
        if (part) collector.open(part)
      },
      ontext(text) {
        if (inTitle) title += text
        else collector.text(text)
      },
      onclosetag(name) {
        if (name === 'title') inTitle = false
        const part = htmlPart(name)
        if (part) collector.close(part)
      },
    },
    { decodeEntities: true, lowerCaseTags: true },
  )
  parser.write(html)
  parser.end()
  const cleanTitle = title.replace(/\s+/g, ' ').trim()
  if (cleanTitle) properties.title = cleanTitle
  return { blocks: collector.finish(), properties }
}

/** The charset an HTML file declares in its first bytes (`<meta charset>` or `http-equiv` content type). */
function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048))
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1]
}

export function readHtml(bytes: Uint8Array, maxChars?: number): { blocks: Block[]; properties: Properties } {
  const html = decodeText(bytes, declaredCharset(bytes))
  if (html === null) throw new Unreadable('Not an HTML file: the content is binary data')
  return htmlToBlocks(html, maxChars)
}
