import type { VisibilityViewer } from '@lotse/domain'
import type { UnitScope } from '../access/managedScope.ts'
import type { SqlPool } from '../utilities/sqlPool.ts'
import { scopedDocuments } from './scopedDocuments.ts'

const LISTED = 50

interface Row {
  id: number
  title: string
  kind: string
  status: string
  review_due: Date | null
  valid_until: Date | null
  unit: number
  total: number
}

/**
 * Documents of the scope whose review is due within `withinDays` days (or overdue), and published ones that expired:
 * the most urgent first, at most 50, with the total.
 */
export async function reviewQueue(pool: SqlPool, viewer: VisibilityViewer, scope: UnitScope, withinDays: number) {
  const scoped = scopedDocuments(viewer, scope, 2)
  const { rows } = await pool.query<Row>(
    `SELECT d.id, d.title, d.kind, d.workflow_status AS status, d.review_due, d.valid_until, d.owner_unit_id AS unit, count(*) OVER ()::int AS total
       FROM documents d
      WHERE ${scoped.sql} AND (
            (d.workflow_status = 'published' AND d.valid_until <= now())
         OR (d.workflow_status IN ('published', 'in-review', 'draft') AND d.review_due <= now() + make_interval(days => $1)))
      ORDER BY least(CASE WHEN d.valid_until <= now() THEN d.valid_until END, d.review_due), d.id
      LIMIT ${LISTED}`,
    [withinDays, ...scoped.params],
  )
  const now = Date.now()
  const documents = rows.map((row) => {
    const expired = row.status === 'published' && row.valid_until !== null && row.valid_until.getTime() <= now
    const reason = expired ? 'expired' : row.review_due!.getTime() < now ? 'reviewOverdue' : 'reviewSoon'
    return { id: row.id, title: row.title, kind: row.kind, status: row.status, unit: String(row.unit), reviewDue: row.review_due, validUntil: row.valid_until, reason }
  })
  return { withinDays, total: rows[0]?.total ?? 0, documents }
}
