import { beforeEach, describe, expect, it, vi } from 'vitest'
import { loadSearchPage, statusOfSearchState } from '../../src/lib/loadSearchPage.ts'
import { loadDocumentPage, noticeOf } from '../../src/lib/loadDocumentPage.ts'
import { toDocumentView, type DocumentView } from '../../src/lib/DocumentView.ts'
import { SiteError, type SiteErrorCode } from '../../src/lib/SiteError.ts'
import type { Viewer } from '../../src/lib/Viewer.ts'
import type { SearchResults } from '../../src/lib/searchClient.ts'
import { NO_FILTERS, type SearchFilters } from '../../src/lib/searchFilters.ts'

beforeEach(() => {
  // The code under test logs upstream failures for operators; keep the test output clean.
  vi.spyOn(console, 'error').mockImplementation(() => {})
})

const viewer: Viewer = { id: '1', email: 'a@b', name: 'A', roles: ['staff'], orgUnit: null, token: 't' }
const params = (q: string, page?: string) => new URLSearchParams(page ? { q, page } : { q })
const throwing = (code: SiteErrorCode) => async (): Promise<never> => {
  throw new SiteError(code, code)
}

describe('loadSearchPage', () => {
  const noUnits = async () => []
  const answer = (query: string, page: number, filters: SearchFilters): SearchResults => ({
    query, page, hits: [], total: 0, pages: 1, filters, facets: { kind: {}, orgUnit: {}, topics: {} }, suggestions: [], searchId: null,
  })

  it('does not call the API for empty or over-long queries, and keeps the filters', async () => {
    const search = throwing('upstream_failed')
    expect(await loadSearchPage(viewer, new URLSearchParams('q=+&kind=directive'), { search, units: noUnits })).toEqual({
      state: 'empty',
      filters: { ...NO_FILTERS, kind: 'directive' },
    })
    expect((await loadSearchPage(viewer, params('x'.repeat(201)), { search, units: noUnits })).state).toBe('tooLong')
  })

  it('passes the normalised query, page and filters, and the org units for naming the unit filter', async () => {
    const units = [{ id: '3', name: 'Wohngeld', shortCode: '50.2', parentId: null }]
    const search = vi.fn(async (_v: Viewer, query: string, page = 1, filters = NO_FILTERS) => answer(query, page, filters))
    const state = await loadSearchPage(viewer, new URLSearchParams('q=++Arbeits+++zeit+&page=2&orgUnit=50.2&validity=all&kind=evil'), {
      search,
      units: async () => units,
    })
    expect(search).toHaveBeenCalledWith(viewer, 'Arbeits zeit', 2, { kind: null, orgUnit: '50.2', topic: null, validity: 'all' })
    expect(state).toMatchObject({ state: 'results', results: { query: 'Arbeits zeit', page: 2 }, units })
  })

  it('still shows the results when the org units cannot be loaded (the filter then shows short codes)', async () => {
    const state = await loadSearchPage(viewer, params('x'), {
      search: async (_v, query, page = 1, filters = NO_FILTERS) => answer(query, page, filters),
      units: throwing('upstream_unreachable'),
    })
    expect(state).toMatchObject({ state: 'results', units: [] })
  })

  it.each([
    ['bad_request', 'badRequest', 400],
    ['unauthenticated', 'unauthenticated', 200],
    ['upstream_unreachable', 'unavailable', 503],
    ['upstream_failed', 'unavailable', 503],
  ] as const)('maps %s to the %s state (HTTP %i)', async (code, expected, status) => {
    const state = await loadSearchPage(viewer, params('x'), { search: throwing(code), units: noUnits })
    expect(state.state).toBe(expected)
    expect(statusOfSearchState(state)).toBe(status)
  })
})

