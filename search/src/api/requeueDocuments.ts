import type pg from 'pg'
import { buildSearchRecord, type IndexableDocument } from '../records/buildSearchRecord.ts'
import { REQUEUE_LOCK } from '../sync/indexLocks.ts'
import { isCmsId } from './isCmsId.ts'

/** Row of the `documents` table shaped like the CMS's depth-1 document, as far as `buildSearchRecord` reads it. */
const DOCUMENT_SQL = `
  SELECT d.id, d.title, d.summary, d.body, d.kind, d._status AS "_status", d.workflow_status AS "workflowStatus", d.classification,
    d.valid_from AS "validFrom", d.valid_until AS "validUntil", d.updated_at AS "updatedAt", json_build_object('path', d.source_path) AS source,
    CASE WHEN ou.id IS NULL THEN NULL ELSE json_build_object('id', ou.id, 'name', ou.name, 'shortCode', ou.short_code) END AS "ownerUnit",
    d.responsible_id AS responsible,
    ARRAY(SELECT r.org_units_id FROM documents_rels r WHERE r.parent_id = d.id AND r.path = 'audienceUnits' AND r.org_units_id IS NOT NULL ORDER BY r."order") AS "audienceUnits",
    ARRAY(SELECT ar.value::text FROM documents_audience_roles ar WHERE ar.parent_id = d.id ORDER BY ar."order") AS "audienceRoles",
    ARRAY(SELECT json_build_object('id', tp.id, 'name', tp.name) FROM documents_rels r JOIN topics tp ON tp.id = r.topics_id
           WHERE r.parent_id = d.id AND r.path = 'topics' ORDER BY r."order") AS topics
  FROM documents d LEFT JOIN org_units ou ON ou.id = d.owner_unit_id
  WHERE d.id = ANY($1::int[])
  FOR SHARE OF d SKIP LOCKED`

const iso = (value: unknown) => (value instanceof Date ? value.toISOString() : (value as string | null))

/**
 * Queues documents whose index entry turned out outdated (the page re-check dropped them) for the sync worker, with
 * their current stored state — unless a queued row already carries it. The document rows are share-locked while
 * their outbox rows are written, so a CMS change of the same document commits either before (and is read here) or
 * after (and its own, newer row wins): the newest row stays the newest state, which the worker relies on. A row a
 * writer holds is skipped, since that writer queues its own. A document that no longer exists is queued for removal.
 * Requeues run one at a time (REQUEUE_LOCK), so concurrent searches queue a document once.
 */
export async function requeueDocuments(pool: pg.Pool, ids: string[]): Promise<number> {
  const documentIds = ids.filter(isCmsId)
  if (documentIds.length === 0) return 0
  const client = await pool.connect()
  try {
    await client.query('BEGIN')
    await client.query('SELECT pg_advisory_xact_lock($1, $2)', [...REQUEUE_LOCK])
    const { rows: missing } = await client.query<{ id: string }>(
      `SELECT n.id::text AS id FROM unnest($1::int[]) AS n(id)
        WHERE NOT EXISTS (SELECT 1 FROM search_outbox o WHERE o.document_id = n.id::text)
          AND NOT EXISTS (SELECT 1 FROM documents d WHERE d.id = n.id)`,
      [documentIds],
    )
    const { rows: stored } = await client.query<IndexableDocument & { validFrom: unknown; validUntil: unknown; updatedAt: unknown }>(DOCUMENT_SQL, [documentIds])
    const { rows: queued } = await client.query<{ document_id: string }>('SELECT DISTINCT document_id FROM search_outbox WHERE document_id = ANY($1::varchar[])', [
      stored.map((doc) => String(doc.id)),
    ])
    const alreadyQueued = new Set(queued.map((row) => row.document_id))
    const rows = [
      ...missing.map((row) => ({ documentId: row.id, record: null })),
      ...stored
        .filter((doc) => !alreadyQueued.has(String(doc.id)))
        .map((doc) => ({
          documentId: String(doc.id),
          record: buildSearchRecord({ ...doc, validFrom: iso(doc.validFrom), validUntil: iso(doc.validUntil), updatedAt: iso(doc.updatedAt)! }),
        })),
    ]
    if (rows.length > 0) {
      // Untyped parameters take the columns' types (the operation is an enum in the CMS's schema).
      await client.query(
        `INSERT INTO search_outbox (document_id, op, record) VALUES ${rows.map((_row, i) => `($${3 * i + 1}, $${3 * i + 2}, $${3 * i + 3})`).join(', ')}`,
        rows.flatMap((row) => [row.documentId, row.record ? 'upsert' : 'delete', row.record ? JSON.stringify(row.record) : null]),
      )
    }
    await client.query('COMMIT')
    return rows.length
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {})
    throw error
  } finally {
    client.release()
  }
}
