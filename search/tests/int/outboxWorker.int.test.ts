import type { AddressInfo } from 'node:net'
import { buildViewer } from '@lotse/domain/testing'
import { MeilisearchTaskTimeOutError, type Meilisearch } from 'meilisearch'
import pg from 'pg'
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest'
import { createSearchApp } from '../../src/api/createSearchApp.ts'
import { searchDocuments } from '../../src/api/searchDocuments.ts'
import { MeiliCircuit } from '../../src/fallback/MeiliCircuit.ts'
import { createMeiliClient } from '../../src/meiliClient.ts'
import { buildRecord } from '../support/buildRecord.ts'
import { createFilesTable } from '../support/filesTable.ts'
import { createOutboxTable } from '../support/outboxTable.ts'
import { ownDatabase } from '../support/ownDatabase.ts'
import { ensureIndex } from '../../src/settings/ensureIndex.ts'
import { OutboxWorker } from '../../src/sync/OutboxWorker.ts'

const indexUid = `outbox_test_${Date.now()}`
const pool = new pg.Pool({ connectionString: await ownDatabase(inject('databaseUri'), 'search_outbox_worker_test') })
const meili = createMeiliClient(inject('meiliUrl'), inject('meiliMasterKey'))
const staff = buildViewer()

const record = (documentId: string, title: string) => buildRecord(documentId, { title, body: `${title} Textkörper` })

async function enqueue(documentId: string, op: 'upsert' | 'delete', title = 'Titel', overrides: Record<string, unknown> = {}) {
  await pool.query('INSERT INTO search_outbox (document_id, op, record) VALUES ($1, $2, $3)', [
    documentId,
    op,
    op === 'upsert' ? JSON.stringify({ ...record(documentId, title), ...overrides }) : null,
  ])
}

/** Makes every row due now, as if all backoffs had passed. */
const allDue = () => pool.query('UPDATE search_outbox SET available_at = now() WHERE available_at IS NOT NULL')

/**
 * A client on the real Meilisearch whose `addDocuments` first runs `before` (e.g. waits for a gate) and can stand for
 * a task that outlives its wait (`timesOut`): the call shape both the worker and the tests rely on (`….waitTask()`).
 */
function interceptedMeili(before: () => Promise<void>, timesOut = false): Meilisearch {
  const client = createMeiliClient(inject('meiliUrl'), inject('meiliMasterKey'))
  const index = client.index.bind(client)
  client.index = ((uid: string) => {
    const real = index(uid)
    const addDocuments = real.addDocuments.bind(real)
    real.addDocuments = ((documents, options) => ({
      waitTask: async (wait?: object) => {
        await before()
        const task = await addDocuments(documents, options)
        if (timesOut) throw new MeilisearchTaskTimeOutError(task.taskUid, 1)
        return addDocuments(documents, options).waitTask(wait)
      },
    })) as typeof real.addDocuments
    return real
  })
  return client
}

/** The title the index holds for a document (null: not indexed). */
const indexed = (documentId: string) =>
  meili.index<{ title: string }>(indexUid).getDocument(`documents-${documentId}`).then((doc) => doc.title, () => null)

const titles = async (q: string) => (await searchDocuments(meili, indexUid, staff, { q, limit: 20, offset: 0, validity: 'current' })).hits.map((hit) => hit.title)

beforeAll(async () => {
  await createOutboxTable(pool)
  await createFilesTable(pool)
  await ensureIndex(meili, indexUid)
})
beforeEach(() => pool.query('DELETE FROM search_outbox'))
afterAll(async () => {
  await meili.deleteIndex(indexUid).waitTask()
  await pool.end()
})

