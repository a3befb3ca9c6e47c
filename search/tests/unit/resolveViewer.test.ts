import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import { createViewerResolver, VIEWER_REFRESH_MS } from '../../src/api/resolveViewer.ts'

// The bound the README promises, read from the README: the code must keep it.
const readme = fs.readFileSync(path.resolve(import.meta.dirname, '../../../README.md'), 'utf8')
const statedSeconds = Number(readme.match(/search API, which caches an answer for at most (\d+) s/)?.[1])

/** A stand-in for the CMS's `GET /api/users/visibility`, whose answer a test changes (logout, role removed). */
let answer: { status: number; body?: unknown }
let checks = 0
const cms = http.createServer((_req, res) => {
  checks++
  res.writeHead(answer.status, { 'content-type': 'application/json' }).end(JSON.stringify(answer.body ?? {}))
})
const editor = { viewer: { id: 7, roles: ['staff', 'editor'], orgUnit: 3, unitPath: [3], managerOf: [] } }

beforeAll(() => new Promise<void>((resolve) => cms.listen(0, '127.0.0.1', resolve)))
afterAll(() => cms.close())
afterEach(() => vi.useRealTimers())

describe('the search API viewer cache', () => {
  const url = () => `http://127.0.0.1:${(cms.address() as AddressInfo).port}`

  it('states its bound in the README', () => {
    expect(statedSeconds).toBeGreaterThan(0)
    expect(statedSeconds).toBeLessThanOrEqual(10)
  })

  it('refuses a token once its user logged out, at most the stated time later', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const resolve = createViewerResolver(url())
    answer = { status: 200, body: editor }
    expect((await resolve('token-a')).id).toBe('7')
    const before = checks
    await resolve('token-a') // a burst of searches costs the CMS one check
    expect(checks).toBe(before)

    answer = { status: 401 }
    vi.advanceTimersByTime(statedSeconds * 1000 + 1)
    await expect(resolve('token-a')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' })
  })

  it('searches with the reduced roles at most the stated time after a role was taken away', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const resolve = createViewerResolver(url())
    answer = { status: 200, body: editor }
    expect((await resolve('token-b')).roles).toEqual(['staff', 'editor'])
    answer = { status: 200, body: { viewer: { ...editor.viewer, roles: ['staff'] } } }
    vi.advanceTimersByTime(statedSeconds * 1000 + 1)
    expect((await resolve('token-b')).roles).toEqual(['staff'])
  })

  it('lets concurrent searches with one token share one check of the CMS', async () => {
    const resolve = createViewerResolver(url())
    answer = { status: 200, body: editor }
    const before = checks
    const viewers = await Promise.all(Array.from({ length: 20 }, () => resolve('token-c')))
    expect(viewers.map((viewer) => viewer.id)).toEqual(Array(20).fill('7'))
    expect(checks - before).toBe(1)
  })

  it('renews an ageing answer in the background, and a logout found that way refuses the next search', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const resolve = createViewerResolver(url())
    answer = { status: 200, body: editor }
    await resolve('token-d')
    answer = { status: 401 }
    vi.advanceTimersByTime(VIEWER_REFRESH_MS + 1)
    const before = checks
    // Still within the stated bound: answered at once from the valid answer, while the CMS is asked again.
    expect((await resolve('token-d')).id).toBe('7')
    await vi.waitFor(() => expect(checks).toBe(before + 1))
    await vi.waitFor(() => expect(resolve('token-d')).rejects.toMatchObject({ code: 'UNAUTHENTICATED' }))
  })

  it('remembers a bounded number of tokens, forgetting the least recently checked', async () => {
    const resolve = createViewerResolver(url(), { maxCached: 3 })
    answer = { status: 200, body: editor }
    for (const token of ['t1', 't2', 't3', 't4']) await resolve(token)
    const before = checks
    await resolve('t4')
    await resolve('t2')
    expect(checks).toBe(before) // still cached
    await resolve('t1')
    expect(checks).toBe(before + 1) // was forgotten: checked again
  })
})
