import type { Meilisearch } from 'meilisearch'
import type pg from 'pg'
import { SETTINGS_TASK } from '../settings/ensureIndex.ts'
import { Poller } from '../sync/Poller.ts'
import { indexSynonyms } from './indexSynonyms.ts'
import { readStoredSynonyms } from './readStoredSynonyms.ts'

/**
 * Carries editors' synonym changes into the index within about a second, without a restart: polls the CMS table
 * (a cheap query on a small table) and updates the index's synonyms when it changed. Synonyms apply at query time,
 * so Meilisearch does not reindex documents for them.
 */
export class SynonymSync {
  private applied: string | undefined
  private readonly poller: Poller

  constructor(private readonly options: { pool: pg.Pool; meili: Meilisearch; indexUid: string; intervalMs?: number; log: (line: string) => void }) {
    this.poller = new Poller(() => this.sync(), options.intervalMs ?? 1000, (error) => options.log(`synonyms: ${error.message} (retrying)`))
  }

  /** Applies the stored synonyms when they changed since the last call. */
  async sync(): Promise<void> {
    const stored = await readStoredSynonyms(this.options.pool)
    if (stored.signature === this.applied) return
    const task = await this.options.meili.index(this.options.indexUid).updateSynonyms(indexSynonyms(stored.groups)).waitTask(SETTINGS_TASK)
    if (task.status !== 'succeeded') throw new Error(`updating the synonyms failed: ${task.error?.message ?? task.status}`)
    this.applied = stored.signature
  }

  start(): void {
    this.poller.start()
  }

  stop(): Promise<void> {
    return this.poller.stop()
  }
}
