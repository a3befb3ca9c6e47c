import { escapeHtml } from './escapeHtml.ts'
import { safeHref } from './safeHref.ts'

/**
 * Lexical rich text (as Payload stores it) → HTML for the document page.
 *
 * Whitelist renderer: every node type it knows becomes fixed markup, all text and attribute values are escaped,
 * links pass `safeHref`, and no `style` attributes are written (the CSP forbids inline styles; alignment becomes a
 * class). Unknown element nodes render their children; unknown leaf nodes (uploads, blocks, …) render nothing.
 */

/** The part of a serialised Lexical node this renderer reads. Everything is optional: input is untrusted JSON. */
export interface LexicalNode {
  type?: unknown
  children?: unknown
  text?: unknown
  format?: unknown
  tag?: unknown
  listType?: unknown
  start?: unknown
  checked?: unknown
  url?: unknown
  fields?: unknown
  headerState?: unknown
  [key: string]: unknown
}

export interface LexicalToHtmlOptions {
  /** Accessible name of the scrollable wrapper around tables. */
  tableLabel?: string
  /** Site path for an internal link to a document of the CMS. */
  documentPath?: (id: string) => string
}

/** Lexical's text format bit flags. */
const FORMAT = {
  bold: 1,
  italic: 1 << 1,
  strikethrough: 1 << 2,
  underline: 1 << 3,
  code: 1 << 4,
  subscript: 1 << 5,
  superscript: 1 << 6,
  highlight: 1 << 7,
} as const

/** Outermost first, so `<strong><em>…</em></strong>` for bold italic. */
const FORMAT_TAGS: [number, string][] = [
  [FORMAT.bold, 'strong'],
  [FORMAT.italic, 'em'],
  [FORMAT.underline, 'u'],
  [FORMAT.strikethrough, 's'],
  [FORMAT.code, 'code'],
  [FORMAT.subscript, 'sub'],
  [FORMAT.superscript, 'sup'],
  [FORMAT.highlight, 'mark'],
]

const ALIGN_CLASSES: Record<string, string> = {
  center: 'align-center',
  right: 'align-end',
  end: 'align-end',
  justify: 'align-justify',
}

/** Deeper nesting than this is not rendered (protects the stack against hostile input). */
const MAX_DEPTH = 64

interface Context {
  options: Required<LexicalToHtmlOptions>
  /** Source heading level (1–6) → output level (2–6): the levels a document uses, in order, become h2, h3, … */
  headingLevels: Map<number, number>
  /** Output level of the previous heading: a heading never goes more than one level deeper (no h2 → h4). */
  lastHeading: number
}

function isNode(value: unknown): value is LexicalNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function childrenOf(node: LexicalNode): LexicalNode[] {
  return Array.isArray(node.children) ? node.children.filter(isNode) : []
}

function renderChildren(node: LexicalNode, ctx: Context, depth: number): string {
  return childrenOf(node)
    .map((child) => renderNode(child, ctx, depth + 1))
    .join('')
}

function alignClass(node: LexicalNode): string {
  const cls = typeof node.format === 'string' ? ALIGN_CLASSES[node.format] : undefined
  return cls ? ` class="${cls}"` : ''
}

function renderText(node: LexicalNode): string {
  if (typeof node.text !== 'string' || node.text.length === 0) return ''
  let html = escapeHtml(node.text)
  const format = typeof node.format === 'number' && Number.isInteger(node.format) ? node.format : 0
  for (let i = FORMAT_TAGS.length - 1; i >= 0; i--) {
    const [flag, tag] = FORMAT_TAGS[i]
    if (format & flag) html = `<${tag}>${html}</${tag}>`
  }
  return html
}

function linkTarget(node: LexicalNode, ctx: Context): { href: string; newTab: boolean } | null {
  const fields = isNode(node.fields) ? node.fields : {}
  const newTab = fields.newTab === true || node.target === '_blank'
  if (fields.linkType === 'internal' && isNode(fields.doc)) {
    const doc = fields.doc
    if (doc.relationTo !== 'documents') return null
    const value = doc.value
    const id = isNode(value) ? value.id : value
    if (typeof id !== 'string' && typeof id !== 'number') return null
    return { href: ctx.options.documentPath(String(id)), newTab }
  }
  const href = safeHref(fields.url ?? node.url)
  return href ? { href, newTab } : null
}

function renderLink(node: LexicalNode, ctx: Context, depth: number): string {
  const inner = renderChildren(node, ctx, depth)
  const target = linkTarget(node, ctx)
  if (!target) return inner
  const external = /^(https?:)?\/\//i.test(target.href)
  const rel = target.newTab || external ? ' rel="noopener noreferrer"' : ''
  const blank = target.newTab ? ' target="_blank"' : ''
  return `<a href="${escapeHtml(target.href)}"${blank}${rel}>${inner}</a>`
}

function renderList(node: LexicalNode, ctx: Context, depth: number): string {
  const ordered = node.listType === 'number' || node.tag === 'ol'
  const tag = ordered ? 'ol' : 'ul'
  const start =
    ordered && typeof node.start === 'number' && Number.isInteger(node.start) && node.start !== 1
      ? ` start="${node.start}"`
      : ''
  const cls = node.listType === 'check' ? ' class="checklist"' : ''
  return `<${tag}${start}${cls}>${renderChildren(node, ctx, depth)}</${tag}>`
}

