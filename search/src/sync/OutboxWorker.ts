import { MeilisearchApiError, MeilisearchTaskTimeOutError, type Meilisearch } from 'meilisearch'
import type pg from 'pg'
import { randomUUID } from 'node:crypto'
import { indexedRecords } from '../chunks/indexedRecords.ts'
import { readAttachmentTexts, type AttachmentText } from '../chunks/readAttachmentTexts.ts'
import { documentsFilter } from './documentsFilter.ts'
import { DOCUMENT_LOCK_SPACE, REBUILD_LOCK } from './indexLocks.ts'
import { foldOutboxRows, REJECTED, retryDelayMs, type OutboxRow } from './outboxBatch.ts'

export interface OutboxWorkerOptions {
  pool: pg.Pool
  meili: Meilisearch
  indexUid: string
  batchSize?: number
  pollIntervalMs?: number
  /** How long to wait for Meilisearch to process a batch before leaving its rows for a later attempt. */
  taskTimeoutMs?: number
  log?: (line: string) => void
}

export interface OutboxLag {
  /** Rows still to apply (refused records not counted: they are in `rejected`). */
  pending: number
  failing: number
  oldestAgeMs: number
  /** Documents whose record Meilisearch refused on its own: kept out of the index, retried with backoff. */
  rejected: Array<{ documentId: string; attempts: number; error: string }>
}

/** Meilisearch refused the records of a batch (not a transient failure): the batch is split to find the culprit. */
class RecordsRejected extends Error {}

/** A row parked during a rebuild: applied to the live index, to be applied again to the rebuilt one after the swap. */
const PARKED = `'infinity'::timestamptz`

/** Whether a row is due, by its `available_at` column; parked rows are due again once no rebuild runs (`$2`). */
const dueSql = (availableAt: string) => `(${availableAt} IS NULL OR ${availableAt} <= now() OR ($2 AND ${availableAt} = ${PARKED}))`

/**
 * Drains the CMS's `search_outbox` table into Meilisearch so that the index converges to the latest committed state
 * of every document, whatever fails and however many workers run:
 * - per document only the newest row is applied; older rows are discarded unapplied (the newest row carries the
 *   newest committed state: the CMS writes it in the transaction of the change);
 * - a worker applies a document only while it holds that document's advisory lock, so one document is never in
 *   flight in two workers, and Meilisearch (which runs tasks in the order they were enqueued) always receives a
 *   document's states oldest first;
 * - a row is deleted only after its task succeeded; after a failure or a timeout it stays (with a backoff) and is
 *   retried only while it is still its document's newest row;
 * - a record Meilisearch refuses is isolated by splitting its batch, its document is taken out of the index
 *   (an outdated entry must not stay findable), and it is reported in `lag().rejected` — the rest goes on.
 */
export class OutboxWorker {
  private timer: NodeJS.Timeout | undefined
  private running: Promise<void> | undefined
  private stopped = false
  private readonly batchSize: number
  private readonly pollIntervalMs: number
  private readonly taskTimeoutMs: number

  constructor(private readonly options: OutboxWorkerOptions) {
    this.batchSize = options.batchSize ?? 500
    this.pollIntervalMs = options.pollIntervalMs ?? 200
    this.taskTimeoutMs = options.taskTimeoutMs ?? 30_000
  }

  start(): void {
    this.stopped = false
    this.schedule(0)
  }

  async stop(): Promise<void> {
    this.stopped = true
    clearTimeout(this.timer)
    await this.running
  }

  /** Processes batches until the outbox has nothing due (or only documents other workers hold); returns the rows handled. */
  async drain(): Promise<number> {
    let total = 0
    for (;;) {
      const { candidates, handled } = await this.processBatch()
      total += handled
      if (candidates < this.batchSize || handled === 0) return total
    }
  }

