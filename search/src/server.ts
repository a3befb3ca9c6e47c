import { MeilisearchRequestError } from 'meilisearch'
import pg from 'pg'
import { pruneSearchLog } from './analytics/pruneSearchLog.ts'
import { SearchLog } from './analytics/SearchLog.ts'
import { createSearchApp } from './api/createSearchApp.ts'
import { readSearchEnv } from './env.ts'
import { MeiliCircuit } from './fallback/MeiliCircuit.ts'
import { createMeiliClient } from './meiliClient.ts'
import { ensureIndex } from './settings/ensureIndex.ts'
import { ensureSearchKey } from './settings/ensureSearchKey.ts'
import { VocabularyRefresh } from './suggestions/VocabularyRefresh.ts'
import { OutboxWorker } from './sync/OutboxWorker.ts'
import { indexSynonyms } from './synonyms/indexSynonyms.ts'
import { readStoredSynonyms } from './synonyms/readStoredSynonyms.ts'
import { SynonymSync } from './synonyms/SynonymSync.ts'

const env = readSearchEnv()
const pool = new pg.Pool({ connectionString: env.databaseUri, max: 5 })
pool.on('error', (error) => console.error(`search: postgres pool: ${error.message}`))
const meili = createMeiliClient(env.meiliUrl, env.meiliMasterKey)
const worker = new OutboxWorker({ pool, meili, indexUid: env.indexUid, log: (line) => console.error(`search: ${line}`) })
const synonyms = new SynonymSync({ pool, meili, indexUid: env.indexUid, log: (line) => console.error(`search: ${line}`) })
const vocabulary = new VocabularyRefresh({ pool, log: (line) => console.error(`search: ${line}`) })

/** Retries while Meilisearch is unreachable (in production it may come up after us); any other error is final. */
async function whenReachable<T>(step: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await step()
    } catch (error) {
      if (!(error instanceof MeilisearchRequestError) || attempt >= 60) throw error
      await new Promise((resolve) => setTimeout(resolve, 1000))
    }
  }
}

// Searches go out with a key that can only search; the master key stays with the worker and the index settings.
const searcher = createMeiliClient(env.meiliUrl, await whenReachable(() => ensureSearchKey(meili, env.indexUid)), { keepAlive: true })
// Probes with a search that returns nothing: the path real searches take, not just Meilisearch's /health.
const circuit = new MeiliCircuit((signal) => searcher.index(env.indexUid).search('', { limit: 0 }, { signal }), { log: (line) => console.error(`search: ${line}`) })
const searchLog = new SearchLog(pool, { log: (line) => console.error(line) })
const server = createSearchApp({ meili: searcher, pool, worker, indexUid: env.indexUid, cmsUrl: env.cmsUrl, circuit, searchLog }).listen(env.port, env.host, () =>
  console.log(`search: API on http://${env.host}:${env.port}`),
)

// The API answers from the index as it is while the settings are applied (minutes on a large index after a change);
// the worker starts after them. A slow settings task is awaited, never queued again.
await whenReachable(async () => ensureIndex(meili, env.indexUid, indexSynonyms((await readStoredSynonyms(pool)).groups)))
worker.start()
synonyms.start()
vocabulary.start()

// Search analytics older than the retention are removed at start and every hour.
const prune = () =>
  pruneSearchLog(pool, env.analyticsRetentionDays).catch((error: Error) => console.error(`search: removing old search analytics failed: ${error.message}`))
void prune()
const pruning = setInterval(() => void prune(), 60 * 60 * 1000).unref()

const shutdown = async () => {
  server.close()
  clearInterval(pruning)
  circuit.stop()
  await Promise.all([worker.stop(), synonyms.stop(), vocabulary.stop(), searchLog.flush()])
  await pool.end()
  process.exit(0)
}
const onSignal = () => {
  shutdown().catch((error: unknown) => {
    console.error('search: shutdown failed', error)
    process.exit(1)
  })
}
process.on('SIGTERM', onSignal)
process.on('SIGINT', onSignal)
