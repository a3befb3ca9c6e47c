import { sql } from '@payloadcms/db-postgres'
import { buildSearchRecord } from '@lotse/search'
import type { PayloadRequest } from 'payload'
import { transactionDb } from './transactionDb.ts'

/**
 * The lean bulk path's search sync: saves made with `context.skipSearchSync` queue nothing themselves, so the importer
 * calls this once per batch, in the batch's transaction. One read of the stored (published) states and one insert
 * replace a read and an insert per save. `created`: documents new in this batch (a never-published one needs no
 * removal); `updated`: documents that existed before (one without a published state now is queued for removal).
 */
export async function enqueueSearchBatch(req: PayloadRequest, created: Array<number | string>, updated: Array<number | string> = []): Promise<number> {
  const ids = [...new Set([...created, ...updated].map(String))]
  if (!ids.length) return 0
  const { docs } = await req.payload.find({
    collection: 'documents',
    where: { id: { in: ids } },
    draft: false,
    depth: 1,
    pagination: false,
    req,
    overrideAccess: true,
  })
  const updatedIds = new Set(updated.map(String))
  const rows = docs.flatMap((doc) => {
    const record = buildSearchRecord(doc)
    if (record) return [sql`(${String(doc.id)}, 'upsert', ${JSON.stringify(record)}::jsonb)`]
    return updatedIds.has(String(doc.id)) ? [sql`(${String(doc.id)}, 'delete', NULL)`] : []
  })
  if (!rows.length) return 0
  const db = await transactionDb(req)
  await db.execute(sql`INSERT INTO "search_outbox" ("document_id", "op", "record") VALUES ${sql.join(rows, sql`, `)}`)
  return rows.length
}
