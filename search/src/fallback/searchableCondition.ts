import { RELEASED_STATUSES, toSqlCondition, visibilityCondition, type SqlCondition, type VisibilityViewer } from '@lotse/domain'
import type { SearchQuery } from '../api/searchQuery.ts'

/**
 * What the index holds for a viewer, as a PostgreSQL condition over a `documents` row aliased `d`: the stored
 * (published) state of a released document with a title (as `buildSearchRecord` decides), in force today unless
 * `validity=all` (as `searchDocuments` filters), and readable by the viewer by the one rule (`toSqlCondition`).
 * Payload keeps the published state in the `documents` row while a draft is worked on (drafts live in versions).
 * `false`: the viewer can find nothing.
 */
export function searchableCondition(viewer: VisibilityViewer, validity: SearchQuery['validity'], firstParam: number): SqlCondition | false {
  const rule = visibilityCondition(viewer)
  if (rule.op === 'const' && !rule.value) return false
  const visible = toSqlCondition(rule, 'd', firstParam + 1)
  // Written so that no validity index applies: "unbounded" matches most rows, and ANDing that index's bitmap with the
  // full-text one cost more than checking the few full-text matches (measured at 100,000 documents).
  const current = validity === 'current' ? ` AND d.workflow_status = 'published' AND coalesce(d.valid_from, '-infinity') <= now() AND coalesce(d.valid_until, 'infinity') > now()` : ''
  return {
    sql: `(d._status = 'published' AND d.workflow_status::text = ANY($${firstParam}::text[]) AND coalesce(d.title, '') <> ''${current} AND ${visible.sql})`,
    params: [[...RELEASED_STATUSES], ...visible.params],
  }
}
