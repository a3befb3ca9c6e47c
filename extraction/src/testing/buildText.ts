import { blocksToText } from '../blocksToText.ts'
import type { Block } from '../types.ts'
import type { FixtureSpec } from './FixtureSpec.ts'

/** Text in the spec's encoding (Windows-1252 only for characters it has; others become "?"). */
export function encode(text: string, encoding: FixtureSpec['encoding'] = 'utf-8'): Buffer {
  switch (encoding) {
    case 'utf-8':
      return Buffer.from(text, 'utf8')
    case 'utf-8-bom':
      return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])
    case 'utf-16le':
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')])
    case 'windows-1252':
      return Buffer.from([...text].map((char) => WINDOWS_1252.get(char) ?? (char.charCodeAt(0) < 0x100 ? char.charCodeAt(0) : 0x3f)))
  }
}

/** Windows-1252's characters in 0x80–0x9f, where it differs from Latin-1 (€, „, “, –, …). */
const WINDOWS_1252 = new Map<string, number>(
  [...new TextDecoder('windows-1252').decode(Uint8Array.from({ length: 32 }, (_, i) => 0x80 + i))].map((char, i) => [char, 0x80 + i]),
)

export function buildTxt(spec: FixtureSpec): Buffer {
  return encode(blocksToText(spec.blocks).replace(/\n/g, '\r\n'), spec.encoding)
}

function escapeHtml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] as string)
}

function htmlBlock(block: Block): string {
  switch (block.type) {
    case 'heading':
      return `<h${block.level}>${escapeHtml(block.text)}</h${block.level}>`
    case 'paragraph':
      return `<p>${escapeHtml(block.text).replace(/\n/g, '<br>')}</p>`
    case 'list': {
      const tag = block.ordered ? 'ol' : 'ul'
      return `<${tag}>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</${tag}>`
    }
    case 'table':
      return `<table>${block.rows.map((row, r) => `<tr>${row.map((cell) => (r === 0 ? `<th>${escapeHtml(cell)}</th>` : `<td>${escapeHtml(cell)}</td>`)).join('')}</tr>`).join('\n')}</table>`
  }
}

/** An HTML page with the blocks, a title and author, and a script and style whose text must not be extracted. */
export function buildHtml(spec: FixtureSpec): Buffer {
  const charset = spec.encoding === 'windows-1252' ? 'windows-1252' : 'utf-8'
  const head = [
    `<meta charset="${charset}">`,
    spec.title ? `<title>${escapeHtml(spec.title)}</title>` : '',
    spec.author ? `<meta name="author" content="${escapeHtml(spec.author)}">` : '',
    '<style>body { font-family: sans-serif } .SKRIPTSTIL { color: red }</style>',
  ].join('\n')
  const body = `<nav>\n</nav>\n<main>\n${spec.blocks.map(htmlBlock).join('\n')}\n</main>\n<script>var geheim = "SKRIPTTEXT";</script>`
  return encode(`<!DOCTYPE html>\n<html lang="de">\n<head>\n${head}\n</head>\n<body>\n${body}\n</body>\n</html>\n`, spec.encoding)
}

function mdBlock(block: Block): string {
  switch (block.type) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${block.text}`
    case 'paragraph':
      return block.text.replace(/\n/g, '  \n')
    case 'list':
      return block.items.map((item, i) => (block.ordered ? `${i + 1}. ${item}` : `- ${item}`)).join('\n')
    case 'table': {
      const [header = [], ...rows] = block.rows
      const line = (row: string[]) => `| ${row.map((cell) => cell.replace(/\|/g, '\\|')).join(' | ')} |`
      return [line(header), `|${header.map(() => ' --- |').join('')}`, ...rows.map(line)].join('\n')
    }
  }
}

export function buildMd(spec: FixtureSpec): Buffer {
  return encode(`${spec.blocks.map(mdBlock).join('\n\n')}\n`, spec.encoding)
}
