import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { startMeilisearch } from '../meilisearch.ts'
import { freePort } from '../ports.ts'
import { startPostgres } from '../postgres.ts'

export interface TestServices {
  databaseUri: string
  meiliUrl: string
  meiliMasterKey: string
  stop(): Promise<void>
}

/** A throwaway PostgreSQL and Meilisearch on free ports in a temporary directory, removed again by `stop()`. */
export async function startTestServices(): Promise<TestServices> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'lotse-test-'))
  await fs.chmod(dir, 0o755) // as root, postgres runs as its own user and must enter this directory
  const meiliMasterKey = 'test-master-key-0123456789abcdef'
  const [postgres, meili] = await Promise.all([
    freePort().then((port) => startPostgres({ dataDir: path.join(dir, 'postgres'), port, database: 'lotse_test', password: 'test', ephemeral: true })),
    freePort().then((port) => startMeilisearch({ dataDir: path.join(dir, 'meili'), port, masterKey: meiliMasterKey })),
  ])
  return {
    databaseUri: postgres.uri,
    meiliUrl: meili.url,
    meiliMasterKey,
    async stop() {
      await Promise.allSettled([meili.stop(), postgres.stop()])
      await fs.rm(dir, { recursive: true, force: true })
    },
  }
}
