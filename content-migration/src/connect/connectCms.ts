import { getPayload, type Payload } from 'payload'
import pg from 'pg'
import { MigrationError } from '../MigrationError.ts'
import type { StackConnection } from './stackConnection.ts'

export type CmsModule = typeof import('@lotse/cms/migration')

export interface Cms {
  payload: Payload
  cms: CmsModule
}

/**
 * Payload's Local API in this process, as trusted migration code (every call overrides access). The CMS reads its
 * environment once when its config is first imported, so the connection is put there before the import.
 */
export async function connectCms(connection: StackConnection): Promise<Cms> {
  await assertReachable(connection.databaseUri)
  process.env.DATABASE_URI = connection.databaseUri
  process.env.PAYLOAD_SECRET = connection.payloadSecret
  const cms = await import('@lotse/cms/migration')
  const payload = await getPayload({ config: cms.payloadConfig })
  // Progress and the summary are this tool's output; Payload's info lines would tear through the bar.
  payload.logger.level = 'warn'
  // The same schema as the CMS (no-op when `npm start` applied it already).
  await cms.runMigrations(payload)
  return { payload, cms }
}

/** Payload's adapter exits the process when it cannot connect; asked first, the tool can say what to do instead. */
async function assertReachable(databaseUri: string): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUri, connectionTimeoutMillis: 5000 })
  try {
    await client.connect()
    await client.query('SELECT 1')
  } catch (error) {
    const where = new URL(databaseUri).host
    throw new MigrationError('NO_DATABASE', `The CMS database at ${where} cannot be reached (${(error as Error).message}): start the stack (\`npm start\`) or set DATABASE_URI.`, { cause: error })
  } finally {
    await client.end().catch(() => undefined)
  }
}
