import type { Viewer, ViewerProfile } from './Viewer.ts'
import { createViewerCache, type ViewerCache } from './viewerCache.ts'

export interface ViewerResolution {
  viewer: Viewer | null
  /** A token was sent and the CMS said it belongs to nobody (expired, revoked, forged): clear the cookie. */
  tokenRejected: boolean
  /** The CMS could not be asked; the request is treated as anonymous. */
  unavailable: boolean
}

export interface ViewerResolver {
  resolve(token: string | undefined): Promise<ViewerResolution>
  /** Drops a token from the cache (logout). */
  forget(token: string): void
}

/** Token → viewer, through a ≤ 30 s cache in front of the CMS's `/api/users/me`. */
export function createViewerResolver(deps: {
  fetchProfile: (token: string) => Promise<ViewerProfile | null>
  cache?: ViewerCache
  onError?: (error: unknown) => void
}): ViewerResolver {
  const cache = deps.cache ?? createViewerCache()
  return {
    async resolve(token) {
      if (!token) return { viewer: null, tokenRejected: false, unavailable: false }
      let profile = cache.get(token)
      if (profile === undefined) {
        try {
          profile = await deps.fetchProfile(token)
        } catch (error) {
          deps.onError?.(error)
          return { viewer: null, tokenRejected: false, unavailable: true }
        }
        cache.set(token, profile)
      }
      return profile
        ? { viewer: { ...profile, token }, tokenRejected: false, unavailable: false }
        : { viewer: null, tokenRejected: true, unavailable: false }
    },
    forget(token) {
      cache.delete(token)
    },
  }
}
