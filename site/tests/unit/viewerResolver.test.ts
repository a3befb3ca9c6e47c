import { describe, expect, it, vi } from 'vitest'
import { createViewerCache } from '../../src/lib/viewerCache.ts'
import { createViewerResolver } from '../../src/lib/viewerResolver.ts'
import { SiteError } from '../../src/lib/SiteError.ts'
import { toViewerProfile, type ViewerProfile } from '../../src/lib/Viewer.ts'

const staff: ViewerProfile = { id: '7', email: 'staff@demo.lotse', name: 'Sabine', roles: ['staff'], orgUnit: '4' }

describe('viewerCache', () => {
  it('expires entries after the TTL, capped at 30 s', () => {
    let now = 0
    const cache = createViewerCache({ ttlMs: 60_000, now: () => now })
    cache.set('t', staff)
    now = 29_999
    expect(cache.get('t')).toEqual(staff)
    now = 30_000
    expect(cache.get('t')).toBeUndefined()
  })

  it('caches rejections as null, evicts the oldest beyond maxEntries', () => {
    const cache = createViewerCache({ maxEntries: 2 })
    cache.set('a', null)
    cache.set('b', staff)
    cache.set('c', staff)
    expect(cache.size).toBe(2)
    expect(cache.get('a')).toBeUndefined()
    expect(cache.get('b')).toEqual(staff)
    cache.delete('b')
    expect(cache.get('b')).toBeUndefined()
  })
})

describe('viewerResolver', () => {
  it('asks the CMS once per token within the TTL and attaches the token', async () => {
    const fetchProfile = vi.fn(async () => staff)
    const resolver = createViewerResolver({ fetchProfile })
    const first = await resolver.resolve('tok')
    await resolver.resolve('tok')
    expect(fetchProfile).toHaveBeenCalledTimes(1)
    expect(first).toEqual({ viewer: { ...staff, token: 'tok' }, tokenRejected: false, unavailable: false })
    resolver.forget('tok')
    await resolver.resolve('tok')
    expect(fetchProfile).toHaveBeenCalledTimes(2)
  })

  it('is anonymous without a token, rejected for an unknown token, unavailable when the CMS is down', async () => {
    const resolver = createViewerResolver({
      fetchProfile: async (token) => {
        if (token === 'down') throw new SiteError('upstream_unreachable', 'down')
        return null
      },
    })
    expect(await resolver.resolve(undefined)).toEqual({ viewer: null, tokenRejected: false, unavailable: false })
    expect(await resolver.resolve('bogus')).toEqual({ viewer: null, tokenRejected: true, unavailable: false })
    expect(await resolver.resolve('down')).toEqual({ viewer: null, tokenRejected: false, unavailable: true })
  })
})

describe('toViewerProfile', () => {
  it('keeps known roles, falls back to the email for the name', () => {
    expect(toViewerProfile({ id: 3, email: 'a@b', roles: ['admin', 'root', 'staff'] })).toEqual({
      id: '3',
      email: 'a@b',
      name: 'a@b',
      roles: ['admin', 'staff'],
      orgUnit: null,
    })
    expect(toViewerProfile({ id: 3, email: 'a@b', orgUnit: 12 })?.orgUnit).toBe('12')
    expect(toViewerProfile({ id: 3, email: 'a@b', orgUnit: { id: 12, name: 'Wohngeld' } })?.orgUnit).toBe('12')
    expect(toViewerProfile(null)).toBeNull()
    expect(toViewerProfile({ id: 3 })).toBeNull()
  })
})
