import { defineMiddleware } from 'astro:middleware'
import { getEnv } from './env.ts'
import { resolveLang } from './lib/i18n.ts'
import { isCrossSiteWrite } from './lib/isCrossSiteWrite.ts'
import { isPublicPath, loginRedirectFor } from './lib/publicPaths.ts'
import { withSecurityHeaders } from './lib/securityHeaders.ts'
import { clearSessionCookie, LANG_COOKIE, SESSION_COOKIE } from './lib/sessionCookie.ts'
import { viewerResolver } from './lib/viewerService.ts'

// Validate the environment when the server loads, so a bad CMS_URL stops the start instead of failing later.
getEnv()

/**
 * Runs for every rendered request: refuses form posts from other sites, resolves the language and the viewer once
 * (→ `Astro.locals`), sends anonymous visitors to the login page, and adds the security headers.
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const { cookies, locals, request, url } = context
  if (isCrossSiteWrite(request, url, getEnv().siteOrigin)) {
    return withSecurityHeaders(new Response('Forms are accepted only from this site.', { status: 403 }))
  }
  locals.lang = resolveLang({
    cookie: cookies.get(LANG_COOKIE)?.value,
    acceptLanguage: request.headers.get('accept-language'),
  })

  const resolution = await viewerResolver.resolve(cookies.get(SESSION_COOKIE)?.value)
  locals.viewer = resolution.viewer
  locals.authUnavailable = resolution.unavailable
  if (resolution.tokenRejected) clearSessionCookie(cookies, url)

  if (!locals.viewer && !isPublicPath(url.pathname)) {
    const target = loginRedirectFor(url, resolution.tokenRejected ? 'expired' : undefined)
    return withSecurityHeaders(context.redirect(target, 303))
  }
  const response = withSecurityHeaders(await next())
  // Astro sends bare `text/html`; say the charset in the header too (the <meta charset> comes after the first bytes).
  if (response.headers.get('Content-Type') === 'text/html') response.headers.set('Content-Type', 'text/html; charset=utf-8')
  return response
})
