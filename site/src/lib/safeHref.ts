const ALLOWED_SCHEMES = new Set(['http:', 'https:', 'mailto:'])

/**
 * A link target that is safe to put in `href`: http(s), mailto, or a relative reference (`/path`, `path`, `#frag`,
 * `?q`). Returns `null` for everything else (`javascript:`, `data:`, `vbscript:`, unknown schemes, garbage).
 * Browsers drop control characters, tabs and newlines inside URLs (`java\tscript:` runs as `javascript:`), so they
 * are removed before the scheme is judged.
 */
export function safeHref(raw: unknown): string | null {
  if (typeof raw !== 'string') return null
  // eslint-disable-next-line no-control-regex
  const cleaned = raw.replace(/[\u0000-\u001f\u007f-\u009f]/g, '').trim()
  if (cleaned.length === 0 || cleaned.length > 4096) return null
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(cleaned)
  if (scheme) {
    if (!ALLOWED_SCHEMES.has(scheme[0].toLowerCase())) return null
    try {
      return new URL(cleaned).href
    } catch {
      return null
    }
  }
  // A colon before the first `/`, `?` or `#` could be read as a scheme (`java script:`, `&#58;`-tricks): refuse.
  const firstDelimiter = cleaned.search(/[/?#]/)
  const colon = cleaned.indexOf(':')
  if (colon !== -1 && (firstDelimiter === -1 || colon < firstDelimiter)) return null
  return cleaned.replace(/ /g, '%20')
}
