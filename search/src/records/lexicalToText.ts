/** Minimal shape of Lexical's serialised editor state: enough to walk it for text. */
interface LexicalNode {
  type?: string
  text?: string
  children?: LexicalNode[]
}

const BLOCK_TYPES = new Set(['paragraph', 'heading', 'listitem', 'quote', 'tablecell', 'code'])

/** Plain text of a Lexical rich-text value, one line per block, for indexing and snippets. */
export function lexicalToText(value: unknown): string {
  const root = (value as { root?: LexicalNode } | null | undefined)?.root
  if (!root) return ''
  const lines: string[] = []
  let line = ''
  const walk = (node: LexicalNode) => {
    if (typeof node.text === 'string') line += node.text
    if (node.type === 'linebreak') line += '\n'
    node.children?.forEach(walk)
    if (node.type && BLOCK_TYPES.has(node.type) && line.trim()) {
      lines.push(line.trim())
      line = ''
    }
  }
  walk(root)
  if (line.trim()) lines.push(line.trim())
  return lines.join('\n')
}
