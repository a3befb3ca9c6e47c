import { toSqlCondition, visibilityCondition, type VisibilityViewer } from '@lotse/domain'
import type { UnitScope } from '../access/managedScope.ts'
import { acknowledgementCompletion } from '../collections/Acknowledgements/lib/acknowledgementCompletion.ts'
import { acknowledgementRound } from '../collections/Acknowledgements/lib/acknowledgementRound.ts'
import { addressedArray, type AudienceProfile } from '../collections/Acknowledgements/lib/audienceProfiles.ts'
import type { OrgChart } from '../utilities/orgChart.ts'
import type { SqlPool } from '../utilities/sqlPool.ts'

export const DIRECTIVES_PER_PAGE = 20

interface DirectiveRow {
  id: number
  title: string
  kind: string
  round: string
  started_at: string | null
  within_days: string | null
  total: number
}

/**
 * Published documents asking for read confirmations that the person may read and whose current round asks someone of
 * their scope (admins: all), newest round first, one page at a time — with the completion of each among the people of
 * the scope, in total and per unit.
 */
export async function directiveCompletion(pool: SqlPool, viewer: VisibilityViewer, scope: UnitScope, chart: OrgChart, profiles: AudienceProfile[], page: number) {
  if (scope !== 'all' && profiles.length === 0) return { page: 1, pages: 0, total: 0, directives: [] }
  const visible = toSqlCondition(visibilityCondition(viewer), 'd', 3)
  // Admins see every directive, whoever it asks; a manager only those that ask someone of theirs.
  const asks = scope === 'all' ? { sql: 'true', params: [] } : addressedArray(profiles, 3 + visible.params.length)
  const reaches = scope === 'all' ? '' : `AND true = ANY(${asks.sql})`
  const { rows } = await pool.query<DirectiveRow>(
    `SELECT d.id, d.title, d.kind, d.acknowledgement_round AS round, d.acknowledgement_round_started_at AS started_at,
            d.acknowledge_within_days AS within_days, count(*) OVER ()::int AS total
       FROM documents d
      WHERE d.requires_acknowledgement AND d.workflow_status = 'published' AND d.acknowledgement_round IS NOT NULL AND ${visible.sql} ${reaches}
      ORDER BY d.acknowledgement_round_started_at DESC NULLS LAST, d.id DESC
      LIMIT $1 OFFSET $2`,
    [DIRECTIVES_PER_PAGE, (page - 1) * DIRECTIVES_PER_PAGE, ...visible.params, ...asks.params],
  )
  const total = rows[0]?.total ?? 0
  const completion = await acknowledgementCompletion(pool, scope, profiles, rows.map((row) => row.id))
  const directives = rows.map((row) => {
    const round = acknowledgementRound({
      requiresAcknowledgement: true,
      acknowledgementRound: Number(row.round),
      acknowledgementRoundStartedAt: row.started_at,
      acknowledgeWithinDays: row.within_days === null ? null : Number(row.within_days),
    })!
    const units = completion
      .filter((entry) => entry.document === String(row.id))
      .map(({ unit: unitId, addressed, acknowledged }) => {
        const unit = chart.units.get(unitId)
        return { unit: { id: unitId, name: unit?.name ?? '', shortCode: unit?.shortCode ?? '' }, addressed, acknowledged }
      })
      .sort((a, b) => a.unit.shortCode.localeCompare(b.unit.shortCode, 'de'))
    const addressed = units.reduce((sum, unit) => sum + unit.addressed, 0)
    const acknowledged = units.reduce((sum, unit) => sum + unit.acknowledged, 0)
    return { id: row.id, title: row.title, kind: row.kind, ...round, addressed, acknowledged, missing: addressed - acknowledged, units }
  })
  return { page, pages: Math.ceil(total / DIRECTIVES_PER_PAGE), total, directives }
}
