import type { VisibilityViewer } from '@lotse/domain'
import type { UnitScope } from '../access/managedScope.ts'
import type { SqlPool } from '../utilities/sqlPool.ts'
import { scopedDocuments } from './scopedDocuments.ts'

const LISTED = 20

interface Row {
  items: { id: number; kind: string; comment: string | null; createdAt: string; document: { id: number; title: string; unit: string } }[]
  by_kind: Record<string, number> | null
  total: number
}

/** Open feedback on documents of the scope: how much of which kind, and the newest 20 (without their authors' names). */
export async function openFeedback(pool: SqlPool, viewer: VisibilityViewer, scope: UnitScope) {
  const scoped = scopedDocuments(viewer, scope, 1)
  const { rows } = await pool.query<Row>(
    `WITH f AS (SELECT f.id, f.kind, f.comment, f.created_at, d.id AS document, d.title, d.owner_unit_id
                  FROM feedback f JOIN documents d ON d.id = f.document_id WHERE f.status = 'open' AND ${scoped.sql})
     SELECT (SELECT count(*)::int FROM f) AS total,
            (SELECT json_object_agg(kind, n) FROM (SELECT kind, count(*)::int AS n FROM f GROUP BY kind) k) AS by_kind,
            (SELECT coalesce(json_agg(json_build_object('id', id, 'kind', kind, 'comment', comment, 'createdAt', created_at,
                      'document', json_build_object('id', document, 'title', title, 'unit', owner_unit_id::text)) ORDER BY created_at DESC, id DESC), '[]')
               FROM (SELECT * FROM f ORDER BY created_at DESC, id DESC LIMIT ${LISTED}) latest) AS items`,
    scoped.params,
  )
  const row = rows[0]
  return { total: row.total, byKind: row.by_kind ?? {}, items: row.items }
}
