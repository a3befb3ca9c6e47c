import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { lexical } from '../../src/scripts/seed/lexical.ts'
import type { Document } from '../../src/payload-types.ts'
import { buildDocument, buildOrgUnit, buildUser } from './factories.ts'
import { getTestPayload } from './getTestPayload.ts'
import { loginAs } from './restClient.ts'
import { startSearchService, type SearchBody, type SearchService } from './searchService.ts'

// Degraded mode end to end: the search API on a real Meilisearch that is killed, frozen and started again, answering
// from PostgreSQL meanwhile — the same documents for the same people, marked `degraded: true`.
let payload: Payload
let service: SearchService
const tokens: Record<'owner' | 'other' | 'editor', string> = { owner: '', other: '', editor: '' }
const docs: Record<string, Document> = {}
let ownerCode = ''
const mine = () => new Set(Object.values(docs).map((doc) => String(doc.id)))

const until = async (what: string, check: () => Promise<boolean>, ms = 20_000) => {
  const end = Date.now() + ms
  while (!(await check())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

/** The ids of this file's documents a person finds, and the whole answer. */
async function find(who: keyof typeof tokens, q: string, params: Record<string, string> = {}): Promise<{ ids: string[]; body: SearchBody }> {
  const { status, body } = await service.search(tokens[who], { q, limit: '100', ...params })
  expect(status).toBe(200)
  return { ids: body.hits.map((hit) => hit.id).filter((id) => mine().has(id)).sort(), body }
}

/** What every person finds for each query: the Meilisearch and the PostgreSQL answers must equal it. */
const QUERIES = ['Dienstreise', 'Reisekosten Dienstreise', 'Straße', 'Gleitzeit']
async function everything() {
  const answers: Record<string, string[]> = {}
  for (const who of Object.keys(tokens) as (keyof typeof tokens)[]) {
    for (const q of QUERIES) answers[`${who}: ${q}`] = (await find(who, q)).ids
    answers[`${who}: Dienstreise (all)`] = (await find(who, 'Dienstreise', { validity: 'all' })).ids
  }
  return answers
}

beforeAll(async () => {
  payload = await getTestPayload()
  const [owner, other] = [await buildOrgUnit(payload), await buildOrgUnit(payload)]
  ownerCode = owner.shortCode
  const users = {
    owner: await buildUser(payload, ['staff'], { orgUnit: owner.id }),
    other: await buildUser(payload, ['staff'], { orgUnit: other.id }),
    editor: await buildUser(payload, ['editor'], { orgUnit: other.id }),
  }
  for (const who of Object.keys(users) as (keyof typeof users)[]) tokens[who] = await loginAs(users[who].email)
  const base = { ownerUnit: owner.id, kind: 'directive' as const }
  docs.open = await buildDocument(payload, { ...base, title: 'Dienstreise und Reisekosten', body: lexical('Wer eine Dienstreise antritt, beantragt sie vorher.') })
  docs.confidential = await buildDocument(payload, { ...base, title: 'Dienstreise Vorstand', classification: 'confidential' })
  docs.ownersOnly = await buildDocument(payload, { ...base, title: 'Dienstreise intern', audienceUnits: [owner.id] })
  docs.draft = await buildDocument(payload, { ...base, title: 'Dienstreise Entwurf', _status: 'draft' })
  docs.expired = await buildDocument(payload, { ...base, title: 'Dienstreise alt', validFrom: '2020-01-01T00:00:00.000Z', validUntil: '2021-01-01T00:00:00.000Z' })
  docs.withdrawn = await buildDocument(payload, { ...base, title: 'Dienstreise zurückgezogen', workflowStatus: 'withdrawn' })
  docs.hostile = await buildDocument(payload, {
    ...base,
    kind: 'work-aid',
    title: 'Straßenreinigung im Café',
    summary: 'Reinigung <img src=x onerror=alert(1)> der Straße & mehr',
    body: lexical('Gleitzeit gilt auch in der Straßenreinigung.'),
  })
  service = await startSearchService(payload)
  await service.worker.drain()
  service.worker.start()
}, 120_000)
afterAll(async () => {
  await service?.stop()
  await payload.destroy()
})

describe('degraded mode', () => {
  let normal: Record<string, string[]>

  it('answers from Meilisearch while it is up, without the degraded flag', async () => {
    const { body } = await find('other', 'Dienstreise')
    expect(body.degraded).toBeUndefined()
    expect((await service.health()).mode).toBe('normal')
    normal = await everything()
    // The rule decides, not the index: a sanity check of the expected answers on both paths.
    expect(normal['owner: Dienstreise']).toEqual([docs.open, docs.confidential, docs.ownersOnly].map((doc) => String(doc.id)).sort())
    expect(normal['other: Dienstreise']).toEqual([String(docs.open.id)])
    expect(normal['other: Dienstreise (all)']).toEqual([docs.open, docs.expired, docs.withdrawn].map((doc) => String(doc.id)).sort())
  })

  it('answers from PostgreSQL once Meilisearch is killed: same documents for every person, marked degraded, /health says so', async () => {
    await service.killMeilisearch()
    const { body } = await find('owner', 'Dienstreise')
    expect(body.degraded).toBe(true)
    expect(await service.health()).toMatchObject({ mode: 'degraded', meilisearch: 'down' })
    expect(await everything()).toEqual(normal)
  })

  it('keeps the response contract in degraded mode: hit fields, escaped snippets with marks, facets, counts', async () => {
    const { body } = await find('other', 'Straße', { kind: 'work-aid' })
    const hit = body.hits.find((candidate) => candidate.id === String(docs.hostile.id))!
    expect(hit).toEqual({
      id: String(docs.hostile.id),
      title: 'Straßenreinigung im Café',
      kind: 'work-aid',
      snippet: expect.any(String),
      url: `/documents/${docs.hostile.id}`,
      sourcePath: null,
      orgUnit: ownerCode,
      validFrom: null,
      status: 'published',
      attachment: null,
    })
    expect(hit.snippet).toContain('<mark>Straße</mark>')
    expect(hit.snippet).not.toMatch(/<(?!\/?mark>)/)
    expect(body.facets.kind).toMatchObject({ 'work-aid': expect.any(Number) })
    expect(body.estimatedTotalHits).toBeGreaterThanOrEqual(body.hits.length)
    expect(typeof body.processingTimeMs).toBe('number')
    // Filters by unit work as on the normal path (the unit's display label).
    expect((await find('other', 'Dienstreise', { orgUnit: ownerCode })).ids).toEqual([String(docs.open.id)])
    expect((await find('other', 'Dienstreise', { orgUnit: 'no such unit' })).ids).toEqual([])
  })

  it('folds spellings in degraded mode: ss for ß, e for é', async () => {
    expect((await find('other', 'Strasse')).ids).toEqual([String(docs.hostile.id)])
    expect((await find('other', 'Cafe')).ids).toEqual([String(docs.hostile.id)])
  })

  it('finds a document published while Meilisearch is down, and the index catches up once it is back', async () => {
    docs.late = await buildDocument(payload, { ownerUnit: docs.open.ownerUnit as number, title: 'Dienstreise nachgereicht' })
    const late = String(docs.late.id)
    expect((await find('other', 'nachgereicht')).ids).toEqual([late])

    await service.restartMeilisearch()
    await until('the circuit to close', async () => (await service.health()).mode === 'normal')
    await until('the outbox to catch up', async () => (await service.health()).outbox.pending === 0, 60_000)
    const { ids, body } = await find('other', 'nachgereicht')
    expect(body.degraded).toBeUndefined()
    expect(ids).toEqual([late])
  })

  it('goes degraded when Meilisearch hangs (no answer within 2 s) and back when it answers again', async () => {
    service.freezeMeilisearch()
    try {
      const { ids, body } = await find('other', 'Dienstreise')
      expect(body.degraded).toBe(true)
      expect(ids).toEqual(normal['other: Dienstreise'].concat(String(docs.late.id)).sort())
      expect((await service.health()).mode).toBe('degraded')
    } finally {
      service.thawMeilisearch()
    }
    await until('the circuit to close', async () => (await service.health()).mode === 'normal')
    expect((await find('other', 'Dienstreise')).body.degraded).toBeUndefined()
  })
})
