const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

/**
 * True for a request that changes something (login, logout, language) and was not sent by a page of this site: its
 * `Origin` is neither the public origin (SITE_URL) nor the origin the server itself sees (direct access, `npm start`).
 * Browsers always send `Origin` on such requests; one without it is refused too, whatever its content type.
 *
 * This replaces Astro's `checkOrigin`, which compares with the URL the server sees — `http://…` behind a TLS proxy —
 * and can only trust forwarded headers through `security.allowedDomains`, fixed at build time.
 */
export function isCrossSiteWrite(request: Request, url: URL, siteOrigin: string): boolean {
  if (SAFE_METHODS.has(request.method)) return false
  const origin = request.headers.get('origin')
  return origin !== siteOrigin && origin !== url.origin
}
