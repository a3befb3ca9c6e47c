import { buildViewer } from '@lotse/domain/testing'
import { buildSearchRecord, createMeiliClient, ensureIndex, searchDocuments, SynonymSync, withAnalysedFields } from '@lotse/search'
import type { Payload } from 'payload'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { buildDocument, buildUser } from './factories.ts'
import { getTestPayload } from './getTestPayload.ts'

const indexUid = `synonyms_test_${Date.now()}`
const meili = createMeiliClient(inject('meiliUrl'), inject('meiliMasterKey'))
const pool = new pg.Pool({ connectionString: inject('databaseUri') })
const sync = new SynonymSync({ pool, meili, indexUid, log: (line) => console.error(line) })
let payload: Payload

const titles = async (q: string) =>
  (await searchDocuments(meili, indexUid, buildViewer(), { q, limit: 10, offset: 0, validity: 'current' })).hits.map((hit) => hit.title)

/** Polls the search until `expected` holds or `withinMs` has passed; returns what it last saw. */
async function searchUntil(q: string, expected: (found: string[]) => boolean, withinMs: number): Promise<string[]> {
  const deadline = Date.now() + withinMs
  for (;;) {
    const found = await titles(q)
    if (expected(found) || Date.now() > deadline) return found
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

beforeAll(async () => {
  payload = await getTestPayload()
  await ensureIndex(meili, indexUid)
  const doc = await buildDocument(payload, { title: 'Richtlinie Poolfahrzeuge', summary: 'Buchung und Nutzung der Fahrzeuge des Amtes.' })
  await meili.index(indexUid).addDocuments([withAnalysedFields(buildSearchRecord(doc)!)]).waitTask()
  sync.start()
})
afterAll(async () => {
  await sync.stop()
  await pool.end()
  await meili.deleteIndex(indexUid).waitTask()
  await payload.destroy()
})

describe('synonyms editors keep in the CMS', () => {
  it('reach the search within two seconds of saving, and stop when removed, without a restart', async () => {
    const editor = await buildUser(payload, ['editor'])
    expect(await titles('Dienstwagen')).toEqual([])
    const group = await payload.create({ collection: 'search-synonyms', data: { terms: 'Dienstwagen, Poolfahrzeug' }, user: editor, overrideAccess: false })
    expect(await searchUntil('Dienstwagen', (found) => found.length > 0, 2000)).toEqual(['Richtlinie Poolfahrzeuge'])
    await payload.delete({ collection: 'search-synonyms', id: group.id, user: editor, overrideAccess: false })
    expect(await searchUntil('Dienstwagen', (found) => found.length === 0, 2000)).toEqual([])
  })

  it('work one way when a meaning is given', async () => {
    const editor = await buildUser(payload, ['editor'])
    await payload.create({ collection: 'search-synonyms', data: { terms: 'Fuhrpark', meaning: 'Poolfahrzeuge' }, user: editor, overrideAccess: false })
    expect(await searchUntil('Fuhrpark', (found) => found.length > 0, 2000)).toEqual(['Richtlinie Poolfahrzeuge'])
  })

  it('include the shipped starter list ("Hartz IV" finds "Bürgergeld")', async () => {
    const doc = await buildDocument(payload, { title: 'Arbeitshilfe Bürgergeld', summary: 'Leistungen nach dem SGB II.' })
    await meili.index(indexUid).addDocuments([withAnalysedFields(buildSearchRecord(doc)!)]).waitTask()
    expect(await titles('Hartz IV')).toEqual(['Arbeitshilfe Bürgergeld'])
  })

  it('are kept by editors and admins only, and a group needs two terms', async () => {
    const staff = await buildUser(payload, ['staff'])
    const editor = await buildUser(payload, ['editor'])
    await expect(payload.create({ collection: 'search-synonyms', data: { terms: 'a, b' }, user: staff, overrideAccess: false })).rejects.toThrow(/not allowed|keine Berechtigung/i)
    await expect(payload.find({ collection: 'search-synonyms', user: staff, overrideAccess: false })).rejects.toThrow(/not allowed|keine Berechtigung/i)
    await expect(payload.create({ collection: 'search-synonyms', data: { terms: 'Dienstwagen' }, user: editor, overrideAccess: false })).rejects.toMatchObject({
      data: { errors: [{ path: 'terms', message: expect.stringMatching(/zwei Begriffe/) }] },
    })
  })
})
