import type { Meilisearch } from 'meilisearch'
import pg from 'pg'
import type { SearchRecord } from '../records/SearchRecord.ts'
import { randomUUID } from 'node:crypto'
import { indexedRecords } from '../chunks/indexedRecords.ts'
import { readAttachmentTexts } from '../chunks/readAttachmentTexts.ts'
import { ensureIndex } from '../settings/ensureIndex.ts'
import { indexSynonyms } from '../synonyms/indexSynonyms.ts'
import { readStoredSynonyms } from '../synonyms/readStoredSynonyms.ts'
import { REBUILD_LOCK } from './indexLocks.ts'

const TASK = { timeout: 600_000, interval: 50 }

/**
 * Full reindex without a gap and without losing edits: fills a fresh index (settings first), then swaps it with the
 * live one atomically, so searches see the old index until the new one is complete; the old one is deleted after the
 * swap. While it runs it holds the outbox's rebuild lock: the sync workers go on updating the live index but keep
 * every row they apply, and replay them into the rebuilt index once the lock is released — so an edit made while
 * `batches` was being read survives the swap. `batches` must read the database only when iterated (after the lock).
 */
export async function rebuildIndex(
  meili: Meilisearch,
  uid: string,
  batches: AsyncIterable<SearchRecord[]>,
  options: { databaseUri: string },
): Promise<{ documents: number }> {
  const lock = new pg.Client({ connectionString: options.databaseUri })
  await lock.connect()
  try {
    // Waits for the worker batches in flight, so that none of them deletes a row the rebuild has not read yet.
    await lock.query('SELECT pg_advisory_lock($1, $2)', [...REBUILD_LOCK])
    return await fillAndSwap(meili, uid, batches, indexSynonyms((await readStoredSynonyms(lock)).groups), lock)
  } finally {
    // Ending the session releases the lock: the workers then replay the rows kept meanwhile into the new index.
    await lock.end()
  }
}

async function fillAndSwap(
  meili: Meilisearch,
  uid: string,
  batches: AsyncIterable<SearchRecord[]>,
  synonyms: Record<string, string[]>,
  db: pg.Client,
): Promise<{ documents: number }> {
  const fresh = `${uid}_rebuild_${Date.now()}`
  const generation = randomUUID()
  await ensureIndex(meili, uid, synonyms)
  await ensureIndex(meili, fresh, synonyms)
  let documents = 0
  try {
    for await (const batch of batches) {
      if (batch.length === 0) continue
      const attachments = await readAttachmentTexts(db, batch.map((record) => record.documentId))
      const entries = batch.flatMap((record) => indexedRecords(record, attachments.get(record.documentId) ?? [], generation))
      const task = await meili.index(fresh).addDocuments(entries, { primaryKey: 'id' }).waitTask(TASK)
      if (task.status !== 'succeeded') throw new Error(`Indexing a batch failed: ${task.error?.message ?? task.status}`)
      documents += batch.length
    }
    const swap = await meili.swapIndexes([{ indexes: [uid, fresh], rename: false }]).waitTask(TASK)
    if (swap.status !== 'succeeded') throw new Error(`Swapping in the rebuilt index failed: ${swap.error?.message ?? swap.status}`)
  } finally {
    // After a swap `fresh` holds the old documents; after a failure, the half-built ones. Either way it goes.
    await meili.deleteIndex(fresh).waitTask(TASK)
  }
  return { documents }
}
