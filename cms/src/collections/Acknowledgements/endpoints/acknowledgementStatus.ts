import type { PayloadHandler } from 'payload'
import { managedScope } from '../../../access/managedScope.ts'
import { jsonError } from '../../../utilities/jsonError.ts'
import { parseId } from '../../../utilities/parseId.ts'
import { sqlPool } from '../../../utilities/sqlPool.ts'
import { acknowledgementCompletion } from '../lib/acknowledgementCompletion.ts'
import { acknowledgementRound } from '../lib/acknowledgementRound.ts'
import { loadAudienceProfiles } from '../lib/audienceProfiles.ts'

/**
 * `GET /api/acknowledgements/status/:documentId` — completion of the current round per org unit, with the names of
 * who is missing. Managers see the units they manage (and those below); admins see all units. Counted in PostgreSQL.
 */
export const acknowledgementStatus: PayloadHandler = async (req) => {
  if (!req.user) return jsonError(401, 'Log in first.')
  const managed = await managedScope(req)
  if (!managed) return jsonError(403, 'Only managers and admins see who has acknowledged a document.')
  const documentId = parseId(req.routeParams?.documentId)
  const doc = documentId && (await req.payload.findByID({ collection: 'documents', id: documentId, depth: 0, user: req.user, overrideAccess: false, disableErrors: true, req }))
  if (!doc) return jsonError(404, `There is no document ${String(req.routeParams?.documentId)} that you may read.`)
  const round = acknowledgementRound(doc)
  if (!round) return jsonError(400, `Document ${documentId} does not ask for an acknowledgement.`)

  const { scope, chart } = managed
  const pool = sqlPool(req.payload)
  const profiles = await loadAudienceProfiles(pool, scope, chart)
  const rows = await acknowledgementCompletion(pool, scope, profiles, [doc.id], { withMissing: true })
  const units = rows
    .map(({ unit: unitId, addressed, acknowledged, missing }) => {
      const unit = chart.units.get(unitId)
      return { unit: { id: unitId, name: unit?.name ?? '', shortCode: unit?.shortCode ?? '' }, addressed, acknowledged, missing: missing ?? [] }
    })
    .sort((a, b) => a.unit.shortCode.localeCompare(b.unit.shortCode, 'de'))
  const totals = units.reduce((sum, unit) => ({ addressed: sum.addressed + unit.addressed, acknowledged: sum.acknowledged + unit.acknowledged }), { addressed: 0, acknowledged: 0 })
  return Response.json({ document: { id: doc.id, title: doc.title, ...round }, totals, units })
}
