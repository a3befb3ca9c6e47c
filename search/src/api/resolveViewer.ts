import { createHash } from 'node:crypto'
import { ROLES, type Role, type VisibilityViewer } from '@lotse/domain'
import type { Request } from 'express'
import { SearchError } from '../errors.ts'

/**
 * How long an answer of the CMS is reused: the longest a logged-out token or a lost role still searches with its old
 * rights (README.md states it). Short, yet a burst of searches (typing) costs the CMS one check.
 */
export const VIEWER_CACHE_MS = 5_000
const MAX_CACHE = 5_000

/** The Payload token of a request: `Authorization: JWT <token>` or the `payload-token` cookie. */
export function tokenOf(req: Request): string | undefined {
  const header = req.get('authorization')
  const match = header?.match(/^(?:JWT|Bearer)\s+(\S+)$/i)
  if (match) return match[1]
  const cookie = req.get('cookie')
  return (
    cookie
      ?.split(';')
      .map((part) => part.trim())
      .find((part) => part.startsWith('payload-token='))
      ?.slice('payload-token='.length) || undefined
  )
}

/**
 * Resolves a token to the viewer's visibility profile by asking the CMS (`GET /api/users/visibility`), which checks
 * signature, expiry and that the user still exists, and knows their units. Answers are cached briefly per token hash.
 */
export function createViewerResolver(cmsUrl: string) {
  const cache = new Map<string, { viewer: VisibilityViewer | null; until: number }>()
  return async function resolveViewer(token: string | undefined): Promise<VisibilityViewer> {
    if (!token) throw new SearchError('UNAUTHENTICATED', 'Log in first: send the Payload token as `Authorization: JWT <token>` or the payload-token cookie.')
    const key = createHash('sha256').update(token).digest('hex')
    const cached = cache.get(key)
    let viewer = cached && cached.until > Date.now() ? cached.viewer : undefined
    if (viewer === undefined) {
      viewer = await fetchViewer(cmsUrl, token)
      if (cache.size >= MAX_CACHE) cache.clear()
      cache.set(key, { viewer, until: Date.now() + VIEWER_CACHE_MS })
    }
    if (!viewer) throw new SearchError('UNAUTHENTICATED', 'The token is invalid or expired: log in again.')
    return viewer
  }
}

const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((item) => typeof item === 'string' || typeof item === 'number').map(String) : [])

async function fetchViewer(cmsUrl: string, token: string): Promise<VisibilityViewer | null> {
  let response: Response
  try {
    response = await fetch(`${cmsUrl}/api/users/visibility`, { headers: { Authorization: `JWT ${token}` }, signal: AbortSignal.timeout(5000) })
  } catch (error) {
    throw new SearchError('AUTH_UNAVAILABLE', `The CMS at ${cmsUrl} could not be reached to check the login; try again shortly.`, { cause: error })
  }
  if (response.status === 401 || response.status === 403) return null
  if (!response.ok) throw new SearchError('AUTH_UNAVAILABLE', `The CMS answered ${response.status} when checking the login; try again shortly.`)
  const { viewer } = (await response.json()) as { viewer?: Partial<Record<keyof VisibilityViewer, unknown>> | null }
  if (!viewer || (typeof viewer.id !== 'string' && typeof viewer.id !== 'number')) return null
  return {
    id: String(viewer.id),
    roles: strings(viewer.roles).filter((role): role is Role => (ROLES as readonly string[]).includes(role)),
    orgUnit: typeof viewer.orgUnit === 'string' || typeof viewer.orgUnit === 'number' ? String(viewer.orgUnit) : null,
    unitPath: strings(viewer.unitPath),
    managerOf: strings(viewer.managerOf),
  }
}
