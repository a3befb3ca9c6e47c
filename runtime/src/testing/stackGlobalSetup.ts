import fs from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { freePort } from '../ports.ts'
import { startStack } from '../stack.ts'

/**
 * Vitest global setup of the end-to-end project: the whole stack exactly as `npm start` runs it (production builds,
 * embedded PostgreSQL and Meilisearch, demo content), on free ports in a temporary data directory.
 */
export default async function setup(project: TestProject) {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), 'lotse-e2e-'))
  await fs.chmod(dataDir, 0o755)
  const [postgres, meili, cms, search, site] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort()])
  const output: string[] = []
  const stack = await startStack({
    dataDir,
    ports: { postgres, meili, cms, search, site },
    log: (line) => console.log(`[e2e stack] ${line}`),
    serviceLog: (line) => {
      output.push(line)
      if (output.length > 200) output.shift()
      if (/error/i.test(line)) console.log(line)
    },
  })
  project.provide('stack', { siteUrl: stack.urls.site, cmsUrl: stack.urls.cms, searchUrl: stack.urls.search, dataDir })
  return async () => {
    await stack.stop()
    await fs.rm(dataDir, { recursive: true, force: true })
  }
}
