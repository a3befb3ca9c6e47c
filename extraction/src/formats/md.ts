import { Lexer, type Token, type Tokens } from 'marked'
import { decodeText } from '../decodeText.ts'
import { Unreadable } from '../unreadable.ts'
import type { Block } from '../types.ts'

/** The visible text of inline Markdown tokens (emphasis, links, code spans → their text; images → alt text). */
function inlineText(tokens: Token[] | undefined, fallback: string): string {
  if (!tokens) return fallback
  return tokens
    .map((token) => {
      if (token.type === 'br') return '\n'
      if (token.type === 'image') return (token as Tokens.Image).text
      if (token.type === 'html') return ''
      if ('tokens' in token && token.tokens) return inlineText(token.tokens, '')
      return textOf(token)
    })
    .join('')
}

function textOf(token: Token): string {
  const text = (token as { text?: unknown }).text
  return typeof text === 'string' ? text : ''
}

function clean(text: string): string {
  return text.split('\n').map((line) => line.replace(/\s+/g, ' ').trim()).filter(Boolean).join('\n')
}

function toBlocks(tokens: Token[], blocks: Block[]): void {
  for (const token of tokens) {
    switch (token.type) {
      case 'heading': {
        const t = token as Tokens.Heading
        const text = clean(inlineText(t.tokens, t.text)).replace(/\n/g, ' ')
        if (text) blocks.push({ type: 'heading', level: Math.min(Math.max(t.depth, 1), 6) as 1 | 2 | 3 | 4 | 5 | 6, text })
        break
      }
      case 'paragraph':
      case 'text': {
        const t = token as Tokens.Paragraph
        const text = clean(inlineText(t.tokens, t.text))
        if (text) blocks.push({ type: 'paragraph', text })
        break
      }
      case 'code': {
        const text = (token as Tokens.Code).text.trim()
        if (text) blocks.push({ type: 'paragraph', text })
        break
      }
      case 'blockquote':
        toBlocks((token as Tokens.Blockquote).tokens, blocks)
        break
      case 'list': {
        const t = token as Tokens.List
        const items: string[] = []
        // Nested lists are flattened into the outer list, in order.
        const collect = (list: Tokens.List) => {
          for (const item of list.items) {
            const own = item.tokens.filter((child) => child.type !== 'list')
            const text = clean(own.map((child) => inlineText('tokens' in child ? child.tokens : undefined, textOf(child))).join(' ')).replace(/\n/g, ' ')
            if (text) items.push(text)
            for (const child of item.tokens) if (child.type === 'list') collect(child as Tokens.List)
          }
        }
        collect(t)
        if (items.length > 0) blocks.push({ type: 'list', ordered: t.ordered, items })
        break
      }
      case 'table': {
        const t = token as Tokens.Table
        const cell = (c: Tokens.TableCell) => clean(inlineText(c.tokens, c.text)).replace(/\n/g, ' ')
        const rows = [t.header.map(cell), ...t.rows.map((row) => row.map(cell))].filter((row) => row.some(Boolean))
        if (rows.length > 0) blocks.push({ type: 'table', rows })
        break
      }
      default:
        break
    }
  }
}

/** Markdown: headings, paragraphs, lists and tables as blocks; inline markup reduced to its text. */
export function readMd(bytes: Uint8Array): { blocks: Block[] } {
  const source = decodeText(bytes)
  if (source === null) throw new Unreadable('Not a Markdown file: the content is binary data')
  const blocks: Block[] = []
  toBlocks(new Lexer({ gfm: true }).lex(source), blocks)
  return { blocks }
}
