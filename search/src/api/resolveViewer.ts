import { createHash } from 'node:crypto'
import { ROLES, type Role, type VisibilityViewer } from '@lotse/domain'
import type { Request } from 'express'
import { SearchError } from '../errors.ts'

/**
 * How long an answer of the CMS is reused, counted from when its check began: the longest a logged-out token or a lost
 * role still searches with its old rights (README.md states it). Short, yet a burst of searches (typing) costs the CMS
 * one check.
 */
export const VIEWER_CACHE_MS = 5_000
/**
 * From this age on, a search that uses a cached answer also starts a new check in the background: a person who keeps
 * searching never waits for the CMS, and the answer in use is never older than `VIEWER_CACHE_MS`.
 */
export const VIEWER_REFRESH_MS = 3_000
/** Tokens remembered at most by default (the least recently checked go first): the cache's memory stays bounded. */
export const MAX_CACHED_VIEWERS = 5_000

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

interface CachedViewer {
  viewer: VisibilityViewer | null
  /** When the check that gave this answer began. */
  checkedAt: number
}

/**
 * Resolves a token to the viewer's visibility profile by asking the CMS (`GET /api/users/visibility`), which checks
 * signature, expiry, the session (logout) and that the user still exists, and knows their units. Answers are cached
 * per token hash for `VIEWER_CACHE_MS` from the start of their check; concurrent searches with one token share one
 * check, and an answer older than `VIEWER_REFRESH_MS` is renewed in the background while it is still valid.
 */
export function createViewerResolver(cmsUrl: string, { maxCached = MAX_CACHED_VIEWERS } = {}) {
  const cache = new Map<string, CachedViewer>()
  const inFlight = new Map<string, Promise<CachedViewer>>()

  const check = (key: string, token: string): Promise<CachedViewer> => {
    const running = inFlight.get(key)
    if (running) return running
    const checkedAt = Date.now()
    const checking = fetchViewer(cmsUrl, token)
      .then((viewer) => {
        const entry = { viewer, checkedAt }
        // Re-inserted, so that the Map's order is the order of checks and the oldest check is evicted first.
        cache.delete(key)
        if (cache.size >= maxCached) cache.delete(cache.keys().next().value!)
        cache.set(key, entry)
        return entry
      })
      .finally(() => inFlight.delete(key))
    inFlight.set(key, checking)
    return checking
  }

  return async function resolveViewer(token: string | undefined): Promise<VisibilityViewer> {
    if (!token) throw new SearchError('UNAUTHENTICATED', 'Log in first: send the Payload token as `Authorization: JWT <token>` or the payload-token cookie.')
    const key = createHash('sha256').update(token).digest('hex')
    let entry = cache.get(key)
    const age = entry ? Date.now() - entry.checkedAt : Infinity
    if (!entry || age >= VIEWER_CACHE_MS) {
      cache.delete(key)
      entry = await check(key, token)
    } else if (age >= VIEWER_REFRESH_MS && !inFlight.has(key)) {
      // A failed renewal is not this search's error: the answer in hand is valid, and the next search checks again.
      check(key, token).catch(() => {})
    }
    if (!entry.viewer) throw new SearchError('UNAUTHENTICATED', 'The token is invalid or expired: log in again.')
    return entry.viewer
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