describe('loadDocumentPage', () => {
  it.each([
    ['not_found', 'notFound'],
    ['unauthenticated', 'unauthenticated'],
    ['upstream_unreachable', 'unavailable'],
    ['upstream_failed', 'unavailable'],
  ] as const)('maps %s to %s', async (code, expected) => {
    expect((await loadDocumentPage(viewer, '1', undefined, { fetchDocument: throwing(code) })).state).toBe(expected)
  })

  it('is notFound without an id', async () => {
    expect(await loadDocumentPage(viewer, undefined, undefined, { fetchDocument: throwing('upstream_failed') })).toEqual({ state: 'notFound' })
  })

  const document = (fields: Partial<DocumentView>) => ({ ...toDocumentView({ id: 7, title: 'Weisung' })!, ...fields })

  it('asks for the read confirmation state only of published documents that ask for one', async () => {
    const fetchAcknowledgement = vi.fn(async () => ({ asked: true as const, round: 2, dueAt: new Date(), overdue: false, acknowledgedAt: null }))
    const plain = await loadDocumentPage(viewer, '7', undefined, { fetchDocument: async () => document({ status: 'published' }), fetchAcknowledgement })
    expect(plain).toMatchObject({ state: 'ok', acknowledgement: { asked: false } })
    expect(fetchAcknowledgement).not.toHaveBeenCalled()
    const asking = await loadDocumentPage(viewer, '7', new URLSearchParams('ack=confirmed'), {
      fetchDocument: async () => document({ status: 'published', requiresAcknowledgement: true, acknowledgementRound: 2 }),
      fetchAcknowledgement,
    })
    expect(asking).toMatchObject({ state: 'ok', acknowledgement: { asked: true, round: 2 }, notice: 'confirmed' })
    expect(fetchAcknowledgement).toHaveBeenCalledTimes(1)
  })
})

describe('loadDocumentPage: pin and version history', () => {
  const document = () => toDocumentView({ id: 7, title: 'Weisung', workflowStatus: 'published' })!
  const version = (id: string, publishedAt: string) => ({ id, status: 'published' as const, versionLabel: id, changeNote: null, publishedAt: new Date(publishedAt), savedAt: null })
  const versions = [version('9', '2026-10-01'), version('4', '2026-01-01')]

  it('compares the two chosen versions of the history, older first, and shows the rest when a side part fails', async () => {
    const fetchComparison = vi.fn(async (_v: Viewer, _id: string, from: string, to: string) => ({ from: versions[1], to: versions[0], changes: [], fields: [], asked: [from, to] }))
    const page = await loadDocumentPage(viewer, '7', new URLSearchParams('from=9&to=4'), {
      fetchDocument: async () => document(),
      fetchPinned: async () => true,
      fetchVersions: async () => versions,
      fetchComparison,
    })
    expect(page).toMatchObject({ state: 'ok', pinned: true, history: { ok: true, versions, comparison: { state: 'ok' } } })
    expect(fetchComparison.mock.calls[0].slice(2)).toEqual(['4', '9'])

    const failing = throwing('upstream_failed')
    const degraded = await loadDocumentPage(viewer, '7', new URLSearchParams('from=9&to=4'), { fetchDocument: async () => document(), fetchPinned: failing, fetchVersions: failing })
    expect(degraded).toMatchObject({ state: 'ok', pinned: null, history: { ok: false } })
  })

  it('never asks the CMS to compare versions outside the history', async () => {
    const fetchComparison = vi.fn(throwing('upstream_failed'))
    const page = await loadDocumentPage(viewer, '7', new URLSearchParams('from=9&to=123'), {
      fetchDocument: async () => document(),
      fetchPinned: async () => false,
      fetchVersions: async () => versions,
      fetchComparison,
    })
    expect(page).toMatchObject({ state: 'ok', history: { ok: true, comparison: { state: 'invalid' } } })
    expect(fetchComparison).not.toHaveBeenCalled()
  })
})

describe('noticeOf', () => {
  it.each([
    ['ack=confirmed', 'confirmed'],
    ['ack=changed', 'changed'],
    ['ack=not-asked', 'notAsked'],
    ['ack=failed', 'ackFailed'],
    ['feedback=sent', 'feedbackSent'],
    ['pin=added', 'pinned'],
    ['pin=removed', 'unpinned'],
    ['pin=failed', 'pinFailed'],
    ['ack=<script>', null],
    ['', null],
  ] as const)('reads %s as %s', (query, notice) => {
    expect(noticeOf(new URLSearchParams(query))).toBe(notice)
  })
})
