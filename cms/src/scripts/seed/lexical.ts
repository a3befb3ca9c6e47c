import type { Document } from '../../payload-types.ts'

type LexicalBody = NonNullable<Document['body']>

const text = (value: string) => ({ type: 'text', text: value, format: 0, style: '', mode: 'normal', detail: 0, version: 1 })

const block = { format: '' as const, indent: 0, version: 1, direction: 'ltr' as const }

/**
 * A Lexical body from plain strings, one block each: `## Title` becomes a heading (h2), `### Title` an h3,
 * anything else a paragraph. Enough for seed and test content without hand-writing editor JSON.
 */
export function lexical(...blocks: string[]): LexicalBody {
  return {
    root: {
      type: 'root',
      ...block,
      children: blocks.map((line) => {
        const heading = /^(#{2,3}) (.*)$/.exec(line)
        if (heading) return { type: 'heading', tag: `h${heading[1].length}`, ...block, children: [text(heading[2])] }
        return { type: 'paragraph', textFormat: 0, textStyle: '', ...block, children: [text(line)] }
      }),
    },
  }
}
