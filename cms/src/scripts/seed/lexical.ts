import type { Document } from '../../payload-types.ts'

type LexicalBody = NonNullable<Document['body']>

const text = (value: string) => ({ type: 'text', text: value, format: 0, style: '', mode: 'normal', detail: 0, version: 1 })

const block = { format: '' as const, indent: 0, version: 1, direction: 'ltr' as const }

const BULLET = /^- (.*)$/
const NUMBERED = /^\d+\. (.*)$/

/**
 * A Lexical body from plain strings, one block each: `## Title` becomes a heading (h2), `### Title` an h3, consecutive
 * `- item` lines a bulleted list and consecutive `1. item` lines a numbered list, anything else a paragraph. Enough
 * for seed and test content without hand-writing editor JSON.
 */
export function lexical(...blocks: string[]): LexicalBody {
  const children: LexicalBody['root']['children'] = []
  for (let i = 0; i < blocks.length; i++) {
    const line = blocks[i]
    const heading = /^(#{2,3}) (.*)$/.exec(line)
    const listType = BULLET.test(line) ? 'bullet' : NUMBERED.test(line) ? 'number' : null
    if (heading) {
      children.push({ type: 'heading', tag: `h${heading[1].length}`, ...block, children: [text(heading[2])] })
    } else if (listType) {
      const pattern = listType === 'bullet' ? BULLET : NUMBERED
      const items: string[] = []
      for (; i < blocks.length && pattern.test(blocks[i]); i++) items.push(pattern.exec(blocks[i])![1])
      i--
      children.push({
        type: 'list',
        listType,
        tag: listType === 'bullet' ? 'ul' : 'ol',
        start: 1,
        ...block,
        children: items.map((item, index) => ({ type: 'listitem', value: index + 1, ...block, children: [text(item)] })),
      })
    } else {
      children.push({ type: 'paragraph', textFormat: 0, textStyle: '', ...block, children: [text(line)] })
    }
  }
  return { root: { type: 'root', ...block, children } }
}