function renderListItem(node: LexicalNode, ctx: Context, depth: number): string {
  const children = childrenOf(node)
  // Lexical nests a sub-list as a list item whose only child is a list.
  if (children.length > 0 && children.every((child) => child.type === 'list')) {
    return `<li class="nested">${renderChildren(node, ctx, depth)}</li>`
  }
  const inner = renderChildren(node, ctx, depth)
  if (typeof node.checked === 'boolean') {
    // Text, not a disabled checkbox: screen readers announce it plainly and it prints.
    const mark = node.checked ? '☑' : '☐'
    return `<li class="${node.checked ? 'checked' : 'unchecked'}"><span aria-hidden="true">${mark} </span>${inner}</li>`
  }
  return `<li>${inner}</li>`
}

function renderTable(node: LexicalNode, ctx: Context, depth: number): string {
  const label = escapeHtml(ctx.options.tableLabel)
  return `<div class="table-wrap" role="region" aria-label="${label}" tabindex="0"><table><tbody>${renderChildren(node, ctx, depth)}</tbody></table></div>`
}

function renderTableCell(node: LexicalNode, ctx: Context, depth: number): string {
  const header = typeof node.headerState === 'number' ? node.headerState : 0
  const inner = renderChildren(node, ctx, depth)
  const span = (name: string, value: unknown) =>
    typeof value === 'number' && Number.isInteger(value) && value > 1 && value <= 1000 ? ` ${name}="${value}"` : ''
  const spans = span('colspan', node.colSpan) + span('rowspan', node.rowSpan)
  if (header === 0) return `<td${spans}>${inner}</td>`
  // Lexical: 1 = cell of a header row (labels a column), 2 = cell of a header column (labels a row).
  const scope = header & 1 ? 'col' : 'row'
  return `<th scope="${scope}"${spans}>${inner}</th>`
}

function renderNode(node: LexicalNode, ctx: Context, depth: number): string {
  if (depth > MAX_DEPTH) return ''
  switch (node.type) {
    case 'root':
      return renderChildren(node, ctx, depth)
    case 'text':
      return renderText(node)
    case 'code-highlight':
      return typeof node.text === 'string' ? escapeHtml(node.text) : ''
    case 'linebreak':
      return '<br>'
    case 'tab':
      return '\t'
    case 'paragraph': {
      const inner = renderChildren(node, ctx, depth)
      return inner ? `<p${alignClass(node)}>${inner}</p>` : ''
    }
    case 'heading': {
      // The page title is the only h1; body headings start at h2 and do not skip levels (WCAG 1.3.1).
      const mapped = ctx.headingLevels.get(headingLevel(node)) ?? 2
      const level = Math.min(mapped, ctx.lastHeading + 1)
      ctx.lastHeading = level
      return `<h${level}${alignClass(node)}>${renderChildren(node, ctx, depth)}</h${level}>`
    }
    case 'quote':
      return `<blockquote>${renderChildren(node, ctx, depth)}</blockquote>`
    case 'code': {
      // Inside <pre>, a line break is a newline character, not <br>.
      const inner = childrenOf(node)
        .map((child) => (child.type === 'linebreak' ? '\n' : renderNode(child, ctx, depth + 1)))
        .join('')
      return `<pre><code>${inner}</code></pre>`
    }
    case 'list':
      return renderList(node, ctx, depth)
    case 'listitem':
      return renderListItem(node, ctx, depth)
    case 'link':
    case 'autolink':
      return renderLink(node, ctx, depth)
    case 'horizontalrule':
      return '<hr>'
    case 'table':
      return renderTable(node, ctx, depth)
    case 'tablerow':
      return `<tr>${renderChildren(node, ctx, depth)}</tr>`
    case 'tablecell':
      return renderTableCell(node, ctx, depth)
    default:
      // Unknown element nodes keep their text; unknown leaves (upload, relationship, block) are skipped for now.
      return renderChildren(node, ctx, depth)
  }
}

function headingLevel(node: LexicalNode): number {
  const match = typeof node.tag === 'string' ? /^h([1-6])$/.exec(node.tag) : null
  return match ? Number(match[1]) : 2
}

/** The heading levels a document uses, mapped in order onto h2…h6. */
function collectHeadingLevels(root: LexicalNode): Map<number, number> {
  const used = new Set<number>()
  const walk = (node: LexicalNode, depth: number) => {
    if (depth > MAX_DEPTH) return
    if (node.type === 'heading') used.add(headingLevel(node))
    for (const child of childrenOf(node)) walk(child, depth + 1)
  }
  walk(root, 0)
  return new Map([...used].sort((a, b) => a - b).map((level, rank) => [level, Math.min(2 + rank, 6)]))
}

/** HTML for a Lexical editor state (`{ root: { children } }`); empty string for anything that is not one. */
export function lexicalToHtml(value: unknown, options: LexicalToHtmlOptions = {}): string {
  const root = isNode(value) ? value.root : undefined
  if (!isNode(root)) return ''
  const ctx: Context = {
    headingLevels: collectHeadingLevels(root),
    lastHeading: 1,
    options: {
      tableLabel: options.tableLabel ?? 'Tabelle',
      documentPath: options.documentPath ?? ((id) => `/documents/${encodeURIComponent(id)}`),
    },
  }
  return renderNode({ ...root, type: 'root' }, ctx, 0)
}
