import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'

export type SqlPool = PostgresAdapter['pool']

/** The database pool behind Payload, for read-only aggregates that Payload's query API cannot express. */
export const sqlPool = (payload: Payload): SqlPool => (payload.db as unknown as PostgresAdapter).pool
