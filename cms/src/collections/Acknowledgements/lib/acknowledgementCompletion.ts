import type { SqlPool } from '../../../utilities/sqlPool.ts'
import type { UnitScope } from '../../../access/managedScope.ts'
import { addressedArray, PEOPLE_CTE, scopeParams, type AudienceProfile } from './audienceProfiles.ts'

export interface UnitCompletion {
  document: string
  unit: string
  /** People of the unit the document's current round asks. */
  addressed: number
  acknowledged: number
  /** Who has not confirmed yet, by name (only when asked for). */
  missing?: { id: string; name: string }[]
}

/**
 * Read-confirmation completion of the documents' current rounds per document and unit, for the people of a scope:
 * aggregated in PostgreSQL, with "is this person asked?" decided by the one visibility rule compiled per profile
 * (`audienceProfiles.ts`). Units without anyone asked are left out.
 */
export async function acknowledgementCompletion(
  pool: SqlPool,
  scope: UnitScope,
  profiles: AudienceProfile[],
  documentIds: number[],
  { withMissing = false } = {},
): Promise<UnitCompletion[]> {
  if (profiles.length === 0 || documentIds.length === 0) return []
  const addressed = addressedArray(profiles, 5)
  const missing = withMissing
    ? `, coalesce(json_agg(json_build_object('id', pairs.person::text, 'name', pairs.name) ORDER BY pairs.name, pairs.person) FILTER (WHERE a.id IS NULL), '[]') AS missing`
    : ''
  const { rows } = await pool.query<UnitCompletion>(
    `WITH ${PEOPLE_CTE},
     profiles AS (SELECT key, idx::int FROM unnest($3::text[]) WITH ORDINALITY AS p(key, idx)),
     docs AS (SELECT d.id, d.acknowledgement_round AS round, ${addressed.sql} AS asks FROM documents d WHERE d.id = ANY($4::int[]) AND d.acknowledgement_round IS NOT NULL),
     pairs AS (SELECT docs.id AS document, docs.round, pe.id AS person, pe.name, pe.unit
                 FROM docs JOIN profiles p ON docs.asks[p.idx] JOIN people pe ON pe.key = p.key)
     SELECT pairs.document::text AS document, pairs.unit::text AS unit, count(*)::int AS addressed, count(a.id)::int AS acknowledged${missing}
       FROM pairs LEFT JOIN acknowledgements a ON a.user_id = pairs.person AND a.document_id = pairs.document AND a.round = pairs.round
      GROUP BY pairs.document, pairs.unit`,
    [...scopeParams(scope), profiles.map((profile) => profile.key), documentIds, ...addressed.params],
  )
  return rows
}
