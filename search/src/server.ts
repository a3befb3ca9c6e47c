import { MeilisearchRequestError } from 'meilisearch'
import pg from 'pg'
import { createSearchApp } from './api/createSearchApp.ts'
import { readSearchEnv } from './env.ts'
import { createMeiliClient } from './meiliClient.ts'
import { ensureIndex } from './settings/ensureIndex.ts'
import { OutboxWorker } from './sync/OutboxWorker.ts'

const env = readSearchEnv()
const pool = new pg.Pool({ connectionString: env.databaseUri, max: 5 })
pool.on('error', (error) => console.error(`search: postgres pool: ${error.message}`))
const meili = createMeiliClient(env.meiliUrl, env.meiliMasterKey)
const worker = new OutboxWorker({ pool, meili, indexUid: env.indexUid, log: (line) => console.error(`search: ${line}`) })

const server = createSearchApp({ meili, pool, worker, indexUid: env.indexUid, cmsUrl: env.cmsUrl }).listen(env.port, env.host, () =>
  console.log(`search: API on http://${env.host}:${env.port}`),
)

// The API answers from the index as it is while the settings are applied (minutes on a large index after a change);
// the worker starts after them. In production Meilisearch may come up after us: retry while it is unreachable only,
// so a slow settings task is awaited, never queued again.
for (let attempt = 1; ; attempt++) {
  try {
    await ensureIndex(meili, env.indexUid)
    break
  } catch (error) {
    if (!(error instanceof MeilisearchRequestError) || attempt >= 60) throw error
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}
worker.start()

const shutdown = async () => {
  server.close()
  await worker.stop()
  await pool.end()
  process.exit(0)
}
process.on('SIGTERM', shutdown)
process.on('SIGINT', shutdown)
