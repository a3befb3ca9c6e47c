import type { AstroCookies } from 'astro'
import { loginRedirectFor } from './publicPaths.ts'
import { clearSessionCookie, SESSION_COOKIE } from './sessionCookie.ts'
import { viewerResolver } from './viewerService.ts'

/**
 * The CMS or search API rejected the viewer's token mid-request (expired since the middleware's cache saw it):
 * forget it, clear the cookie, and return the login URL to redirect to.
 */
export function endSession(cookies: AstroCookies, url: URL): string {
  const token = cookies.get(SESSION_COOKIE)?.value
  if (token) viewerResolver.forget(token)
  clearSessionCookie(cookies, url)
  return loginRedirectFor(url, 'expired')
}
