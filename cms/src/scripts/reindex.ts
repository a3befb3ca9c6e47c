import { buildSearchRecord, createMeiliClient, rebuildIndex, type SearchRecord } from '@lotse/search'
import { getPayload } from 'payload'
import { env } from '../env.ts'
import config from '../payload.config.ts'

/**
 * `npm run reindex`: rebuilds the search index from the CMS and swaps it in atomically (search never goes empty).
 * Reads every document as stored — its published state — as trusted server code. Edits saved meanwhile are kept:
 * the sync worker replays them into the new index after the swap (see `rebuildIndex`).
 */
const { MEILI_URL, MEILI_MASTER_KEY, MEILI_INDEX } = process.env
if (!MEILI_URL || !MEILI_MASTER_KEY) {
  console.error('reindex: set MEILI_URL and MEILI_MASTER_KEY (npm start prints them; the embedded key is in .data/secrets.json)')
  process.exit(2)
}
const payload = await getPayload({ config })
try {
  async function* batches(): AsyncGenerator<SearchRecord[]> {
    for (let page = 1; ; page++) {
      const result = await payload.find({ collection: 'documents', draft: false, depth: 1, limit: 200, page, sort: 'id', overrideAccess: true })
      yield result.docs.map(buildSearchRecord).filter((record): record is SearchRecord => record !== null)
      if (!result.hasNextPage) return
    }
  }
  const started = Date.now()
  const { documents } = await rebuildIndex(createMeiliClient(MEILI_URL, MEILI_MASTER_KEY), MEILI_INDEX || 'documents', batches(), {
    databaseUri: env.databaseUri,
  })
  payload.logger.info(`reindex: ${documents} documents indexed and swapped in, in ${((Date.now() - started) / 1000).toFixed(1)} s`)
} finally {
  await payload.destroy()
}
