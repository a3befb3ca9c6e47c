import { isNextBuild } from 'payload/shared'
import { CmsError } from './CmsError.ts'

export interface CmsEnv {
  databaseUri: string
  payloadSecret: string
  /** Public origin of the CMS (absolute links in the admin and in mails); empty = relative URLs. */
  cmsPublicUrl: string | undefined
  /** Origin of the Astro site, allowed to call the CMS API from the browser. */
  siteUrl: string | undefined
  /** `LOTSE_DEMO=true`: `prepare-db` seeds demo users and documents into an empty database. */
  demo: boolean
  /** Where uploaded files are stored (`MEDIA_DIR`); default `cms/media`. */
  mediaDir: string | undefined
  /**
   * Origins whose pages may use the login cookie (Payload's CSRF allowlist): the admin's own (`CMS_PUBLIC_URL`, else
   * the loopback addresses on `CMS_PORT`, as `npm start` and docker compose publish it) and the site's.
   */
  trustedOrigins: string[]
}

// `next build` and Payload's code generators load the config without ever connecting, so they run without a database.
const loadsConfigOnly = () => isNextBuild() || process.argv.some((arg) => arg.startsWith('generate:'))

/** Validates the CMS environment; fails with every problem at once and how to fix it. */
export function readEnv(source: Record<string, string | undefined> = process.env): CmsEnv {
  const problems: string[] = []
  const databaseUri = source.DATABASE_URI?.trim() ?? ''
  const payloadSecret = source.PAYLOAD_SECRET?.trim() ?? ''

  if (!loadsConfigOnly()) {
    if (!/^postgres(ql)?:\/\//.test(databaseUri)) {
      problems.push('DATABASE_URI must be a PostgreSQL connection string (postgres://user:password@host:port/database)')
    }
    if (payloadSecret.length < 32) {
      problems.push('PAYLOAD_SECRET must be at least 32 characters (generate one with `openssl rand -hex 32`)')
    }
  }
  const cmsPublicUrl = optionalOrigin('CMS_PUBLIC_URL', source.CMS_PUBLIC_URL, problems)
  const siteUrl = optionalOrigin('SITE_URL', source.SITE_URL, problems)
  const cmsPort = source.CMS_PORT?.trim() || '3000'
  if (!/^\d{1,5}$/.test(cmsPort)) problems.push(`CMS_PORT must be a port number (got "${cmsPort}")`)
  if (problems.length > 0) {
    throw new CmsError('ENV_INVALID', `Invalid CMS environment (see cms/.env.example):\n- ${problems.join('\n- ')}`)
  }
  const cmsOrigins = cmsPublicUrl ? [cmsPublicUrl] : [`http://127.0.0.1:${cmsPort}`]
  return {
    databaseUri,
    payloadSecret,
    cmsPublicUrl,
    siteUrl,
    demo: source.LOTSE_DEMO === 'true',
    mediaDir: source.MEDIA_DIR?.trim() || undefined,
    trustedOrigins: [...new Set([...cmsOrigins, ...(siteUrl ? [siteUrl] : [])].flatMap(withLoopbackTwins))],
  }
}

const LOOPBACK = ['127.0.0.1', 'localhost', '[::1]']

/** A browser names the same local server by whichever loopback name was typed: each is the same origin to the person. */
function withLoopbackTwins(origin: string): string[] {
  const url = new URL(origin)
  if (!LOOPBACK.includes(url.hostname)) return [origin]
  return LOOPBACK.map((host) => `${url.protocol}//${host}${url.port ? `:${url.port}` : ''}`)
}

function optionalOrigin(name: string, value: string | undefined, problems: string[]): string | undefined {
  if (!value?.trim()) return undefined
  try {
    return new URL(value).origin
  } catch {
    problems.push(`${name} must be an absolute URL such as http://127.0.0.1:3000 (got "${value}")`)
    return undefined
  }
}
