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

// In production the index may come up after us: retry for a while before giving up with the last error.
for (let attempt = 1; ; attempt++) {
  try {
    await ensureIndex(meili, env.indexUid)
    break
  } catch (error) {
    if (attempt >= 60) throw error
    await new Promise((resolve) => setTimeout(resolve, 1000))
  }
}
worker.start()
const server = createSearchApp({ meili, pool, worker, indexUid: env.indexUid, cmsUrl: env.cmsUrl }).listen(env.port, env.host, () =>
  console.log(`search: API on http://${env.host}:${env.port}`),
)

const shutdown = async () => {
  server.close()
  await worker.stop()
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
