import { SiteError } from './lib/SiteError.ts'

/**
 * The site's configuration, read from the process environment at RUNTIME (never `import.meta.env`, which Vite
 * inlines at build time). Validated once, on first use; see `.env.example`.
 */
export interface SiteEnv {
  /** Origin people open the site at (SITE_URL), e.g. https://intranet.example behind a TLS proxy. */
  siteOrigin: string
  /** Interface and port the server listens on. */
  host: string
  port: number
  /** Payload CMS base URL, without trailing slash. */
  cmsUrl: string
  /** Search API base URL, without trailing slash. */
  searchUrl: string
  /** Secure flag on the cookies: `auto` (when SITE_URL or the request is https), or fixed. */
  cookieSecure: 'auto' | 'always' | 'never'
  /** IANA time zone for dates shown to people. */
  timeZone: string
  /** Timeout for calls to the CMS and the search API. */
  upstreamTimeoutMs: number
  /** Whether a reverse proxy in front of the site appends the visitor's address to X-Forwarded-For (SITE_TRUST_PROXY). */
  trustProxy: boolean
  /** Put in front of a migrated document's original path ("früher: S:\\…"); SITE_LEGACY_DRIVE_LABEL, default `S:\\`. */
  legacyDriveLabel: string
}

type Source = Record<string, string | undefined>

function baseUrl(source: Source, name: string, fallback: string): string {
  const raw = source[name]?.trim() || fallback
  let url: URL
  try {
    url = new URL(raw)
  } catch (cause) {
    throw new SiteError('config_invalid', `${name}="${raw}" is not a URL; set it to e.g. ${fallback}`, { cause })
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new SiteError('config_invalid', `${name} must be an http(s) URL, got "${raw}"`)
  }
  return url.href.replace(/\/+$/, '')
}

/**
 * The site's public origin. Forms are accepted only from it (or from the address the server itself sees), so behind a
 * TLS proxy this is what makes the forms work; its scheme also decides the Secure flag of the cookies.
 */
function siteOrigin(source: Source, fallback: string): string {
  const url = new URL(baseUrl(source, 'SITE_URL', fallback))
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new SiteError('config_invalid', `SITE_URL must be an origin without a path (the site is served at /), got "${source.SITE_URL}"`)
  }
  return url.origin
}

export function readEnv(source: Source): SiteEnv {
  const host = source.HOST?.trim() || '127.0.0.1'
  const portRaw = source.PORT?.trim() || '4321'
  const port = Number(portRaw)
  if (!Number.isInteger(port) || port < 1 || port > 65_535) {
    throw new SiteError('config_invalid', `PORT must be an integer 1…65535, got "${portRaw}"`)
  }
  const cookieSecure = (source.SITE_COOKIE_SECURE?.trim() || 'auto') as SiteEnv['cookieSecure']
  if (!['auto', 'always', 'never'].includes(cookieSecure)) {
    throw new SiteError('config_invalid', `SITE_COOKIE_SECURE must be auto, always or never, got "${cookieSecure}"`)
  }
  const timeZone = source.SITE_TIME_ZONE?.trim() || 'Europe/Berlin'
  try {
    new Intl.DateTimeFormat('de', { timeZone })
  } catch (cause) {
    throw new SiteError('config_invalid', `SITE_TIME_ZONE="${timeZone}" is not an IANA time zone`, { cause })
  }
  const timeoutRaw = source.SITE_UPSTREAM_TIMEOUT_MS?.trim() || '5000'
  const upstreamTimeoutMs = Number(timeoutRaw)
  if (!Number.isInteger(upstreamTimeoutMs) || upstreamTimeoutMs < 100 || upstreamTimeoutMs > 120_000) {
    throw new SiteError('config_invalid', `SITE_UPSTREAM_TIMEOUT_MS must be an integer 100…120000, got "${timeoutRaw}"`)
  }
  const trustProxyRaw = source.SITE_TRUST_PROXY?.trim().toLowerCase() || 'false'
  if (!['true', 'false'].includes(trustProxyRaw)) {
    throw new SiteError('config_invalid', `SITE_TRUST_PROXY must be true or false, got "${source.SITE_TRUST_PROXY}"`)
  }
  const legacyDriveLabel = source.SITE_LEGACY_DRIVE_LABEL?.trim() ?? 'S:\\'
  if (legacyDriveLabel.length > 64 || [...legacyDriveLabel].some((char) => char.charCodeAt(0) < 0x20)) {
    throw new SiteError('config_invalid', `SITE_LEGACY_DRIVE_LABEL must be a short label such as S:\\ or \\\\server\\share, got "${legacyDriveLabel}"`)
  }
  return {
    siteOrigin: siteOrigin(source, `http://127.0.0.1:${port}`),
    host,
    port,
    cmsUrl: baseUrl(source, 'CMS_URL', 'http://127.0.0.1:3000'),
    searchUrl: baseUrl(source, 'SEARCH_URL', 'http://127.0.0.1:3100'),
    cookieSecure,
    timeZone,
    upstreamTimeoutMs,
    trustProxy: trustProxyRaw === 'true',
    legacyDriveLabel,
  }
}

let cached: SiteEnv | undefined

/** The validated environment of this process. */
export function getEnv(): SiteEnv {
  cached ??= readEnv(process.env)
  return cached
}
