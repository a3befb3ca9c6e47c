/**
 * Headers on every response the site renders. The site ships no inline script or style (external CSS only, no client
 * JS), so the CSP can forbid both; `frame-ancestors 'none'` and `form-action 'self'` stop clickjacking and form
 * hijacking.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ')

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'Referrer-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
}

/**
 * Adds the security headers, plus `Cache-Control: private, no-store` on pages (they show what one person may see).
 * Returns a copy when the response's headers are immutable (e.g. `Response.redirect`).
 */
export function withSecurityHeaders(response: Response): Response {
  const apply = (headers: Headers) => {
    // A download brings its own, stricter policy (`sandbox`, lib/downloadAttachment.ts): keep it.
    const sandboxed = headers.get('Content-Security-Policy')?.startsWith('sandbox')
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) {
      if (!(sandboxed && name === 'Content-Security-Policy')) headers.set(name, value)
    }
    if (!headers.has('Cache-Control')) headers.set('Cache-Control', 'private, no-store')
    headers.append('Vary', 'Cookie, Accept-Language')
  }
  try {
    apply(response.headers)
    return response
  } catch {
    const copy = new Response(response.body, response)
    apply(copy.headers)
    return copy
  }
}
