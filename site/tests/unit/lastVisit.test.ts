import { describe, expect, it } from 'vitest'
import { visitState } from '../../src/lib/lastVisit.ts'

const at = (iso: string) => new Date(iso)
const stamp = (iso: string) => String(at(iso).getTime() / 1000)

describe('visitState', () => {
  it('on a first visit looks 30 days back and remembers the page view', () => {
    const state = visitState(undefined, at('2026-12-03T08:00:00Z'))
    expect(state).toEqual({ previousVisit: null, since: at('2026-11-03T08:00:00Z'), cookie: `0.${stamp('2026-12-03T08:00:00Z')}` })
    // Pages of the same visit keep looking 30 days back.
    expect(visitState(state.cookie, at('2026-12-03T09:00:00Z')).previousVisit).toBeNull()
  })

  it('starts a new visit after four hours and compares with the one before, also on reload', () => {
    const monday = visitState(`0.${stamp('2026-11-30T16:00:00Z')}`, at('2026-12-01T08:00:00Z'))
    expect(monday.previousVisit).toEqual(at('2026-11-30T16:00:00Z'))
    expect(monday.since).toEqual(at('2026-11-30T16:00:00Z'))
    const reload = visitState(monday.cookie, at('2026-12-01T08:05:00Z'))
    expect(reload.since).toEqual(at('2026-11-30T16:00:00Z'))
    expect(reload.cookie).toBe(`${stamp('2026-11-30T16:00:00Z')}.${stamp('2026-12-01T08:05:00Z')}`)
  })

  it('treats unreadable or future values as a first visit', () => {
    const now = at('2026-12-03T08:00:00Z')
    for (const cookie of ['x', '1.2.3', `0.${stamp('2027-01-01T00:00:00Z')}`, '-5.-5', '']) expect(visitState(cookie, now).previousVisit).toBeNull()
  })
})
