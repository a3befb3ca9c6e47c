import { addressedReaderCondition, toSqlCondition, type VisibilityViewer } from '@lotse/domain'
import type { SqlPool } from '../../../utilities/sqlPool.ts'
import type { OrgChart } from '../../../utilities/orgChart.ts'
import type { UnitScope } from '../../../access/managedScope.ts'

/**
 * People who share every input of the visibility rule — roles, unit, managed units, and (for the few who are the
 * responsible person of some document) their id — are asked by the same documents. Counting per such profile lets
 * PostgreSQL evaluate the one compiled rule a few dozen times per document instead of once per person and document.
 */
export interface AudienceProfile {
  /** The profile's key, as `PEOPLE` computes it per person. */
  key: string
  unit: string
  size: number
  viewer: VisibilityViewer
}

/**
 * The people of a scope (`$1` all units?, `$2` unit ids) with their profile key. A person without a unit is counted
 * nowhere (no manager answers for them), as before. MATERIALIZED: computed once per query; inlined, the planner may
 * recompute every person's key (three subqueries) for each document and profile it joins them to.
 */
export const PEOPLE_CTE = `people AS MATERIALIZED (
  SELECT u.id, u.name, u.org_unit_id AS unit, concat_ws('|',
    coalesce((SELECT string_agg(r.value::text, ',' ORDER BY r.value::text) FROM users_roles r WHERE r.parent_id = u.id), ''),
    u.org_unit_id::text,
    coalesce((SELECT string_agg(m.org_units_id::text, ',' ORDER BY m.org_units_id) FROM users_rels m
               WHERE m.parent_id = u.id AND m.path = 'managerOf' AND m.org_units_id IS NOT NULL), ''),
    CASE WHEN EXISTS (SELECT 1 FROM documents rd WHERE rd.responsible_id = u.id) THEN u.id::text ELSE '' END) AS key
  FROM users u WHERE u.org_unit_id IS NOT NULL AND ($1::boolean OR u.org_unit_id = ANY($2::int[])))`

export const scopeParams = (scope: UnitScope): [boolean, number[]] => (scope === 'all' ? [true, []] : [false, scope.map(Number)])

/** The profiles among the people of a scope. */
export async function loadAudienceProfiles(pool: SqlPool, scope: UnitScope, chart: OrgChart): Promise<AudienceProfile[]> {
  const { rows } = await pool.query<{ key: string; size: number }>(`WITH ${PEOPLE_CTE} SELECT key, count(*)::int AS size FROM people GROUP BY key`, scopeParams(scope))
  return rows.map(({ key, size }) => {
    const [roles, unit, managerOf, responsible] = key.split('|')
    const viewer: VisibilityViewer = {
      // Nobody has the empty id: "is the responsible person" is then false, as it is for everyone in the profile.
      id: responsible,
      roles: roles ? (roles.split(',') as VisibilityViewer['roles']) : [],
      orgUnit: unit,
      unitPath: chart.pathOf(unit),
      managerOf: managerOf ? managerOf.split(',') : [],
    }
    return { key, unit, size, viewer }
  })
}

/**
 * `ARRAY[…]` of one boolean per profile (in order) over a `documents` row aliased `d`: does the document ask the
 * people of that profile for a read confirmation? Placeholders start at `firstParam`.
 */
export function addressedArray(profiles: AudienceProfile[], firstParam: number): { sql: string; params: unknown[] } {
  const params: unknown[] = []
  const parts = profiles.map((profile) => {
    const compiled = toSqlCondition(addressedReaderCondition(profile.viewer), 'd', firstParam + params.length)
    params.push(...compiled.params)
    return compiled.sql
  })
  return { sql: `ARRAY[${parts.join(', ')}]::boolean[]`, params }
}
