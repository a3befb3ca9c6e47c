import { afterEach, describe, expect, it, vi } from 'vitest'
import { login } from '../../src/lib/cmsClient.ts'

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('login', () => {
  it('tells the CMS the visitor’s address, which the CMS throttles failed logins by', async () => {
    const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => new Response(JSON.stringify({ token: 'tok' }), { status: 200 }))
    vi.stubGlobal('fetch', fetchMock)
    await login('anna@demo.lotse', 'geheim', '192.0.2.7')
    const [url, init] = fetchMock.mock.calls[0]!
    expect(url).toBe('http://127.0.0.1:3000/api/users/login')
    expect((init?.headers as Record<string, string>)['X-Forwarded-For']).toBe('192.0.2.7')
  })
})
