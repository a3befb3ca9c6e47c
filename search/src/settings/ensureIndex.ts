import type { Meilisearch } from 'meilisearch'
import { documentsIndexSettings } from './documentsIndexSettings.ts'

/** Creates the index when missing and applies the settings; idempotent, so it runs on every start. */
export async function ensureIndex(client: Meilisearch, uid: string): Promise<void> {
  const exists = await client.getIndex(uid).then(
    () => true,
    (error: { cause?: { code?: string } }) => {
      if (error.cause?.code === 'index_not_found') return false
      throw error
    },
  )
  if (!exists) await client.createIndex(uid, { primaryKey: 'id' }).waitTask()
  await client.index(uid).updateSettings(documentsIndexSettings).waitTask()
}
