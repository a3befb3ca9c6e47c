import pg from 'pg'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { createMeiliClient } from '../../src/meiliClient.ts'
import type { SearchRecord } from '../../src/records/SearchRecord.ts'
import { OutboxWorker } from '../../src/sync/OutboxWorker.ts'
import { rebuildIndex } from '../../src/sync/rebuildIndex.ts'
import { buildRecord } from '../support/buildRecord.ts'
import { createFilesTable } from '../support/filesTable.ts'
import { createOutboxTable } from '../support/outboxTable.ts'
import { ownDatabase } from '../support/ownDatabase.ts'

const databaseUri = await ownDatabase(inject('databaseUri'), 'search_rebuild_test')
const pool = new pg.Pool({ connectionString: databaseUri })
const meili = createMeiliClient(inject('meiliUrl'), inject('meiliMasterKey'))
const uid = `rebuild_${Date.now()}`
const record = (n: number, title: string) => buildRecord(n, { title, kind: 'policy' })
async function* batchesOf(records: SearchRecord[], size: number) {
  for (let i = 0; i < records.length; i += size) {
    await new Promise((resolve) => setTimeout(resolve, 20))
    yield records.slice(i, i + size)
  }
}
const count = async () => (await meili.index(uid).search('', { limit: 0 })).estimatedTotalHits
const indexed = (n: number) => meili.index<SearchRecord>(uid).getDocument(`documents-${n}`).then((doc) => doc.title, () => null)

beforeAll(async () => {
  await createOutboxTable(pool)
  await createFilesTable(pool)
  await pool.query('DELETE FROM search_outbox')
})
afterAll(async () => {
  await meili.deleteIndex(uid).waitTask()
  await pool.end()
})

describe('rebuildIndex', () => {
  it('replaces the index atomically: searches never see it empty or half-built', async () => {
    await rebuildIndex(meili, uid, batchesOf([1, 2, 3].map((n) => record(n, `Alt ${n}`)), 10), { databaseUri })
    expect(await count()).toBe(3)

    const fresh = Array.from({ length: 500 }, (_, n) => record(n, `Neu ${n}`))
    const seen: number[] = []
    let running = true
    const watcher = (async () => {
      while (running) seen.push((await count()) ?? -1)
    })()
    const { documents } = await rebuildIndex(meili, uid, batchesOf(fresh, 50), { databaseUri })
    running = false
    await watcher
    expect(documents).toBe(500)
    expect(await count()).toBe(500)
    expect(seen.length).toBeGreaterThan(3)
    expect(seen.every((n) => n === 3 || n === 500)).toBe(true)
    expect((await meili.getIndexes({ limit: 1000 })).results.map((index) => index.uid).filter((name) => name.startsWith(`${uid}_rebuild_`))).toEqual([])
  })

  it('keeps the edits made while it runs: the worker keeps the live index fresh, and the rebuilt one gets them too', async () => {
    const worker = new OutboxWorker({ pool, meili, indexUid: uid })
    // The "database": what the CMS has committed, read page by page as cms/src/scripts/reindex.ts does.
    const stored = new Map(Array.from({ length: 100 }, (_, n) => [n, `Bestand ${n}`]))
    const edit = async (n: number, title: string | null) => {
      if (title === null) stored.delete(n)
      else stored.set(n, title)
      await pool.query('INSERT INTO search_outbox (document_id, op, record) VALUES ($1, $2, $3)', [
        String(n),
        title === null ? 'delete' : 'upsert',
        title === null ? null : JSON.stringify(record(n, title)),
      ])
    }
    const liveDuringRebuild: Array<string | null> = []
    async function* fromDatabase() {
      for (let from = 0; from < 100; from += 20) {
        yield [...stored].filter(([n]) => n >= from && n < from + 20).map(([n, title]) => record(n, title))
        if (from === 40) {
          // Edits to pages already read (0, 1), to one not read yet (90), and a deletion (2); the worker syncs them.
          await edit(0, 'Bearbeitet null')
          await edit(1, 'Bearbeitet eins')
          await edit(90, 'Bearbeitet neunzig')
          await edit(2, null)
          await worker.drain()
          liveDuringRebuild.push(await indexed(0), await indexed(2))
        }
      }
    }
    await rebuildIndex(meili, uid, fromDatabase(), { databaseUri })
    const started = Date.now()
    await worker.drain()
    console.log(`rebuild: ${4} edits made during the rebuild replayed into the new index in ${Date.now() - started} ms`)

    expect(liveDuringRebuild).toEqual(['Bearbeitet null', null])
    expect(await Promise.all([0, 1, 2, 90, 3].map(indexed))).toEqual(['Bearbeitet null', 'Bearbeitet eins', null, 'Bearbeitet neunzig', 'Bestand 3'])
    expect(await count()).toBe(99)
    expect((await worker.lag()).pending).toBe(0)
  })
})