describe('OutboxWorker', () => {
  const worker = new OutboxWorker({ pool, meili, indexUid })

  it('applies upserts and deletes in order and empties the outbox', async () => {
    await enqueue('1', 'upsert', 'Gleitzeitregelung alt')
    await enqueue('2', 'upsert', 'Reisekostenrichtlinie')
    await enqueue('1', 'upsert', 'Gleitzeitregelung neu')
    expect(await worker.drain()).toBe(2) // document 1's older row is discarded unapplied
    expect(await titles('Gleitzeitregelung')).toEqual(['Gleitzeitregelung neu'])

    await enqueue('2', 'delete')
    await worker.drain()
    expect(await titles('Reisekostenrichtlinie')).toEqual([])
    expect((await worker.lag()).pending).toBe(0)
  })

  it('keeps every row with a backoff when Meilisearch is unreachable, and catches up later', async () => {
    const offline = new OutboxWorker({ pool, meili: createMeiliClient('http://127.0.0.1:9', 'x'), indexUid })
    await enqueue('3', 'upsert', 'Dienstreiseantrag')
    await expect(offline.drain()).rejects.toThrow()
    const { rows } = await pool.query('SELECT attempts, last_error, available_at > now() AS delayed FROM search_outbox')
    expect(rows).toEqual([{ attempts: '1', last_error: expect.any(String), delayed: true }])
    expect(await worker.lag()).toMatchObject({ pending: 1, failing: 1 })

    await pool.query('UPDATE search_outbox SET available_at = now()')
    expect(await worker.drain()).toBe(1)
    expect(await titles('Dienstreiseantrag')).toEqual(['Dienstreiseantrag'])
  })

  it('lets two workers drain concurrently without applying a row twice', async () => {
    for (let i = 0; i < 50; i++) await enqueue(`c${i}`, 'upsert', `Paralleltest ${i}`)
    const other = new OutboxWorker({ pool, meili, indexUid, batchSize: 10 })
    const [a, b] = await Promise.all([worker.drain(), other.drain()])
    expect(a + b).toBe(50)
    expect((await searchDocuments(meili, indexUid, staff, { q: 'Paralleltest', limit: 100, offset: 0, validity: 'current' })).estimatedTotalHits).toBe(50)
  })
})

