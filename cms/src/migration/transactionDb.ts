import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { SQL } from '@payloadcms/db-postgres/drizzle'
import type { PayloadRequest } from 'payload'

export interface SqlRunner {
  execute<Row extends Record<string, unknown> = Record<string, unknown>>(query: SQL): Promise<{ rows: Row[] }>
}

/**
 * Plain SQL inside the transaction of `req` (or outside any, without one): what trusted bulk code writes next to
 * Payload's own writes, so both commit or roll back together.
 */
export async function transactionDb(req: Pick<PayloadRequest, 'payload' | 'transactionID'>): Promise<SqlRunner> {
  const adapter = req.payload.db as unknown as PostgresAdapter
  const id = req.transactionID ? await req.transactionID : undefined
  return ((id !== undefined && adapter.sessions[id]?.db) || adapter.drizzle) as unknown as SqlRunner
}
