import { beforeEach, describe, expect, it, vi } from 'vitest'
import { loadAcknowledgementsPage } from '../../src/lib/loadAcknowledgementsPage.ts'
import { loadHomePage } from '../../src/lib/loadHomePage.ts'
import { SiteError } from '../../src/lib/SiteError.ts'
import type { Viewer } from '../../src/lib/Viewer.ts'

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {})
})

const viewer: Viewer = { id: '4', email: 'staff@demo.lotse', name: 'Stefan Schulz', roles: ['staff'], orgUnit: '8', token: 't' }
const now = new Date('2026-12-03T08:00:00Z')
const since = new Date('2026-11-30T16:00:00Z')
const due = { id: '35', title: 'Datenschutz', kind: 'directive', versionLabel: '2.0', dueAt: new Date('2026-12-07T12:00:00Z'), overdue: false }

describe('loadHomePage', () => {
  it('asks for directives, service instructions and work aids published since the last visit, and what is in force in the own unit', async () => {
    const documents = vi.fn(async () => [])
    const state = await loadHomePage(viewer, since, now, { pending: async () => [due], documents, pinned: async () => [] })
    expect(state).toEqual({ state: 'ok', pending: { ok: true, items: [due] }, changed: { ok: true, items: [] }, ownUnit: { ok: true, items: [] }, pinned: { ok: true, items: [] } })
    const [[, changedWhere], [, unitWhere]] = documents.mock.calls as unknown as [unknown, unknown][]
    expect(JSON.stringify(changedWhere)).toContain('"publishedAt":{"greater_than":"2026-11-30T16:00:00.000Z"}')
    expect(JSON.stringify(changedWhere)).toContain('"kind":{"in":["directive","instruction","work-aid"]}')
    expect(JSON.stringify(unitWhere)).toContain('"ownerUnit":{"equals":"8"}')
    expect(JSON.stringify(unitWhere)).toContain('"validUntil":{"greater_than":"2026-12-03T08:00:00.000Z"}')
  })

  it('shows the other parts when one fails, and has no own-unit part without a unit', async () => {
    const failing = async (): Promise<never> => {
      throw new SiteError('upstream_failed', 'x')
    }
    const state = await loadHomePage({ ...viewer, orgUnit: null }, since, now, { pending: failing, documents: async () => [], pinned: failing })
    expect(state).toEqual({ state: 'ok', pending: { ok: false }, changed: { ok: true, items: [] }, ownUnit: null, pinned: { ok: false } })
  })

  it('ends the session when the CMS no longer accepts the token', async () => {
    const expired = async (): Promise<never> => {
      throw new SiteError('unauthenticated', 'x')
    }
    expect(await loadHomePage(viewer, since, now, { pending: expired, documents: async () => [], pinned: async () => [] })).toEqual({ state: 'unauthenticated' })
  })
})

describe('loadAcknowledgementsPage', () => {
  it('lists open and done, or says it is unavailable', async () => {
    const done = [{ documentId: '23', title: 'Weisung', versionLabel: '2026', acknowledgedAt: now }]
    expect(await loadAcknowledgementsPage(viewer, { pending: async () => [due], done: async () => done })).toEqual({ state: 'ok', open: [due], done })
    const failing = async (): Promise<never> => {
      throw new SiteError('upstream_unreachable', 'x')
    }
    expect(await loadAcknowledgementsPage(viewer, { pending: failing, done: async () => done })).toEqual({ state: 'unavailable' })
  })
})
