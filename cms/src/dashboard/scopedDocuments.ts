import { toSqlCondition, visibilityCondition, type SqlCondition, type VisibilityViewer } from '@lotse/domain'
import type { UnitScope } from '../access/managedScope.ts'

/**
 * Documents a dashboard may count, as a condition over a `documents` row aliased `d` with placeholders from
 * `firstParam`: owned by a unit of the scope, and readable by the person by the one visibility rule — so that no figure
 * tells a manager anything about a document they could not open.
 */
export function scopedDocuments(viewer: VisibilityViewer, scope: UnitScope, firstParam: number): SqlCondition {
  const visible = toSqlCondition(visibilityCondition(viewer), 'd', firstParam + 1)
  // NULL stands for all units (every placeholder must appear in the SQL, or PostgreSQL cannot type it).
  const owned = `($${firstParam}::int[] IS NULL OR d.owner_unit_id = ANY($${firstParam}::int[]))`
  return { sql: `(${owned} AND ${visible.sql})`, params: [scope === 'all' ? null : scope.map(Number), ...visible.params] }
}
