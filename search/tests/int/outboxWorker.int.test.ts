import { buildViewer } from '@lotse/domain/testing'
import pg from 'pg'
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from 'vitest'
import { searchDocuments } from '../../src/api/searchDocuments.ts'
import { createMeiliClient } from '../../src/meiliClient.ts'
import { buildRecord } from '../support/buildRecord.ts'
import { ensureIndex } from '../../src/settings/ensureIndex.ts'
import { OutboxWorker } from '../../src/sync/OutboxWorker.ts'

// The outbox table as the CMS migration creates it: its columns are the contract between cms and search.
const OUTBOX_DDL = `CREATE TABLE IF NOT EXISTS search_outbox (
  id serial PRIMARY KEY, document_id varchar NOT NULL, op varchar NOT NULL, record jsonb,
  attempts numeric DEFAULT 0, last_error varchar, available_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now())`

const indexUid = `outbox_test_${Date.now()}`
const pool = new pg.Pool({ connectionString: inject('databaseUri') })
const meili = createMeiliClient(inject('meiliUrl'), inject('meiliMasterKey'))
const staff = buildViewer()

const record = (documentId: string, title: string) => buildRecord(documentId, { title, body: `${title} Textkörper` })

async function enqueue(documentId: string, op: 'upsert' | 'delete', title = 'Titel') {
  await pool.query('INSERT INTO search_outbox (document_id, op, record) VALUES ($1, $2, $3)', [
    documentId,
    op,
    op === 'upsert' ? JSON.stringify(record(documentId, title)) : null,
  ])
}

const titles = async (q: string) => (await searchDocuments(meili, indexUid, staff, { q, limit: 20, offset: 0, validity: 'current' })).hits.map((hit) => hit.title)

beforeAll(async () => {
  await pool.query(OUTBOX_DDL)
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
    expect(await worker.drain()).toBe(3)
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
