import { afterEach, describe, expect, it, vi } from 'vitest'
import { searchDocuments } from '../../src/lib/searchClient.ts'
import type { Viewer } from '../../src/lib/Viewer.ts'

const viewer: Viewer = { id: '1', email: 'a@b', name: 'A', roles: ['staff'], orgUnit: null, token: 'tok' }

function answer(status: number, body: unknown) {
  const fetchMock = vi.fn(async (_url: string, _init?: RequestInit) => new Response(JSON.stringify(body), { status }))
  vi.stubGlobal('fetch', fetchMock)
  return fetchMock
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('searchDocuments', () => {
  it('sends the viewer token, query, limit and offset', async () => {
    const fetchMock = answer(200, { hits: [], estimatedTotalHits: 0 })
    await searchDocuments(viewer, 'Arbeitszeit', 3)
    const [url, init] = fetchMock.mock.calls[0]
    expect(url).toBe('http://127.0.0.1:3100/search?q=Arbeitszeit&limit=10&offset=20')
    expect((init?.headers as Record<string, string>).Authorization).toBe('JWT tok')
  })

  it('presents hits safely: sanitised snippet, same-site url, known kinds only, bad hits dropped', async () => {
    answer(200, {
      hits: [
        { id: 5, title: 'A', kind: 'directive', snippet: '<mark>x</mark><b>y</b>', url: '/documents/5', validFrom: '2026-01-01', status: 'published' },
        { id: 'b', title: 'B', kind: 'evil', snippet: null, url: 'https://evil.example/', orgUnit: ' Amt 10 ', validFrom: 'nope' },
        { id: '', title: 'no id' },
        'garbage',
      ],
      estimatedTotalHits: 12,
    })
    const results = await searchDocuments(viewer, 'x')
    expect(results).toMatchObject({ total: 12, pages: 2, page: 1 })
    expect(results.hits).toEqual([
      { id: '5', title: 'A', kind: 'directive', snippetHtml: '<mark>x</mark>&lt;b&gt;y&lt;/b&gt;', url: '/documents/5', orgUnit: null, validFrom: new Date('2026-01-01'), status: 'published' },
      { id: 'b', title: 'B', kind: null, snippetHtml: '', url: '/documents/b', orgUnit: 'Amt 10', validFrom: null, status: null },
    ])
  })

  it('passes on that the search API answered in degraded mode, and only when it says so', async () => {
    answer(200, { hits: [], estimatedTotalHits: 0, degraded: true })
    expect((await searchDocuments(viewer, 'x')).degraded).toBe(true)
    answer(200, { hits: [], estimatedTotalHits: 0, degraded: 'yes' })
    expect((await searchDocuments(viewer, 'x')).degraded).toBe(false)
    answer(200, { hits: [], estimatedTotalHits: 0 })
    expect((await searchDocuments(viewer, 'x')).degraded).toBe(false)
  })

  it.each([
    [401, 'unauthenticated'],
    [400, 'bad_request'],
    [422, 'bad_request'],
    [503, 'upstream_unreachable'],
    [500, 'upstream_failed'],
  ])('maps HTTP %i to %s', async (status, code) => {
    answer(status, { error: { code: 'x', message: 'y' } })
    await expect(searchDocuments(viewer, 'x')).rejects.toMatchObject({ code })
  })

  it('passes on the reason the search API gives for a refusal, and only if it is text', async () => {
    answer(400, { error: { code: 'INVALID_QUERY', message: 'q: too long' } })
    await expect(searchDocuments(viewer, 'x')).rejects.toMatchObject({ message: 'search API refused the query (400): q: too long' })
    answer(400, { error: { code: 'INVALID_QUERY', message: { detail: 'q' } } })
    await expect(searchDocuments(viewer, 'x')).rejects.toMatchObject({ message: 'search API refused the query (400): ' })
  })

  it('reports an unreachable API as upstream_unreachable', async () => {
    vi.stubGlobal('fetch', vi.fn(async () => Promise.reject(new TypeError('fetch failed'))))
    await expect(searchDocuments(viewer, 'x')).rejects.toMatchObject({ code: 'upstream_unreachable' })
  })
})

describe('searchDocuments: filters, facets, suggestions and the search id', () => {
  it('sends the filters as the API parameters', async () => {
    const fetchMock = answer(200, { hits: [] })
    await searchDocuments(viewer, 'Antrag', 1, { kind: 'form', orgUnit: '50.2', topic: 'Wohngeld', validity: 'all' })
    expect(fetchMock.mock.calls[0][0]).toBe('http://127.0.0.1:3100/search?q=Antrag&limit=10&offset=0&kind=form&orgUnit=50.2&topic=Wohngeld&validity=all')
  })

  it('keeps facet counts that make sense, the suggestions that differ from the query, and a well-formed search id', async () => {
    answer(200, {
      hits: [],
      facets: { kind: { directive: 2, form: 0, news: -1, policy: 1.5 }, orgUnit: { '50.2': 3, ['x'.repeat(101)]: 1 }, topics: 'nope', other: { a: 1 } },
      suggestions: ['Arbeitszeit', ' arbeitszeit ', 'arbeitzeit', 42, '', 'Gleitzeit', 'Urlaub', 'Reise'],
      searchId: '0B6F5C2E-3D4A-4F1B-9C8D-7E6F5A4B3C2D',
    })
    const results = await searchDocuments(viewer, 'arbeitzeit')
    expect(results.facets).toEqual({ kind: { directive: 2 }, orgUnit: { '50.2': 3 }, topics: {} })
    expect(results.suggestions).toEqual(['Arbeitszeit', 'arbeitszeit', 'Gleitzeit'])
    expect(results.searchId).toBe('0B6F5C2E-3D4A-4F1B-9C8D-7E6F5A4B3C2D')
  })

  it('has no suggestions, facets or search id when the API sends none (or malformed ones)', async () => {
    answer(200, { hits: [], suggestions: 'Arbeitszeit', searchId: 'x' })
    expect(await searchDocuments(viewer, 'x')).toMatchObject({ suggestions: [], searchId: null, facets: { kind: {}, orgUnit: {}, topics: {} } })
  })
})
