import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Dashboard } from '../../src/lib/dashboardClient.ts'
import { loadDashboardPage } from '../../src/lib/loadDashboardPage.ts'
import { percent } from '../../src/lib/percent.ts'
import { SiteError, type SiteErrorCode } from '../../src/lib/SiteError.ts'
import { unitLabeler } from '../../src/lib/unitLabeler.ts'
import type { Viewer } from '../../src/lib/Viewer.ts'

beforeEach(() => {
  vi.spyOn(console, 'error').mockImplementation(() => {})
})

const manager: Viewer = { id: '2', email: 'm@b', name: 'M', roles: ['manager'], orgUnit: '5', token: 't' }
const staff: Viewer = { ...manager, roles: ['staff'] }
const board: Dashboard = {
  allUnits: false,
  units: [],
  directives: { page: 1, pages: 0, total: 0, items: [] },
  review: { withinDays: 30, total: 0, items: [] },
  feedback: { total: 0, byKind: {}, items: [] },
  migration: { units: [], runs: [] },
}
const throwing = (code: SiteErrorCode) => async (): Promise<never> => {
  throw new SiteError(code, code)
}
const analytics = async () => ({ days: 30, searches: 3, noResults: [{ query: 'Fahrrad', count: 2 }], noClicks: [] })

describe('loadDashboardPage', () => {
  it('is forbidden for staff without asking the CMS', async () => {
    const dashboard = vi.fn(throwing('upstream_failed'))
    expect(await loadDashboardPage(staff, new URLSearchParams(), { dashboard })).toEqual({ state: 'forbidden' })
    expect(dashboard).not.toHaveBeenCalled()
  })

  it('renders the rest of the page when the search analytics are unavailable', async () => {
    const state = await loadDashboardPage(manager, new URLSearchParams(), { dashboard: async () => board, analytics: throwing('upstream_unreachable') })
    expect(state).toEqual({ state: 'ok', dashboard: board, analytics: null, detail: null })
  })

  it('passes the page and opens the detail of a directive; an unknown or malformed one is notFound', async () => {
    const dashboard = vi.fn(async () => board)
    const detail = vi.fn(throwing('not_found'))
    expect(await loadDashboardPage(manager, new URLSearchParams({ page: '3', document: '7' }), { dashboard, detail, analytics })).toMatchObject({ state: 'ok', detail: 'notFound', analytics: { searches: 3 } })
    expect(dashboard).toHaveBeenCalledWith(manager, 3)
    expect(detail).toHaveBeenCalledWith(manager, '7')
    detail.mockClear()
    expect(await loadDashboardPage(manager, new URLSearchParams({ document: '7 OR 1=1' }), { dashboard, detail, analytics })).toMatchObject({ detail: 'notFound' })
    expect(detail).not.toHaveBeenCalled()
  })

  it.each([
    ['forbidden', 'forbidden'],
    ['unauthenticated', 'unauthenticated'],
    ['upstream_unreachable', 'unavailable'],
    ['upstream_failed', 'unavailable'],
  ] as const)('maps a CMS %s to %s', async (code, expected) => {
    expect((await loadDashboardPage(manager, new URLSearchParams(), { dashboard: throwing(code), analytics })).state).toBe(expected)
  })
})

describe('dashboard figures', () => {
  it('rounds shares down, so that 100 % means everyone', () => {
    expect(percent(199, 200)).toBe(99)
    expect(percent(2, 2)).toBe(100)
    expect(percent(0, 0)).toBeNull()
  })

  it('labels units by name and short code', () => {
    const label = unitLabeler([{ id: '1', name: 'Wohngeld', shortCode: '50.2' }, { id: '2', name: 'Hauptamt', shortCode: 'Hauptamt' }])
    expect([label('1'), label('2'), label('9')]).toEqual(['Wohngeld (50.2)', 'Hauptamt', '9'])
  })
})
