import { embeddedPostgresUri, loadSecrets, readStackEnv } from '@lotse/runtime'
import { MigrationError } from '../MigrationError.ts'

export interface StackConnection {
  databaseUri: string
  payloadSecret: string
  /** The search service, asked only whether it runs (its outbox worker indexes what the import queues). */
  searchUrl: string
}

/**
 * Where the CMS database is, found as `npm run reindex` finds it: DATABASE_URI (and PAYLOAD_SECRET) when set, else the
 * embedded default of `npm start` (ports from the environment, secrets from its data directory).
 */
export async function stackConnection(env: NodeJS.ProcessEnv = process.env): Promise<StackConnection> {
  const stack = readStackEnv(env)
  const secrets = await loadSecrets(stack.dataDir)
  const databaseUri = stack.databaseUri ?? (secrets && embeddedPostgresUri(secrets.postgresPassword, stack.ports.postgres, 'lotse'))
  const payloadSecret = stack.payloadSecret ?? secrets?.payloadSecret
  if (!databaseUri || !payloadSecret) {
    throw new MigrationError(
      'NO_DATABASE',
      stack.databaseUri
        ? 'DATABASE_URI is set but PAYLOAD_SECRET is not: set both, as for the CMS.'
        : `No Lotse stack found (no ${stack.dataDir}/secrets.json): start it with \`npm start\`, or set DATABASE_URI and PAYLOAD_SECRET.`,
    )
  }
  return { databaseUri, payloadSecret, searchUrl: env.SEARCH_URL || `http://127.0.0.1:${stack.ports.search}` }
}
