import { escapeHtml } from './escapeHtml.ts'

/**
 * A search snippet as safe HTML. The search API already sends sanitised HTML with `<mark>` only; the site does not
 * rely on that: it decodes the few entities the API may use, escapes everything, and lets exactly `<mark>` and
 * `</mark>` (no attributes) through. Unbalanced marks are closed.
 */
export function sanitizeSnippet(snippet: unknown): string {
  if (typeof snippet !== 'string' || !snippet) return ''
  let open = 0
  const html = snippet
    .split(/(<\/?mark>)/i)
    .map((part) => {
      const tag = part.toLowerCase()
      if (tag === '<mark>') {
        open++
        return open === 1 ? '<mark>' : ''
      }
      if (tag === '</mark>') {
        if (open === 0) return ''
        open--
        return open === 0 ? '</mark>' : ''
      }
      return escapeHtml(decodeEntities(part))
    })
    .join('')
  return open > 0 ? `${html}</mark>` : html
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' }

/** Decodes the entities an HTML-escaping server emits, so they are not double-escaped. */
function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#[0-9]{1,7}|[a-z]{2,6});/gi, (whole, entity: string) => {
    const lower = entity.toLowerCase()
    if (lower.startsWith('#x') || lower.startsWith('#')) {
      const code = lower.startsWith('#x') ? parseInt(lower.slice(2), 16) : parseInt(lower.slice(1), 10)
      return code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff) ? String.fromCodePoint(code) : whole
    }
    return NAMED[lower] ?? whole
  })
}
