import { createHash } from 'node:crypto'
import type { ViewerProfile } from './Viewer.ts'

export interface ViewerCache {
  /** `undefined` = not cached (or expired); `null` = cached "this token belongs to nobody". */
  get(token: string): ViewerProfile | null | undefined
  set(token: string, profile: ViewerProfile | null): void
  delete(token: string): void
  readonly size: number
}

export interface ViewerCacheOptions {
  ttlMs?: number
  maxEntries?: number
  now?: () => number
}

/** sha256 of the token: the cache never holds a usable token, only its fingerprint. */
function keyOf(token: string): string {
  return createHash('sha256').update(token).digest('hex')
}

/**
 * Short-lived in-memory map token → viewer profile, so a page view does not cost a CMS round trip. Entries live at
 * most `ttlMs` (≤ 30 s), so a changed role or a revoked session shows within that time. Oldest entries are evicted
 * beyond `maxEntries`.
 */
export function createViewerCache(options: ViewerCacheOptions = {}): ViewerCache {
  const ttlMs = Math.min(options.ttlMs ?? 30_000, 30_000)
  const maxEntries = options.maxEntries ?? 5_000
  const now = options.now ?? Date.now
  const entries = new Map<string, { profile: ViewerProfile | null; expires: number }>()
  return {
    get(token) {
      const key = keyOf(token)
      const entry = entries.get(key)
      if (!entry) return undefined
      if (entry.expires <= now()) {
        entries.delete(key)
        return undefined
      }
      return entry.profile
    },
    set(token, profile) {
      const key = keyOf(token)
      entries.delete(key)
      entries.set(key, { profile, expires: now() + ttlMs })
      while (entries.size > maxEntries) {
        const oldest = entries.keys().next().value
        if (oldest === undefined) break
        entries.delete(oldest)
      }
    },
    delete(token) {
      entries.delete(keyOf(token))
    },
    get size() {
      return entries.size
    },
  }
}
