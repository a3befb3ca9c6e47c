import type { Meilisearch } from 'meilisearch'
import type { SearchRecord } from '../records/SearchRecord.ts'
import { ensureIndex } from '../settings/ensureIndex.ts'

const TASK = { timeout: 600_000, interval: 50 }

/**
 * Full reindex without a gap: fills a fresh index (settings first), then swaps it with the live one atomically,
 * so searches see the old index until the new one is complete; the old one is deleted after the swap.
 */
export async function rebuildIndex(meili: Meilisearch, uid: string, batches: AsyncIterable<SearchRecord[]>): Promise<{ documents: number }> {
  const fresh = `${uid}_rebuild_${Date.now()}`
  await ensureIndex(meili, uid)
  await ensureIndex(meili, fresh)
  let documents = 0
  try {
    for await (const batch of batches) {
      if (batch.length === 0) continue
      const task = await meili.index(fresh).addDocuments(batch, { primaryKey: 'id' }).waitTask(TASK)
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
