import type { SearchRecord } from '../records/SearchRecord.ts'

export interface OutboxRow {
  id: number
  document_id: string
  op: 'upsert' | 'delete'
  record: SearchRecord | null
  attempts: number
}

export interface IndexBatch {
  upserts: SearchRecord[]
  deletes: string[]
}

/**
 * Folds outbox rows (in id order) into one batch: for each document only its last operation counts,
 * so a create-edit-delete burst costs Meilisearch one delete. An upsert without a record fails closed (delete).
 */
export function foldOutboxRows(rows: OutboxRow[]): IndexBatch {
  const last = new Map<string, OutboxRow>()
  for (const row of rows) {
    last.delete(row.document_id) // keep insertion order = order of the latest operation
    last.set(row.document_id, row)
  }
  const batch: IndexBatch = { upserts: [], deletes: [] }
  for (const row of last.values()) {
    if (row.op === 'upsert' && row.record) batch.upserts.push(row.record)
    else batch.deletes.push(row.document_id)
  }
  return batch
}

/** How `last_error` marks a row whose record Meilisearch refused on its own (reported by `/health`). */
export const REJECTED = 'rejected by Meilisearch: '

/** Exponential backoff for a failed batch: 1 s, 2 s, 4 s … capped at 5 minutes. */
export function retryDelayMs(attempts: number): number {
  return Math.min(1000 * 2 ** Math.max(0, attempts - 1), 300_000)
}
