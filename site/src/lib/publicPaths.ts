/** Paths anyone may open without signing in: the login page, the language switch, health check, static assets. */
const PUBLIC_EXACT = new Set(['/login', '/lang', '/health', '/favicon.svg', '/favicon.ico', '/robots.txt'])
const PUBLIC_PREFIXES = ['/_astro/']

export function isPublicPath(pathname: string): boolean {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname
  return PUBLIC_EXACT.has(path) || PUBLIC_PREFIXES.some((prefix) => pathname.startsWith(prefix))
}

/** Where an anonymous visitor of `url` is sent: the login page, remembering where they wanted to go. */
export function loginRedirectFor(url: URL, reason?: 'expired'): string {
  const params = new URLSearchParams()
  const next = `${url.pathname}${url.search}`
  if (next !== '/') params.set('next', next)
  if (reason) params.set('reason', reason)
  const query = params.toString()
  return query ? `/login?${query}` : '/login'
}
