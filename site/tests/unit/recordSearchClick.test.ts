import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { recordSearchClick } from '../../src/lib/recordSearchClick.ts'

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {})
})

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('recordSearchClick', () => {
  it('posts the click to the search API with the viewer token', async () => {
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => new Response(null, { status: 204 }))
    vi.stubGlobal('fetch', fetchMock)
    expect(await recordSearchClick({ token: 'tok' }, 'abc', '42')).toBe(true)
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('http://127.0.0.1:3100/analytics/clicks')
    expect(init?.method).toBe('POST')
    expect((init?.headers as Record<string, string>).Authorization).toBe('JWT tok')
    expect(JSON.parse(init?.body as string)).toEqual({ searchId: 'abc', documentId: '42' })
  })

  it('never throws: an API that is down or refuses is logged, and the person still gets to the document', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => {
      throw new TypeError('fetch failed')
    }))
    expect(await recordSearchClick({ token: 'tok' }, 'abc', '42')).toBe(false)
    vi.stubGlobal('fetch', vi.fn(async () => new Response('{"error":{}}', { status: 404 })))
    expect(await recordSearchClick({ token: 'tok' }, 'abc', '42')).toBe(false)
    expect(console.error).toHaveBeenCalledTimes(2)
  })
})
