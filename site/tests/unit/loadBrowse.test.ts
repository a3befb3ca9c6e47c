import { beforeEach, describe, expect, it, vi } from 'vitest'
import { loadBrowseDetail } from '../../src/lib/loadBrowseDetail.ts'
import { loadBrowseIndex } from '../../src/lib/loadBrowseIndex.ts'
import type { DocumentListPage } from '../../src/lib/documentList.ts'
import { SiteError, type SiteErrorCode } from '../../src/lib/SiteError.ts'
import type { Viewer } from '../../src/lib/Viewer.ts'
import type { QueryValue } from '../../src/lib/payloadQuery.ts'

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {})
})

const viewer: Viewer = { id: '1', email: 'a@b', name: 'A', roles: ['staff'], orgUnit: null, token: 't' }
const now = new Date('2026-12-03T10:00:00Z')
const entries = [
  { id: '1', name: 'Amt für Soziale Dienste', shortCode: 'Amt 50', parentId: null },
  { id: '2', name: 'Wohngeld', shortCode: '50.2', parentId: '1' },
  { id: '3', name: 'Leistungen', shortCode: '50.1', parentId: '1' },
]
const list = async () => entries
const onePage: DocumentListPage = { items: [{ id: '9', title: 'Weisung', kind: 'directive', publishedAt: null, validFrom: null, changeNote: null, versionLabel: null }], page: 1, pages: 1, total: 1 }
const throwing = (code: SiteErrorCode) => async (): Promise<never> => {
  throw new SiteError(code, code)
}

describe('loadBrowseDetail', () => {
  it('loads the unit, its ancestors, its sub-units and a page of its documents in force, asked as the viewer', async () => {
    const documents = vi.fn(async (_viewer: Viewer, _where: QueryValue, _page: number, _limit: number) => onePage)
    const state = await loadBrowseDetail(viewer, 'units', '1', '2', now, { list, documents })
    expect(state).toEqual({ state: 'ok', entry: entries[0], ancestors: [], children: [entries[2], entries[1]], documents: onePage })
    const [asViewer, where, page, limit] = documents.mock.calls[0]
    expect(asViewer).toBe(viewer)
    expect([page, limit]).toEqual([2, 20])
    expect(JSON.stringify(where)).toContain('{"workflowStatus":{"equals":"published"}}')
    expect(JSON.stringify(where)).toContain(`{"validUntil":{"greater_than":"${now.toISOString()}"}}`)
    expect(JSON.stringify(where)).toContain('{"ownerUnit":{"equals":"1"}}')
  })

  it('filters a topic page by the topic', async () => {
    const documents = vi.fn(async () => onePage)
    const state = await loadBrowseDetail(viewer, 'topics', '2', null, now, { list, documents })
    expect(state).toMatchObject({ state: 'ok', ancestors: [entries[0]] })
    expect(JSON.stringify(documents.mock.calls[0])).toContain('{"topics":{"in":["2"]}}')
  })

  it.each([undefined, '', 'abc', '0', '1 OR 1=1', '99'])('answers notFound for the id %s', async (id) => {
    expect(await loadBrowseDetail(viewer, 'units', id, null, now, { list, documents: async () => onePage })).toEqual({ state: 'notFound' })
  })

  it('still shows the unit when only its documents fail, and says the page is unavailable when the units fail', async () => {
    expect(await loadBrowseDetail(viewer, 'units', '2', null, now, { list, documents: throwing('upstream_failed') })).toMatchObject({ state: 'ok', documents: null })
    expect(await loadBrowseDetail(viewer, 'units', '2', null, now, { list: throwing('upstream_unreachable'), documents: async () => onePage })).toEqual({ state: 'unavailable' })
  })

  it('signs out an expired session from either call', async () => {
    expect((await loadBrowseDetail(viewer, 'units', '2', null, now, { list, documents: throwing('unauthenticated') })).state).toBe('unauthenticated')
    expect((await loadBrowseDetail(viewer, 'topics', '2', null, now, { list: throwing('unauthenticated'), documents: async () => onePage })).state).toBe('unauthenticated')
  })
})

describe('loadBrowseIndex', () => {
  it('builds the tree, and maps failures to states', async () => {
    const state = await loadBrowseIndex(viewer, 'units', list)
    expect(state.state === 'ok' && state.tree.map((node) => [node.id, node.children.map((child) => child.shortCode)])).toEqual([['1', ['50.1', '50.2']]])
    expect(await loadBrowseIndex(viewer, 'topics', throwing('upstream_failed'))).toEqual({ state: 'unavailable' })
    expect(await loadBrowseIndex(viewer, 'topics', throwing('unauthenticated'))).toEqual({ state: 'unauthenticated' })
  })
})
