import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { pruneSearchLog, SearchLog } from '@lotse/search'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { OrgUnit } from '../../src/payload-types.ts'
import { buildDocument, buildOrgUnit, buildUser } from './factories.ts'
import { getTestPayload } from './getTestPayload.ts'
import { loginAs } from './restClient.ts'
import { startSearchService, type SearchService } from './searchService.ts'

// Search analytics: every search is recorded with its unit (never the person), clicks through the API, and the
// report follows the access rules: managers see their units (and sub-units), editors and admins all, staff nothing.
let payload: Payload
let service: SearchService
let unit: OrgUnit
let subUnit: OrgUnit
let otherUnit: OrgUnit
const tokens = { staff: '', subStaff: '', otherStaff: '', manager: '', editor: '', otherManager: '' }
// Only this file's searches use these words (the log is shared by the files of a run).
const word = 'wegweiserbericht'
const NOTHING = 'qqxjvwzkpf'
let documentId = 0

const sql = <T extends object>(text: string, params: unknown[] = []) => (payload.db as unknown as PostgresAdapter).pool.query<T>(text, params).then((r) => r.rows)
const api = (path: string, token: string, init: RequestInit = {}) =>
  fetch(`${service.url}${path}`, { ...init, headers: { Authorization: `JWT ${token}`, 'content-type': 'application/json', ...init.headers } })

/** Searches and waits until the search is recorded (recording does not delay the answer). */
async function search(who: keyof typeof tokens, q: string): Promise<string> {
  const { body } = await service.search(tokens[who], { q })
  const { searchId } = body
  for (let i = 0; i < 50 && (await sql('SELECT 1 FROM search_log WHERE id = $1', [searchId])).length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20))
  return searchId
}

const report = async (who: keyof typeof tokens, days = '30') => {
  const response = await api(`/analytics/searches?days=${days}`, tokens[who])
  return { status: response.status, body: (await response.json()) as { searches: number; topQueries: { query: string; count: number }[]; noResults: { query: string; count: number }[]; noClicks: { query: string; count: number }[] } }
}
const queriesIn = (list: { query: string; count: number }[]) => Object.fromEntries(list.filter((entry) => entry.query.includes(word) || entry.query === NOTHING).map((entry) => [entry.query, entry.count]))

beforeAll(async () => {
  payload = await getTestPayload()
  // Other test files search through the API on the same database: an editor's top list (all units) would be theirs.
  await sql('DELETE FROM search_clicks')
  await sql('DELETE FROM search_log')
  unit = await buildOrgUnit(payload)
  subUnit = await buildOrgUnit(payload, { parent: unit.id })
  otherUnit = await buildOrgUnit(payload)
  const login = async (roles: Parameters<typeof buildUser>[1], data: Parameters<typeof buildUser>[2]) => loginAs((await buildUser(payload, roles, data)).email)
  tokens.staff = await login(['staff'], { orgUnit: unit.id })
  tokens.subStaff = await login(['staff'], { orgUnit: subUnit.id })
  tokens.otherStaff = await login(['staff'], { orgUnit: otherUnit.id })
  tokens.manager = await login(['manager'], { orgUnit: unit.id, managerOf: [unit.id] })
  tokens.otherManager = await login(['manager'], { orgUnit: otherUnit.id, managerOf: [otherUnit.id] })
  tokens.editor = await login(['editor'], { orgUnit: otherUnit.id })
  documentId = (await buildDocument(payload, { title: "Wegweiserbericht Treffer" })).id
  service = await startSearchService(payload)
  await service.worker.drain()
}, 120_000)
afterAll(async () => {
  await service?.stop()
  await payload.destroy()
})

