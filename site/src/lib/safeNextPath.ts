const PROBE_ORIGIN = 'http://lotse.invalid'
const MAX_LENGTH = 2000

/**
 * A redirect target that can only stay on this site: a relative path starting with a single `/`.
 * Anything else (absolute or protocol-relative URLs, backslashes, control characters or whitespace, `javascript:`,
 * over-long values) becomes `fallback`. Used for `?next=` after login and for the `next` field of forms.
 */
export function safeNextPath(next: unknown, fallback = '/'): string {
  if (typeof next !== 'string' || next.length === 0 || next.length > MAX_LENGTH) return fallback
  // Browsers treat `\` like `/` and drop tabs/newlines, so `/\evil.example` and `/\t/evil.example` leave the site.
  // eslint-disable-next-line no-control-regex
  if (!next.startsWith('/') || next.startsWith('//') || /[\\\u0000-\u001f\u007f\s]/.test(next)) return fallback
  let url: URL
  try {
    url = new URL(next, PROBE_ORIGIN)
  } catch {
    return fallback
  }
  if (url.origin !== PROBE_ORIGIN) return fallback
  return `${url.pathname}${url.search}${url.hash}`
}

/** Where to go after signing in: a safe `next`, but never back to the login or logout pages. */
export function afterLoginPath(next: unknown): string {
  const path = safeNextPath(next)
  const pathname = path.split(/[?#]/, 1)[0] ?? '/'
  return /^\/(login|logout)\/?$/.test(pathname) ? '/' : path
}
