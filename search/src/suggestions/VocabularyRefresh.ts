import type pg from 'pg'
import { refreshVocabulary } from './refreshVocabulary.ts'

/**
 * Keeps `search_vocabulary` up to date: checks every `intervalMs` (default 30 s) whether any document changed — a cheap
 * query — and rebuilds the vocabulary when one did. Suggestions may lag a new title by that long; they are hints.
 */
export class VocabularyRefresh {
  private seen: string | undefined
  private timer: NodeJS.Timeout | undefined
  private running: Promise<void> | undefined

  constructor(private readonly options: { pool: pg.Pool; intervalMs?: number; log: (line: string) => void }) {}

  /** Rebuilds the vocabulary when the documents changed since the last call. */
  async refresh(): Promise<void> {
    const { rows } = await this.options.pool.query<{ signature: string }>(`SELECT count(*) || '/' || coalesce(max(updated_at)::text, '') AS signature FROM documents`)
    if (rows[0].signature === this.seen) return
    await refreshVocabulary(this.options.pool)
    this.seen = rows[0].signature
  }

  start(): void {
    const tick = () => {
      this.running = this.refresh()
        .catch((error: Error) => this.options.log(`vocabulary: ${error.message} (retrying)`))
        .finally(() => {
          if (this.running) this.timer = setTimeout(tick, this.options.intervalMs ?? 30_000)
        })
    }
    tick()
  }

  async stop(): Promise<void> {
    clearTimeout(this.timer)
    const running = this.running
    this.running = undefined
    await running
    clearTimeout(this.timer)
  }
}
