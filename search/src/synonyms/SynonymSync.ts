import type { Meilisearch } from 'meilisearch'
import type pg from 'pg'
import { SETTINGS_TASK } from '../settings/ensureIndex.ts'
import { indexSynonyms } from './indexSynonyms.ts'
import { readStoredSynonyms } from './readStoredSynonyms.ts'

/**
 * Carries editors' synonym changes into the index within about a second, without a restart: polls the CMS table
 * (a cheap query on a small table) and updates the index's synonyms when it changed. Synonyms apply at query time,
 * so Meilisearch does not reindex documents for them.
 */
export class SynonymSync {
  private applied: string | undefined
  private timer: NodeJS.Timeout | undefined
  private running: Promise<void> | undefined

  constructor(private readonly options: { pool: pg.Pool; meili: Meilisearch; indexUid: string; intervalMs?: number; log: (line: string) => void }) {}

  /** Applies the stored synonyms when they changed since the last call. */
  async sync(): Promise<void> {
    const stored = await readStoredSynonyms(this.options.pool)
    if (stored.signature === this.applied) return
    const task = await this.options.meili.index(this.options.indexUid).updateSynonyms(indexSynonyms(stored.groups)).waitTask(SETTINGS_TASK)
    if (task.status !== 'succeeded') throw new Error(`updating the synonyms failed: ${task.error?.message ?? task.status}`)
    this.applied = stored.signature
  }

  start(): void {
    const tick = () => {
      this.running = this.sync()
        .catch((error: Error) => this.options.log(`synonyms: ${error.message} (retrying)`))
        .finally(() => {
          if (this.running) this.timer = setTimeout(tick, this.options.intervalMs ?? 1000)
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
