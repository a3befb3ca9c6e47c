import type { PostgresAdapter } from '@payloadcms/db-postgres'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { migrations } from '../../src/migrations/index.ts'
import { getTestPayload } from './getTestPayload.ts'
import { buildDocument } from './factories.ts'

let payload: Payload
beforeAll(async () => {
  payload = await getTestPayload()
})
afterAll(() => payload.destroy())

const columns = async (table: string) => {
  const { rows } = await (payload.db as unknown as PostgresAdapter).pool.query<{ column_name: string; data_type: string }>(
    'select column_name, data_type from information_schema.columns where table_name = $1',
    [table],
  )
  return Object.fromEntries(rows.map((row) => [row.column_name, row.data_type]))
}

describe('schema from committed migrations', () => {
  it('records every committed migration as applied', async () => {
    const applied = await payload.find({ collection: 'payload-migrations', limit: 0, overrideAccess: true })
    expect(applied.docs.map((doc) => doc.name)).toEqual(expect.arrayContaining(migrations.map((migration) => migration.name)))
  })

  it('creates search_outbox with the columns the search worker reads', async () => {
    expect(await columns('search_outbox')).toMatchObject({
      id: 'integer',
      document_id: 'character varying',
      op: 'USER-DEFINED',
      record: 'jsonb',
      attempts: 'numeric',
      last_error: 'character varying',
      available_at: 'timestamp with time zone',
      created_at: 'timestamp with time zone',
      updated_at: 'timestamp with time zone',
    })
  })

  it('stores a document created through the Local API', async () => {
    const doc = await buildDocument(payload, { title: 'Dienstanweisung Schema-Test', kind: 'directive' })
    const stored = await payload.findByID({ collection: 'documents', id: doc.id, overrideAccess: true })
    expect(stored).toMatchObject({ title: 'Dienstanweisung Schema-Test', kind: 'directive', _status: 'published' })
  })
})
