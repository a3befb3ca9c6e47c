import type { Block } from './types.ts'

/** Plain text of blocks: one block per paragraph, separated by blank lines; list items and table rows one per line. */
export function blocksToText(blocks: Block[]): string {
  return blocks
    .map((block) => {
      switch (block.type) {
        case 'heading':
        case 'paragraph':
          return block.text
        case 'list':
          return block.items.map((item, i) => (block.ordered ? `${i + 1}. ${item}` : `- ${item}`)).join('\n')
        case 'table':
          return block.rows.map((row) => row.join(' | ')).join('\n')
      }
    })
    .join('\n\n')
}

/** Plain text → paragraphs at blank lines; line breaks inside a paragraph are kept. */
export function textToBlocks(text: string): Block[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n[^\S\n]*\n\s*/)
    .map((part) => part.split('\n').map((line) => line.replace(/[^\S\n]+/g, ' ').trim()).filter(Boolean).join('\n'))
    .filter(Boolean)
    .map((text) => ({ type: 'paragraph', text }))
}