describe('search analytics', () => {
  it('records a search with the normalised query, filters, result count, latency and unit — never the person', async () => {
    const searchId = await search('staff', '  Wegweiserbericht   Treffer ')
    const [row] = await sql<Record<string, unknown>>('SELECT * FROM search_log WHERE id = $1', [searchId])
    expect(row).toEqual({
      id: searchId,
      searched_at: expect.any(Date),
      query: `${word} treffer`,
      filters: {},
      results: 1,
      latency_ms: expect.any(Number),
      degraded: false,
      org_unit_id: unit.id,
    })
  })

  it('records clicks on results of a recorded search, and refuses unknown searches and bad input', async () => {
    const searchId = await search('subStaff', word)
    expect((await api('/analytics/clicks', tokens.subStaff, { method: 'POST', body: JSON.stringify({ searchId, documentId }) })).status).toBe(204)
    expect(await sql('SELECT document_id FROM search_clicks WHERE search_id = $1', [searchId])).toEqual([{ document_id: documentId }])
    const unknown = { searchId: '00000000-0000-4000-8000-000000000000', documentId }
    expect((await api('/analytics/clicks', tokens.subStaff, { method: 'POST', body: JSON.stringify(unknown) })).status).toBe(404)
    expect((await api('/analytics/clicks', tokens.subStaff, { method: 'POST', body: JSON.stringify({ searchId: 'x', documentId }) })).status).toBe(400)
    expect((await api('/analytics/clicks', '', { method: 'POST', body: JSON.stringify({ searchId, documentId }) })).status).toBe(401)
  })

  it('reports top queries, queries without results and without clicks, by the access rules', async () => {
    await search('staff', NOTHING)
    await search('staff', NOTHING)
    await search('otherStaff', `${word} woanders`)

    expect((await report('staff')).status).toBe(403)
    expect((await report('subStaff')).status).toBe(403)

    // The manager of the unit: its searches and its sub-unit's, not the other unit's.
    const manager = (await report('manager')).body
    expect(queriesIn(manager.topQueries)).toEqual({ [NOTHING]: 2, [`${word} treffer`]: 1, [word]: 1 })
    expect(queriesIn(manager.noResults)).toEqual({ [NOTHING]: 2 })
    expect(queriesIn(manager.noClicks)).toEqual({ [`${word} treffer`]: 1 }) // the sub-unit's search was clicked

    expect(queriesIn((await report('otherManager')).body.topQueries)).toEqual({ [`${word} woanders`]: 1 })
    const editor = (await report('editor')).body
    expect(queriesIn(editor.topQueries)).toEqual({ [NOTHING]: 2, [`${word} treffer`]: 1, [word]: 1, [`${word} woanders`]: 1 })
    expect(editor.searches).toBeGreaterThanOrEqual(5)
    expect((await report('editor', '0')).status).toBe(400)
  })

  it('removes searches older than the retention, with their clicks', async () => {
    const searchId = await search('subStaff', `${word} alt`)
    await api('/analytics/clicks', tokens.subStaff, { method: 'POST', body: JSON.stringify({ searchId, documentId }) })
    await sql(`UPDATE search_log SET searched_at = now() - interval '91 days' WHERE id = $1`, [searchId])
    expect(await pruneSearchLog((payload.db as unknown as PostgresAdapter).pool, 90)).toBeGreaterThanOrEqual(1)
    expect(await sql('SELECT 1 FROM search_log WHERE id = $1', [searchId])).toEqual([])
    expect(await sql('SELECT 1 FROM search_clicks WHERE search_id = $1', [searchId])).toEqual([])
    expect(queriesIn((await report('editor')).body.topQueries)).not.toHaveProperty(`${word} alt`)
  })

  it('records every search of a burst (written together), and a click sent right after its search', async () => {
    const burst = 'stapelprotokoll'
    const answers = await Promise.all(Array.from({ length: 60 }, () => service.search(tokens.staff, { q: burst })))
    expect(new Set(answers.map((answer) => answer.body.searchId)).size).toBe(60)
    // No waiting for the row: the click makes the API write the searches it holds first.
    const { body } = await service.search(tokens.subStaff, { q: `${burst} klick` })
    expect((await api('/analytics/clicks', tokens.subStaff, { method: 'POST', body: JSON.stringify({ searchId: body.searchId, documentId }) })).status).toBe(204)
    await vi.waitFor(async () => expect(await sql('SELECT count(*)::int AS n FROM search_log WHERE query = $1', [burst])).toEqual([{ n: 60 }]))
  })

  describe('while the database refuses the rows', () => {
    const pool = () => (payload.db as unknown as PostgresAdapter).pool
    // The real database behind a switch: refusing stands in for a database that is briefly away.
    const switchedPool = (state: { refusing: boolean }) =>
      ({ query: (text: string, params: unknown[]) => (state.refusing ? Promise.reject(new Error('connection refused')) : pool().query(text, params)) }) as unknown as ReturnType<typeof pool>
    const facts = (q: string) => ({ viewer: { id: '1', roles: ['staff' as const], orgUnit: String(unit.id), unitPath: [String(unit.id)], managerOf: [] }, query: { q, limit: 10, offset: 0, validity: 'current' as const }, results: 0, latencyMs: 3, degraded: false })

    it('keeps the searches and writes them once the database takes them again', async () => {
      const state = { refusing: true }
      const lines: string[] = []
      const log = new SearchLog(switchedPool(state), { flushAfterMs: 5, log: (line) => lines.push(line) })
      const ids = [log.record(facts('ausfallprobe eins')), log.record(facts('ausfallprobe zwei'))]
      await vi.waitFor(() => expect(lines.join('\n')).toContain('recording 2 search(es) for analytics failed'))
      expect(ids.every((id) => log.holds(id))).toBe(true)
      state.refusing = false
      await log.flush()
      expect((await sql<{ query: string }>('SELECT query FROM search_log WHERE id = ANY($1::uuid[]) ORDER BY query', [ids])).map((row) => row.query)).toEqual(['ausfallprobe eins', 'ausfallprobe zwei'])
    })

    it('holds a bounded number, dropping the oldest and saying so', async () => {
      const state = { refusing: true }
      const lines: string[] = []
      const log = new SearchLog(switchedPool(state), { flushAfterMs: 60_000, maxPending: 3, log: (line) => lines.push(line) })
      const ids = ['a', 'b', 'c', 'd', 'e'].map((letter) => log.record(facts(`haltegrenze ${letter}`)))
      expect(lines).toEqual(['search: the database takes no search analytics; 1 search(es) dropped so far'])
      state.refusing = false
      await log.flush()
      expect((await sql<{ query: string }>('SELECT query FROM search_log WHERE id = ANY($1::uuid[]) ORDER BY query', [ids])).map((row) => row.query)).toEqual(['haltegrenze c', 'haltegrenze d', 'haltegrenze e'])
    })
  })
})
