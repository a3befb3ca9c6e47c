import { buildSearchRecord, indexedRecords } from '@lotse/search'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { lexical } from '../../src/scripts/seed/lexical.ts'
import type { Document, OrgUnit } from '../../src/payload-types.ts'
import { buildDocument, buildOrgUnit, unique } from './factories.ts'
import { getTestPayload } from './getTestPayload.ts'
import { startSearchService, type SearchService } from './searchService.ts'

// No lost updates: Meilisearch is killed (SIGKILL) in the middle of 1,000 edits through the CMS and started again
// later; once the outbox is drained, the index must hold exactly the stored published state of every document.
const EDITS = 1_000
const KILL_AT = 300
const RESTART_AT = 700

let payload: Payload
let service: SearchService
let units: OrgUnit[]

/** A small seeded generator (mulberry32): the same edit sequence on every run. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

beforeAll(async () => {
  payload = await getTestPayload()
  units = [await buildOrgUnit(payload), await buildOrgUnit(payload), await buildOrgUnit(payload)]
  service = await startSearchService(payload)
  service.worker.start()
}, 120_000)
afterAll(async () => {
  await service?.stop()
  await payload.destroy()
})

describe('no lost updates', () => {
  it(`the index equals the database after ${EDITS} edits with Meilisearch killed at edit ${KILL_AT} and back at ${RESTART_AT}`, async () => {
    const everCreated = new Set<number>()
    const counts: Record<string, number> = {}
    const edit = (id: number, data: Partial<Document>, draft = false) => payload.update({ collection: 'documents', id, data, draft, overrideAccess: true })
    let done = 0
    let outage: Promise<void> = Promise.resolve()

    /** One of several concurrent editors, each on documents of its own (as people edit different documents at once). */
    const lane = async (seed: number) => {
      const next = random(seed)
      const pick = <T,>(items: readonly T[]): T => items[Math.floor(next() * items.length)]
      const live: number[] = []
      while (done < EDITS) {
        const i = done++
        if (i === KILL_AT) outage = service.killMeilisearch()
        if (i === RESTART_AT) outage = outage.then(() => service.restartMeilisearch())
        const op = live.length < 5 || next() < 0.15 ? 'create' : pick(['text', 'text', 'draft', 'audience', 'classification', 'unpublish', 'republish', 'status', 'delete'] as const)
        counts[op] = (counts[op] ?? 0) + 1
        const id = live.length ? pick(live) : 0
        switch (op) {
          case 'create': {
            const published = next() < 0.8
            const doc = await buildDocument(payload, {
              title: unique('Kill'),
              ownerUnit: pick(units).id,
              body: lexical(`Absatz ${i}`),
              ...(published ? {} : { _status: 'draft' }),
            })
            live.push(doc.id)
            everCreated.add(doc.id)
            break
          }
          case 'text':
            await edit(id, { title: unique('Kill'), summary: `Fassung ${i}`, body: lexical(`Neu ${i}`), _status: 'published' })
            break
          case 'draft': // a draft over the published state: the index keeps the published one
            await edit(id, { title: unique('Entwurf'), _status: 'draft' }, true)
            break
          case 'audience':
            await edit(id, { audienceUnits: next() < 0.3 ? [] : [pick(units).id], audienceRoles: next() < 0.3 ? ['manager'] : [] })
            break
          case 'classification':
            await edit(id, { classification: pick(['public', 'internal', 'confidential'] as const) })
            break
          case 'unpublish':
            await edit(id, { _status: 'draft' })
            break
          case 'republish':
            await edit(id, { _status: 'published', workflowStatus: 'published' })
            break
          case 'status':
            await edit(id, { workflowStatus: pick(['withdrawn', 'published'] as const), validUntil: next() < 0.5 ? null : '2030-01-01T00:00:00.000Z', _status: 'published' })
            break
          case 'delete':
            await payload.delete({ collection: 'documents', id, overrideAccess: true })
            live.splice(live.indexOf(id), 1)
            break
        }
      }
    }

    const started = Date.now()
    await Promise.all([1, 2, 3, 4].map((lane_) => lane(20261203 + lane_)))
    await outage
    const edited = Date.now()

    // The worker catches up by itself (its backoff after the failures is the only wait).
    for (;;) {
      const health = await service.health()
      if (health.outbox.pending === 0) break
      expect(Date.now() - edited).toBeLessThan(60_000)
      await new Promise((resolve) => setTimeout(resolve, 200))
    }
    const caughtUp = Date.now()

    const ids = [...everCreated]
    const stored = await payload.find({ collection: 'documents', where: { id: { in: ids } }, draft: false, depth: 1, pagination: false, overrideAccess: true })
    // What the worker stores as the document's entry: the record the CMS queues, with the fields it adds (the
    // generation differs per write and is left out of the comparison; these documents have no further chunks).
    const expected = new Map(stored.docs.map((doc) => {
      const record = buildSearchRecord(doc)
      return [String(doc.id), record && withoutGeneration(indexedRecords(record, [], '')[0])]
    }))
    const { results } = await service.meili.index(service.indexUid).getDocuments({ filter: `documentId IN [${ids.map((id) => `"${id}"`).join(',')}]`, limit: 10_000 })
    const indexed = new Map(results.map((record) => [String(record.documentId), withoutGeneration(record)]))

    const missing = ids.filter((id) => expected.get(String(id)) && !indexed.has(String(id)))
    const stale = ids.filter((id) => expected.get(String(id)) && indexed.has(String(id)) && JSON.stringify(sorted(indexed.get(String(id)))) !== JSON.stringify(sorted(expected.get(String(id)))))
    const shouldBeGone = ids.filter((id) => !expected.get(String(id)) && indexed.has(String(id)))
    console.log(
      `no lost updates: ${EDITS} edits (${JSON.stringify(counts)}) in ${((edited - started) / 1000).toFixed(1)} s, caught up ${((caughtUp - edited) / 1000).toFixed(1)} s later; ` +
        `${ids.length} documents, ${[...expected.values()].filter(Boolean).length} expected in the index, ${indexed.size} indexed; ` +
        `missing ${missing.length}, stale ${stale.length}, should be gone ${shouldBeGone.length}`,
    )
    expect(service.logs.some((line) => line.startsWith('outbox: '))).toBe(true) // the kill did hit the worker
    expect({ missing, stale, shouldBeGone }).toEqual({ missing: [], stale: [], shouldBeGone: [] })
    expect(indexed.size).toBeGreaterThan(20)
  }, 180_000)
})

/** A record with its keys in order, for comparing whole records. */
const withoutGeneration = (entry: object) => Object.fromEntries(Object.entries(entry).filter(([key]) => key !== 'generation'))
const sorted = (record: object | null | undefined) => record && Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)))
