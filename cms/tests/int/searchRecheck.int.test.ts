import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Document, OrgUnit } from '../../src/payload-types.ts'
import { buildDocument, buildOrgUnit, buildUser, unique } from './factories.ts'
import { getTestPayload } from './getTestPayload.ts'
import { loginAs } from './restClient.ts'
import { startSearchService, type SearchService } from './searchService.ts'

// Defence in depth against index lag: with the sync worker stopped, the index still holds the old state of a document
// whose access was just revoked; the API's re-check of each page against the database must keep it from showing.
let payload: Payload
let service: SearchService
let owner: OrgUnit
let other: OrgUnit
const tokens = { owner: '', other: '' }
const word = unique('Revisionsfall').replace(/[^A-Za-z0-9]/g, '')

const sql = <T extends object>(text: string, params: unknown[] = []) => (payload.db as unknown as PostgresAdapter).pool.query<T>(text, params).then((r) => r.rows)
const outboxRows = (id: number) => sql<{ op: string; record: Record<string, unknown> | null }>('SELECT op, record FROM search_outbox WHERE document_id = $1 ORDER BY id', [String(id)])
const indexed = (id: number) => service.meili.index(service.indexUid).getDocument(`documents-${id}`).then((doc) => doc as Record<string, unknown>, () => null)

async function finds(who: keyof typeof tokens, doc: Document, params: Record<string, string> = {}): Promise<boolean> {
  const { status, body } = await service.search(tokens[who], { q: word, limit: '100', ...params })
  expect(status).toBe(200)
  return body.hits.some((hit) => hit.id === String(doc.id))
}

/** A document of the owner unit, indexed, that the other unit's staff find (the starting point of every case). */
async function indexedDocument(data: Parameters<typeof buildDocument>[1] = {}): Promise<Document> {
  const doc = await buildDocument(payload, { ownerUnit: owner.id, title: `${word} ${unique('Fall')}`, ...data })
  await service.worker.drain()
  expect(await finds('other', doc)).toBe(true)
  return doc
}

const update = (doc: Document, data: Partial<Document>, context: Record<string, unknown> = {}) =>
  payload.update({ collection: 'documents', id: doc.id, data, overrideAccess: true, context })

beforeAll(async () => {
  payload = await getTestPayload()
  ;[owner, other] = [await buildOrgUnit(payload), await buildOrgUnit(payload)]
  tokens.owner = await loginAs((await buildUser(payload, ['staff'], { orgUnit: owner.id })).email)
  tokens.other = await loginAs((await buildUser(payload, ['staff'], { orgUnit: other.id })).email)
  service = await startSearchService(payload)
  await service.worker.drain() // the worker is never started: the index lags behind every change below
}, 120_000)
afterAll(async () => {
  await service?.stop()
  await payload.destroy()
})

describe('page re-check against the database', () => {
  it('hides a document raised to confidential before the index knows, and still shows it to its owning unit', async () => {
    const doc = await indexedDocument()
    await update(doc, { classification: 'confidential' })
    expect(await indexed(doc.id)).toMatchObject({ classification: 'internal' }) // the index is behind
    expect(await finds('other', doc)).toBe(false)
    expect(await finds('other', doc, { validity: 'all' })).toBe(false)
    expect(await finds('owner', doc)).toBe(true)
    // The CMS queued the change itself: the re-check adds nothing to the queue.
    expect((await outboxRows(doc.id)).map((row) => row.op)).toEqual(['upsert'])
  })

  it('hides a document whose audience no longer names the unit', async () => {
    const doc = await indexedDocument({ audienceUnits: [other.id] })
    await update(doc, { audienceUnits: [owner.id] })
    expect(await indexed(doc.id)).toMatchObject({ audienceUnits: [String(other.id)] })
    expect(await finds('other', doc)).toBe(false)
    expect(await finds('owner', doc)).toBe(true)
  })

  it('hides an unpublished document from everyone, and a withdrawn one from what is in force', async () => {
    const unpublished = await indexedDocument()
    await update(unpublished, { _status: 'draft' })
    expect(await indexed(unpublished.id)).not.toBeNull()
    expect(await finds('other', unpublished)).toBe(false)
    expect(await finds('owner', unpublished, { validity: 'all' })).toBe(false)

    const withdrawn = await indexedDocument()
    await update(withdrawn, { workflowStatus: 'withdrawn' })
    expect(await finds('other', withdrawn)).toBe(false)
    expect(await finds('other', withdrawn, { validity: 'all' })).toBe(true) // withdrawn stays readable, with its banner
  })

  it('queues a document again when its index entry is outdated and no queued change would fix it', async () => {
    // Changes whose outbox rows never arrived (the hook skipped): only the re-check notices.
    const [raised, deleted] = [await indexedDocument(), await indexedDocument()]
    await update(raised, { classification: 'confidential', title: `${word} neu` }, { skipSearchSync: true })
    await payload.delete({ collection: 'documents', id: deleted.id, overrideAccess: true, context: { skipSearchSync: true } })
    expect(await outboxRows(raised.id)).toEqual([])

    expect(await finds('other', raised)).toBe(false)
    expect(await finds('other', deleted)).toBe(false)
    const queued = async () => [...(await outboxRows(raised.id)), ...(await outboxRows(deleted.id))]
    for (let i = 0; i < 50 && (await queued()).length < 2; i++) await new Promise((resolve) => setTimeout(resolve, 100))
    expect(await outboxRows(raised.id)).toEqual([{ op: 'upsert', record: expect.objectContaining({ classification: 'confidential', title: `${word} neu`, ownerUnit: String(owner.id) }) }])
    expect(await outboxRows(deleted.id)).toEqual([{ op: 'delete', record: null }])

    await service.worker.drain()
    expect(await indexed(raised.id)).toMatchObject({ classification: 'confidential', title: `${word} neu`, orgUnit: owner.shortCode })
    expect(await indexed(deleted.id)).toBeNull()
    expect(await finds('owner', raised)).toBe(true)
  })

  it('queues the same record the CMS hook builds', async () => {
    const doc = await indexedDocument({ audienceRoles: ['staff'], validFrom: '2024-01-01T00:00:00.000Z', summary: 'Zusammenfassung', body: undefined })
    await update(doc, { classification: 'confidential' })
    const [fromHook] = await outboxRows(doc.id)
    await sql('DELETE FROM search_outbox WHERE document_id = $1', [String(doc.id)]) // lost, as far as the index knows
    expect(await finds('other', doc)).toBe(false)
    for (let i = 0; i < 50 && (await outboxRows(doc.id)).length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 100))
    expect(await outboxRows(doc.id)).toEqual([fromHook])
  })
})
