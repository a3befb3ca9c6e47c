import type { Meilisearch } from 'meilisearch'
import type pg from 'pg'
import { searchRecordId } from '../records/SearchRecord.ts'
import { foldOutboxRows, retryDelayMs, type OutboxRow } from './outboxBatch.ts'

export interface OutboxWorkerOptions {
  pool: pg.Pool
  meili: Meilisearch
  indexUid: string
  batchSize?: number
  pollIntervalMs?: number
  log?: (line: string) => void
}

export interface OutboxLag {
  pending: number
  failing: number
  oldestAgeMs: number
}

/**
 * Drains the CMS's `search_outbox` table into Meilisearch. Rows are locked (SKIP LOCKED, so several workers may run),
 * applied as one batch, and deleted only after Meilisearch reports the tasks succeeded; on failure they stay with
 * a backoff, so no update is ever lost.
 */
export class OutboxWorker {
  private timer: NodeJS.Timeout | undefined
  private running: Promise<void> | undefined
  private stopped = false
  private readonly batchSize: number
  private readonly pollIntervalMs: number

  constructor(private readonly options: OutboxWorkerOptions) {
    this.batchSize = options.batchSize ?? 500
    this.pollIntervalMs = options.pollIntervalMs ?? 200
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

  /** Processes batches until the outbox has nothing due; returns how many rows were applied. */
  async drain(): Promise<number> {
    let total = 0
    for (;;) {
      const applied = await this.processBatch()
      total += applied
      if (applied < this.batchSize) return total
    }
  }

  async lag(): Promise<OutboxLag> {
    const { rows } = await this.options.pool.query<{ pending: string; failing: string; oldest: Date | null }>(
      'SELECT count(*) AS pending, count(*) FILTER (WHERE attempts > 0) AS failing, min(created_at) AS oldest FROM search_outbox',
    )
    const row = rows[0]
    return { pending: Number(row.pending), failing: Number(row.failing), oldestAgeMs: row.oldest ? Date.now() - row.oldest.getTime() : 0 }
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

  private async processBatch(): Promise<number> {
    const client = await this.options.pool.connect()
    try {
      await client.query('BEGIN')
      const { rows } = await client.query<OutboxRow>(
        `SELECT id, document_id, op, record, attempts FROM search_outbox
          WHERE available_at IS NULL OR available_at <= now()
          ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.batchSize],
      )
      if (rows.length === 0) {
        await client.query('COMMIT')
        return 0
      }
      const ids = rows.map((row) => row.id)
      try {
        await this.apply(rows)
        await client.query('DELETE FROM search_outbox WHERE id = ANY($1::int[])', [ids])
      } catch (error) {
        const attempts = Math.max(...rows.map((row) => Number(row.attempts))) + 1
        await client.query(
          `UPDATE search_outbox SET attempts = attempts + 1, last_error = $2,
             available_at = now() + ($3 || ' milliseconds')::interval, updated_at = now()
           WHERE id = ANY($1::int[])`,
          [ids, String((error as Error).message).slice(0, 2000), String(retryDelayMs(attempts))],
        )
        await client.query('COMMIT')
        throw error
      }
      await client.query('COMMIT')
      return rows.length
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {})
      throw error
    } finally {
      client.release()
    }
  }

  private async apply(rows: OutboxRow[]): Promise<void> {
    const batch = foldOutboxRows(rows)
    const index = this.options.meili.index(this.options.indexUid)
    const tasks = []
    if (batch.deletes.length) tasks.push(index.deleteDocuments(batch.deletes.map(searchRecordId)))
    if (batch.upserts.length) tasks.push(index.addDocuments(batch.upserts, { primaryKey: 'id' }))
    for (const task of tasks) {
      const done = await task.waitTask({ timeout: 30_000, interval: 10 })
      if (done.status !== 'succeeded') throw new Error(`Meilisearch task ${done.uid} ${done.status}: ${done.error?.message ?? ''}`)
    }
  }
}