describe('OutboxWorker: the index converges to the latest committed state', () => {
  const worker = new OutboxWorker({ pool, meili, indexUid })
  const offline = new OutboxWorker({ pool, meili: createMeiliClient('http://127.0.0.1:9', 'x'), indexUid })

  it('never lets a failed batch, retried later, overwrite a newer row of the same document', async () => {
    await enqueue('o1', 'upsert', 'Ordnungstest alt')
    await expect(offline.drain()).rejects.toThrow()
    await enqueue('o1', 'upsert', 'Ordnungstest neu')
    await worker.drain()
    await allDue()
    await worker.drain()
    expect(await indexed('o1')).toBe('Ordnungstest neu')
    expect((await worker.lag()).pending).toBe(0)
  })

  it('after a task timeout keeps the row, and does not re-apply it over a newer one', async () => {
    await enqueue('o2', 'upsert', 'Zeitlimittest alt')
    const slow = new OutboxWorker({ pool, meili: interceptedMeili(async () => {}, true), indexUid })
    await expect(slow.drain()).rejects.toThrow(/task/)
    expect((await worker.lag()).pending).toBe(1)
    await enqueue('o2', 'upsert', 'Zeitlimittest neu')
    await worker.drain()
    await allDue()
    await worker.drain()
    expect(await indexed('o2')).toBe('Zeitlimittest neu')
  })

  it('never has one document in flight in two workers: the older state cannot land last', async () => {
    let open!: () => void
    const gate = new Promise<void>((resolve) => (open = resolve))
    let entered!: () => void
    const inFlight = new Promise<void>((resolve) => (entered = resolve))
    const held = new OutboxWorker({ pool, meili: interceptedMeili(() => (entered(), gate)), indexUid })
    const other = new OutboxWorker({ pool, meili, indexUid })

    await enqueue('o3', 'upsert', 'Wettlauftest alt')
    const first = held.drain()
    await inFlight // worker 1 has the old state on its way to Meilisearch
    await enqueue('o3', 'upsert', 'Wettlauftest neu')
    const handledMeanwhile = await other.drain()
    open()
    await first
    await other.drain()
    expect(handledMeanwhile).toBe(0)
    expect(await indexed('o3')).toBe('Wettlauftest neu')
    expect((await worker.lag()).pending).toBe(0)
  })

  it('keeps a deleted document out of the index although an earlier update of it is retried', async () => {
    await enqueue('o4', 'upsert', 'Löschtest eins')
    await worker.drain()
    await enqueue('o4', 'upsert', 'Löschtest zwei')
    await expect(offline.drain()).rejects.toThrow()
    await enqueue('o4', 'delete')
    await worker.drain()
    await allDue()
    await worker.drain()
    expect(await indexed('o4')).toBeNull()
    expect((await worker.lag()).pending).toBe(0)
  })

  it('isolates a record Meilisearch refuses: the rest is indexed, the refused one leaves the index and shows in /health', async () => {
    await enqueue('p0', 'upsert', 'Giftsatz vorher')
    await worker.drain()
    await enqueue('p1', 'upsert', 'Giftsatz eins')
    await enqueue('p2', 'upsert', 'Giftsatz zwei')
    // e.g. raised to confidential, but the record is broken: its old, public state must not stay findable
    await enqueue('p0', 'upsert', 'Giftsatz kaputt', { id: 'documents p0 !' })
    await enqueue('p3', 'upsert', 'Giftsatz drei')
    const started = Date.now()
    expect(await worker.drain()).toBe(4)
    console.log(`poison record isolated in a batch of 4 in ${Date.now() - started} ms`)
    expect(await Promise.all(['p0', 'p1', 'p2', 'p3'].map(indexed))).toEqual([null, 'Giftsatz eins', 'Giftsatz zwei', 'Giftsatz drei'])

    const { rows } = await pool.query('SELECT document_id, attempts, available_at > now() AS delayed FROM search_outbox')
    expect(rows).toEqual([{ document_id: 'p0', attempts: '1', delayed: true }])
    const server = createSearchApp({ meili, pool, worker, indexUid, cmsUrl: 'http://127.0.0.1:9', circuit: new MeiliCircuit(() => meili.health()) }).listen(0, '127.0.0.1')
    await new Promise((resolve) => server.once('listening', resolve))
    try {
      const health = (await (await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}/health`)).json()) as { outbox: { rejected: unknown; pending: number } }
      expect(health.outbox.pending).toBe(0)
      expect(health.outbox.rejected).toEqual([{ documentId: 'p0', attempts: 1, error: expect.stringMatching(/invalid_document_id|document identifier/i) }])
    } finally {
      server.close()
    }

    // Later rows of other documents are not held up by it.
    await enqueue('p4', 'upsert', 'Giftsatz vier')
    expect(await worker.drain()).toBe(1)
    expect(await indexed('p4')).toBe('Giftsatz vier')
  })
})

describe('searchDocuments', () => {
  it('answers in the contract shape with escaped, highlighted snippets and facets', async () => {
    await enqueue('x1', 'upsert', 'Arbeitszeit <b>und</b> Gleitzeit')
    await new OutboxWorker({ pool, meili, indexUid }).drain()
    const result = await searchDocuments(meili, indexUid, staff, { q: 'Arbeitszeit', limit: 10, offset: 0, kind: 'directive', validity: 'current' })
    expect(result.hits[0]?.snippet).toMatch(/^<mark>Arbeitszeit<\/mark> &lt;b&gt;und&lt;\/b&gt; Gleit/)
    expect(result.hits[0]).toEqual({
      id: 'x1',
      title: 'Arbeitszeit <b>und</b> Gleitzeit',
      kind: 'directive',
      snippet: expect.any(String),
      url: '/documents/x1',
      sourcePath: null,
      orgUnit: null,
      validFrom: null,
      status: 'published',
      attachment: null,
    })
    expect(result.facets.kind).toMatchObject({ directive: expect.any(Number) })
  })

  it('finds nothing for a viewer without roles', async () => {
    expect((await searchDocuments(meili, indexUid, buildViewer({ roles: [] }), { q: '', limit: 10, offset: 0, validity: 'current' })).hits).toEqual([])
  })
})

describe('default search shows what is in force today', () => {
  it('leaves out expired, not yet valid, superseded and withdrawn documents unless asked for all', async () => {
    const now = Math.floor(Date.now() / 1000)
    const rows = [
      buildRecord('v1', { title: 'Geltungstest gültig', validFromTs: now - 86_400, validUntilTs: now + 86_400 }),
      buildRecord('v2', { title: 'Geltungstest abgelaufen', validUntilTs: now - 60 }),
      buildRecord('v3', { title: 'Geltungstest künftig', validFromTs: now + 86_400 }),
      buildRecord('v4', { title: 'Geltungstest ersetzt', status: 'superseded', workflowStatus: 'superseded' }),
      buildRecord('v5', { title: 'Geltungstest zurückgezogen', status: 'withdrawn', workflowStatus: 'withdrawn' }),
    ]
    await meili.index(indexUid).addDocuments(rows).waitTask()
    const titlesFor = async (validity: 'current' | 'all') =>
      (await searchDocuments(meili, indexUid, staff, { q: 'Geltungstest', limit: 10, offset: 0, validity })).hits.map((hit) => hit.title).sort()
    expect(await titlesFor('current')).toEqual(['Geltungstest gültig'])
    expect(await titlesFor('all')).toHaveLength(5)
  })
})
