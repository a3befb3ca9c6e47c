import type { APIRoute } from 'astro'
import { logout } from '../lib/cmsClient.ts'
import { clearSessionCookie, SESSION_COOKIE } from '../lib/sessionCookie.ts'
import { viewerResolver } from '../lib/viewerService.ts'

/** Sign out (POST only, so a link or image cannot sign anyone out): end the CMS session, clear the cookie. */
export const POST: APIRoute = async ({ cookies, url, redirect }) => {
  const token = cookies.get(SESSION_COOKIE)?.value
  if (token) {
    viewerResolver.forget(token)
    await logout(token).catch((error: unknown) =>
      console.warn('[site] CMS logout failed; the cookie is cleared anyway:', error instanceof Error ? error.message : error),
    )
  }
  clearSessionCookie(cookies, url)
  return redirect('/login?reason=logged-out', 303)
}

export const GET: APIRoute = ({ redirect }) => redirect('/', 303)