  async lag(): Promise<OutboxLag> {
    const [{ rows: counts }, { rows: rejected }] = await Promise.all([
      // A refused record is reported, not pending: `npm start` waits for pending to reach 0.
      this.options.pool.query<{ pending: string; failing: string; oldest: Date | null }>(
        `SELECT count(*) FILTER (WHERE last_error IS NULL OR NOT starts_with(last_error, $1)) AS pending,
                count(*) FILTER (WHERE attempts > 0) AS failing, min(created_at) AS oldest FROM search_outbox`,
        [REJECTED],
      ),
      this.options.pool.query<{ document_id: string; attempts: string; last_error: string }>(
        'SELECT document_id, attempts, last_error FROM search_outbox WHERE starts_with(last_error, $1) ORDER BY id LIMIT 20',
        [REJECTED],
      ),
    ])
    const row = counts[0]
    return {
      pending: Number(row.pending),
      failing: Number(row.failing),
      oldestAgeMs: row.oldest ? Date.now() - row.oldest.getTime() : 0,
      rejected: rejected.map((r) => ({ documentId: r.document_id, attempts: Number(r.attempts), error: r.last_error.slice(REJECTED.length) })),
    }
  }

  private schedule(delayMs: number): void {
    if (this.stopped) return
    this.timer = setTimeout(() => {
      this.running = this.drain()
        .then(() => this.schedule(this.pollIntervalMs))
        .catch((error: Error) => {
          this.options.log?.(`outbox: ${error.message}`)
          this.schedule(Math.max(this.pollIntervalMs, 1000))
        })
    }, delayMs)
  }

