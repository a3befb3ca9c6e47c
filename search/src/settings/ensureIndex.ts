import type { Meilisearch } from 'meilisearch'
import { indexSynonyms } from '../synonyms/indexSynonyms.ts'
import { documentsIndexSettings } from './documentsIndexSettings.ts'

/**
 * How long to wait for a settings task: a changed setting makes Meilisearch re-index every document, which takes
 * minutes on a large index — far beyond the client's default of 5 s, after which a caller would re-queue the change.
 */
export const SETTINGS_TASK = { timeout: 30 * 60_000, interval: 200 } as const

/**
 * Creates the index when missing and applies the settings, with the synonyms (the starter list unless the stored
 * ones are passed, see synonyms/); idempotent, so it runs on every start.
 */
export async function ensureIndex(client: Meilisearch, uid: string, synonyms: Record<string, string[]> = indexSynonyms([])): Promise<void> {
  const exists = await client.getIndex(uid).then(
    () => true,
    (error: { cause?: { code?: string } }) => {
      if (error.cause?.code === 'index_not_found') return false
      throw error
    },
  )
  if (!exists) await client.createIndex(uid, { primaryKey: 'id' }).waitTask(SETTINGS_TASK)
  const task = await client.index(uid).updateSettings({ ...documentsIndexSettings, synonyms }).waitTask(SETTINGS_TASK)
  if (task.status !== 'succeeded') throw new Error(`Applying the settings of index ${uid} failed: ${task.error?.message ?? task.status}`)
}
