const PROBE_ORIGIN = 'http://lotse.invalid'
const MAX_LENGTH = 2000

/**
 * A path that stays on this site however a browser reads it: a single leading `/` (browsers treat `\` like `/`, so
 * `/\` counts as `//`), no control characters or whitespace (browsers drop tabs and newlines, and a raw one would
 * break the Location header), and resolving to the same origin.
 */
function isSameSitePath(path: string): boolean {
  // eslint-disable-next-line no-control-regex
  if (!path.startsWith('/') || /^.[/\\]/.test(path) || /[\\\u0000-\u001f\u007f\s]/.test(path)) return false
  try {
    return new URL(path, PROBE_ORIGIN).origin === PROBE_ORIGIN
  } catch {
    return false
  }
}

/**
 * A redirect target that can only stay on this site: a relative path starting with a single `/`.
 * Anything else (absolute or protocol-relative URLs, backslashes, control characters or whitespace, `javascript:`,
 * over-long values) becomes `fallback`. The check runs on the input and again on the normalised path that is
 * returned, because normalising can itself produce `//`: `/.//evil.example` and `/%2e%2e//evil.example` both
 * normalise to `//evil.example`. Used for `?next=` after login and for the `next` field of forms.
 */
export function safeNextPath(next: unknown, fallback = '/'): string {
  if (typeof next !== 'string' || next.length === 0 || next.length > MAX_LENGTH || !isSameSitePath(next)) return fallback
  const url = new URL(next, PROBE_ORIGIN)
  const path = `${url.pathname}${url.search}${url.hash}`
  return isSameSitePath(path) ? path : fallback
}

/** Where to go after signing in: a safe `next`, but never back to the login or logout pages. */
export function afterLoginPath(next: unknown): string {
  const path = safeNextPath(next)
  const pathname = path.split(/[?#]/, 1)[0] ?? '/'
  return /^\/(login|logout)\/?$/.test(pathname) ? '/' : path
}
