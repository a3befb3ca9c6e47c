import type { AstroCookies, AstroCookieSetOptions } from 'astro'
import { getEnv } from '../env.ts'

/** The cookie Payload itself uses, so a sign-in to the CMS admin on the same host also signs in to the site. */
export const SESSION_COOKIE = 'payload-token'
export const LANG_COOKIE = 'lang'
/** When this browser last visited the start page (lib/lastVisit.ts). */
export const VISIT_COOKIE = 'lotse-visit'

/** Behind a TLS proxy the site itself sees http: SITE_URL says whether people reach it over https. */
function secure(url: URL): boolean {
  const { cookieSecure, siteOrigin } = getEnv()
  return cookieSecure === 'always' || (cookieSecure === 'auto' && (siteOrigin.startsWith('https:') || url.protocol === 'https:'))
}

export function setSessionCookie(cookies: AstroCookies, url: URL, token: string, expires: Date | undefined): void {
  const options: AstroCookieSetOptions = { httpOnly: true, sameSite: 'lax', path: '/', secure: secure(url) }
  // Without an expiry from the CMS the cookie lives for the browser session; the CMS still enforces its own expiry.
  if (expires) options.expires = expires
  cookies.set(SESSION_COOKIE, token, options)
}

export function clearSessionCookie(cookies: AstroCookies, url: URL): void {
  cookies.delete(SESSION_COOKIE, { path: '/', httpOnly: true, sameSite: 'lax', secure: secure(url) })
}

export function setLangCookie(cookies: AstroCookies, url: URL, lang: string): void {
  cookies.set(LANG_COOKIE, lang, {
    httpOnly: true,
    sameSite: 'lax',
    path: '/',
    secure: secure(url),
    maxAge: 60 * 60 * 24 * 365,
  })
}

export function setVisitCookie(cookies: AstroCookies, url: URL, value: string): void {
  cookies.set(VISIT_COOKIE, value, { httpOnly: true, sameSite: 'lax', path: '/', secure: secure(url), maxAge: 60 * 60 * 24 * 365 })
}
