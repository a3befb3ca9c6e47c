import type { Block } from './types.ts'

/** Common fields of Lexical element nodes as Payload stores them. */
const ELEMENT = { format: '', indent: 0, version: 1, direction: 'ltr' } as const

export interface LexicalOptions {
  /**
   * Tables as Lexical table nodes (`table` → `tablerow` → `tablecell`), for an editor with Payload's
   * EXPERIMENTAL_TableFeature (the CMS's). Default false: each row becomes a paragraph with its cells separated by
   * " | ", which an editor without a table feature can open and edit.
   */
  tables?: boolean
}

function text(value: string) {
  return { type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text: value, version: 1 }
}

/** Text with its line breaks as Lexical linebreak nodes. */
function inline(value: string): object[] {
  const nodes: object[] = []
  value.split('\n').forEach((line, i) => {
    if (i > 0) nodes.push({ type: 'linebreak', version: 1 })
    if (line) nodes.push(text(line))
  })
  return nodes
}

function paragraph(value: string) {
  return { type: 'paragraph', ...ELEMENT, textFormat: 0, textStyle: '', children: inline(value) }
}

function toNodes(block: Block, options: LexicalOptions): object[] {
  switch (block.type) {
    case 'heading':
      return [{ type: 'heading', tag: `h${block.level}`, ...ELEMENT, children: inline(block.text.replace(/\n/g, ' ')) }]
    case 'paragraph':
      return [paragraph(block.text)]
    case 'list':
      return [
        {
          type: 'list',
          listType: block.ordered ? 'number' : 'bullet',
          start: 1,
          tag: block.ordered ? 'ol' : 'ul',
          ...ELEMENT,
          children: block.items.map((item, i) => ({ type: 'listitem', value: i + 1, ...ELEMENT, children: inline(item.replace(/\n/g, ' ')) })),
        },
      ]
    case 'table':
      if (!options.tables) return block.rows.map((row) => paragraph(row.join(' | ')))
      return [
        {
          type: 'table',
          ...ELEMENT,
          children: block.rows.map((row, r) => ({
            type: 'tablerow',
            ...ELEMENT,
            children: row.map((cell) => ({
              type: 'tablecell',
              // The first row labels the columns, as in most office tables.
              headerState: r === 0 && block.rows.length > 1 ? 1 : 0,
              colSpan: 1,
              rowSpan: 1,
              backgroundColor: null,
              ...ELEMENT,
              children: [paragraph(cell)],
            })),
          })),
        },
      ]
  }
}

/** Blocks → a Lexical editor state as Payload stores rich text (`{ root: { type: 'root', children } }`). */
export function blocksToLexical(blocks: Block[], options: LexicalOptions = {}): { root: { type: 'root'; children: object[] } & typeof ELEMENT } {
  const children = blocks.flatMap((block) => toNodes(block, options))
  return { root: { type: 'root', ...ELEMENT, children: children.length > 0 ? children : [paragraph('')] } }
}
