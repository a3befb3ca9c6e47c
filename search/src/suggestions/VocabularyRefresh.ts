import type pg from 'pg'
import { Poller } from '../sync/Poller.ts'
import { refreshVocabulary } from './refreshVocabulary.ts'

/**
 * Keeps `search_vocabulary` up to date: checks every `intervalMs` (default 30 s) whether any document changed — a cheap
 * query — and rebuilds the vocabulary when one did. Suggestions may lag a new title by that long; they are hints.
 */
export class VocabularyRefresh {
  private seen: string | undefined
  private readonly poller: Poller

  constructor(private readonly options: { pool: pg.Pool; intervalMs?: number; log: (line: string) => void }) {
    this.poller = new Poller(() => this.refresh(), options.intervalMs ?? 30_000, (error) => options.log(`vocabulary: ${error.message} (retrying)`))
  }

  /** Rebuilds the vocabulary when the documents changed since the last call. */
  async refresh(): Promise<void> {
    const { rows } = await this.options.pool.query<{ signature: string }>(`SELECT count(*) || '/' || coalesce(max(updated_at)::text, '') AS signature FROM documents`)
    if (rows[0].signature === this.seen) return
    await refreshVocabulary(this.options.pool)
    this.seen = rows[0].signature
  }

  start(): void {
    this.poller.start()
  }

  stop(): Promise<void> {
    return this.poller.stop()
  }
}
