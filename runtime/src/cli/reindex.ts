import path from 'node:path'
import { readStackEnv, repoRoot } from '../env.ts'
import { embeddedPostgresUri } from '../postgres.ts'
import { loadOrCreateSecrets } from '../secrets.ts'
import { runToCompletion } from '../service.ts'

/**
 * `npm run reindex`: rebuilds the search index from the CMS database of a running stack. On the embedded default it
 * finds the servers and keys where `npm start` put them; with DATABASE_URI / MEILI_URL set it uses those.
 */
const env = readStackEnv()
const secrets = await loadOrCreateSecrets(env.dataDir)
const bin = path.join(repoRoot, 'node_modules', '.bin')
try {
  await runToCompletion({
    name: 'reindex',
    command: path.join(bin, 'payload'),
    args: ['run', 'src/scripts/reindex.ts'],
    cwd: path.join(repoRoot, 'cms'),
    env: {
      ...process.env,
      PATH: `${bin}${path.delimiter}${process.env.PATH}`,
      DATABASE_URI: env.databaseUri ?? embeddedPostgresUri(secrets.postgresPassword, env.ports.postgres, 'lotse'),
      MEILI_URL: env.meiliUrl ?? `http://127.0.0.1:${env.ports.meili}`,
      MEILI_MASTER_KEY: env.meiliMasterKey ?? secrets.meiliMasterKey,
      PAYLOAD_SECRET: env.payloadSecret ?? secrets.payloadSecret,
    },
    log: (line) => console.log(line),
  })
} catch (error) {
  console.error(`reindex failed — is the stack running (npm start)? ${(error as Error).message.split('\n')[0]}`)
  process.exit(1)
}
