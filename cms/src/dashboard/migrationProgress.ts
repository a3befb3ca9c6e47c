import type { VisibilityViewer } from '@lotse/domain'
import type { UnitScope } from '../access/managedScope.ts'
import type { SqlPool } from '../utilities/sqlPool.ts'
import { scopedDocuments } from './scopedDocuments.ts'

interface Row {
  units: { unit: string; status: string; count: number }[] | null
  runs: { id: number; root: string; status: string; startedAt: string; finishedAt: string | null; documents: number }[] | null
}

/**
 * How far the documents migrated from the network drive into the scope's units have come (draft → in review →
 * published), per unit, and the runs that brought them (newest 5). Empty when nothing was migrated.
 */
export async function migrationProgress(pool: SqlPool, viewer: VisibilityViewer, scope: UnitScope) {
  const scoped = scopedDocuments(viewer, scope, 1)
  const { rows } = await pool.query<Row>(
    `WITH m AS (SELECT d.owner_unit_id, d.workflow_status, d.source_migration_run_id FROM documents d WHERE d.source_path IS NOT NULL AND ${scoped.sql})
     SELECT (SELECT json_agg(json_build_object('unit', owner_unit_id::text, 'status', workflow_status, 'count', n))
               FROM (SELECT owner_unit_id, workflow_status, count(*)::int AS n FROM m GROUP BY 1, 2) u) AS units,
            (SELECT json_agg(json_build_object('id', r.id, 'root', r.root, 'status', r.status, 'startedAt', r.started_at, 'finishedAt', r.finished_at, 'documents', n) ORDER BY r.started_at DESC)
               FROM (SELECT source_migration_run_id AS run, count(*)::int AS n FROM m WHERE source_migration_run_id IS NOT NULL GROUP BY 1 ORDER BY 1 DESC LIMIT 5) c
               JOIN migration_runs r ON r.id = c.run) AS runs`,
    scoped.params,
  )
  return { units: rows[0].units ?? [], runs: rows[0].runs ?? [] }
}