  private async processBatch(): Promise<{ candidates: number; handled: number }> {
    const client = await this.options.pool.connect()
    try {
      await client.query('BEGIN')
      const { rows: lock } = await client.query<{ free: boolean }>('SELECT pg_try_advisory_xact_lock_shared($1, $2) AS free', [...REBUILD_LOCK])
      const rebuilding = !lock[0].free
      // The newest due row of each document.
      const { rows: candidates } = await client.query<{ document_id: string }>(
        `SELECT o.document_id FROM search_outbox o
          WHERE ${dueSql('o.available_at')}
            AND NOT EXISTS (SELECT 1 FROM search_outbox n WHERE n.document_id = o.document_id AND n.id > o.id)
          ORDER BY o.id LIMIT $1`,
        [this.batchSize, !rebuilding],
      )
      if (candidates.length === 0) {
        await client.query('COMMIT')
        return { candidates: 0, handled: 0 }
      }
      // Documents another worker has in flight are left to it.
      const { rows: locked } = await client.query<{ document_id: string }>(
        'SELECT document_id FROM unnest($1::varchar[]) AS document_id WHERE pg_try_advisory_xact_lock($2, hashtext(document_id))',
        [candidates.map((row) => row.document_id), DOCUMENT_LOCK_SPACE],
      )
      // Read again under the lock: another worker may have applied a document meanwhile, or a newer row committed.
      const { rows: newest } = await client.query<OutboxRow & { due: boolean }>(
        `SELECT DISTINCT ON (document_id) id, document_id, op, record, attempts,
                ${dueSql('available_at')} AS due
           FROM search_outbox WHERE document_id = ANY($1::varchar[]) ORDER BY document_id, id DESC`,
        [locked.map((row) => row.document_id), !rebuilding],
      )
      await client.query(
        `DELETE FROM search_outbox o USING unnest($1::varchar[], $2::int[]) AS n(document_id, id)
          WHERE o.document_id = n.document_id AND o.id < n.id`,
        [newest.map((row) => row.document_id), newest.map((row) => row.id)],
      )
      const due = newest.filter((row) => row.due).sort((a, b) => a.id - b.id)
      if (due.length === 0) {
        await client.query('COMMIT')
        return { candidates: candidates.length, handled: 0 }
      }

      let outcome: { applied: OutboxRow[]; rejected: Array<{ row: OutboxRow; error: string }> }
      try {
        outcome = await this.applyIsolating(due)
      } catch (error) {
        await this.markFailed(client, due, (error as Error).message)
        await client.query('COMMIT')
        throw error
      }
      const applied = outcome.applied.map((row) => row.id)
      // During a rebuild the index these rows went to is about to be replaced: keep them for a replay after the swap.
      if (rebuilding) await client.query(`UPDATE search_outbox SET available_at = ${PARKED}, attempts = 0, last_error = NULL WHERE id = ANY($1::int[])`, [applied])
      else await client.query('DELETE FROM search_outbox WHERE id = ANY($1::int[])', [applied])
      for (const { row, error } of outcome.rejected) {
        this.options.log?.(`outbox: document ${row.document_id} left out of the index: ${error}`)
        await this.markFailed(client, [row], REJECTED + error)
      }
      await client.query('COMMIT')
      return { candidates: candidates.length, handled: due.length }
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {})
      throw error
    } finally {
      client.release()
    }
  }

  private async markFailed(client: pg.PoolClient, rows: OutboxRow[], message: string): Promise<void> {
    await client.query(
      `UPDATE search_outbox o SET attempts = o.attempts + 1, last_error = $3,
         available_at = clock_timestamp() + n.delay * interval '1 millisecond', updated_at = now()
        FROM unnest($1::int[], $2::int[]) AS n(id, delay) WHERE o.id = n.id`,
      [rows.map((row) => row.id), rows.map((row) => retryDelayMs(Number(row.attempts) + 1)), message.slice(0, 2000)],
    )
  }

  /** Applies rows; when Meilisearch refuses records, halves the batch until each refused record stands alone. */
  private async applyIsolating(rows: OutboxRow[]): Promise<{ applied: OutboxRow[]; rejected: Array<{ row: OutboxRow; error: string }> }> {
    try {
      await this.apply(rows)
      return { applied: rows, rejected: [] }
    } catch (error) {
      if (!(error instanceof RecordsRejected)) throw error
      if (rows.length === 1) {
        // Fail closed: whatever the index held for this document is older than the refused state.
        await this.apply([{ ...rows[0], op: 'delete', record: null }])
        return { applied: [], rejected: [{ row: rows[0], error: error.message }] }
      }
      const half = Math.ceil(rows.length / 2)
      const [first, second] = [await this.applyIsolating(rows.slice(0, half)), await this.applyIsolating(rows.slice(half))]
      return { applied: [...first.applied, ...second.applied], rejected: [...first.rejected, ...second.rejected] }
    }
  }

  private async apply(rows: OutboxRow[]): Promise<void> {
    const batch = foldOutboxRows(rows)
    const index = this.options.meili.index(this.options.indexUid)
    // A document is several entries (its chunks): removal and clean-up go by document id, after the new entries.
    const generation = randomUUID()
    const attachments = batch.upserts.length ? await readAttachmentTexts(this.options.pool, batch.upserts.map((record) => record.documentId)) : new Map<string, AttachmentText[]>()
    const entries = batch.upserts.flatMap((record) => indexedRecords(record, attachments.get(record.documentId) ?? [], generation))
    const upserted = batch.upserts.map((record) => record.documentId)
    try {
      const tasks = []
      if (batch.deletes.length) tasks.push(index.deleteDocuments({ filter: documentsFilter(batch.deletes) }))
      if (entries.length) {
        tasks.push(index.addDocuments(entries, { primaryKey: 'id' }))
        tasks.push(index.deleteDocuments({ filter: `${documentsFilter(upserted)} AND generation != "${generation}"` }))
      }
      // Both requests are under way: when the first fails, the loop below stops before awaiting the second, whose
      // rejection must not go unhandled (Node ends the process on one — measured when Meilisearch was killed).
      for (const task of tasks) Promise.resolve(task).catch(() => {})
      for (const task of tasks) {
        const done = await task.waitTask({ timeout: this.taskTimeoutMs, interval: 10 })
        if (done.status !== 'succeeded') throw new RecordsRejected(`Meilisearch task ${done.uid} ${done.status}: ${done.error?.message ?? ''}`)
      }
    } catch (error) {
      if (error instanceof MeilisearchApiError && (error.response.status === 400 || error.response.status === 413)) {
        throw new RecordsRejected(error.message, { cause: error })
      }
      if (error instanceof MeilisearchTaskTimeOutError) {
        // The task may still succeed; the rows stay and are retried only while no newer row supersedes them.
        throw new Error(`Meilisearch did not finish task ${error.cause.taskUid} within ${this.taskTimeoutMs} ms; the rows stay queued`, { cause: error })
      }
      throw error
    }
  }
}
