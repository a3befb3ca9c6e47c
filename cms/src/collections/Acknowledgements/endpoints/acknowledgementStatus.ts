import { canRead, isAddressedTo, visibilityFactsOf } from '@lotse/domain'
import type { PayloadHandler } from 'payload'
import { hasRole } from '../../../access/hasRole.ts'
import { viewerOf } from '../../../access/viewerOf.ts'
import { idOf, idsOf } from '@lotse/domain'
import { jsonError } from '../../../utilities/jsonError.ts'
import { parseId } from '../../../utilities/parseId.ts'
import { loadOrgChart } from '../../../utilities/orgChart.ts'
import { acknowledgementRound } from '../lib/acknowledgementRound.ts'

/**
 * `GET /api/acknowledgements/status/:documentId` — completion of the current round per org unit, with the names of
 * who is missing. Managers see the units they manage (and those below); admins see all units.
 */
export const acknowledgementStatus: PayloadHandler = async (req) => {
  const user = req.user
  const viewer = await viewerOf(req)
  if (!user || !viewer) return jsonError(401, 'Log in first.')
  const isAdmin = hasRole(user, 'admin')
  if (!isAdmin && !hasRole(user, 'manager')) return jsonError(403, 'Only managers and admins see who has acknowledged a document.')
  const documentId = parseId(req.routeParams?.documentId)
  const doc = documentId && (await req.payload.findByID({ collection: 'documents', id: documentId, depth: 0, user, overrideAccess: false, disableErrors: true, req }))
  if (!doc) return jsonError(404, `There is no document ${String(req.routeParams?.documentId)} that you may read.`)
  const round = acknowledgementRound(doc)
  if (!round) return jsonError(400, `Document ${documentId} does not ask for an acknowledgement.`)

  const chart = await loadOrgChart(req)
  const visibleUnits = new Set(isAdmin ? chart.units.keys() : viewer.managerOf.flatMap((unit) => chart.subtreeOf(unit)))
  const facts = visibilityFactsOf(doc)
  const [{ docs: people }, { docs: acks }] = await Promise.all([
    req.payload.find({ collection: 'users', pagination: false, depth: 0, overrideAccess: true, req }),
    req.payload.find({ collection: 'acknowledgements', where: { and: [{ document: { equals: doc.id } }, { round: { equals: round.round } }] }, pagination: false, depth: 0, overrideAccess: true, req }),
  ])
  const acknowledged = new Set(acks.map((ack) => idOf(ack.user)))
  const byUnit = new Map<string, { addressed: number; acknowledged: number; missing: { id: string; name: string }[] }>()
  for (const person of people) {
    const unit = idOf(person.orgUnit)
    if (!unit || !visibleUnits.has(unit)) continue
    const personViewer = { id: String(person.id), roles: [...(person.roles ?? [])], orgUnit: unit, unitPath: chart.pathOf(unit), managerOf: idsOf(person.managerOf) }
    if (!isAddressedTo(personViewer, facts) || !canRead(personViewer, facts)) continue
    const entry = byUnit.get(unit) ?? { addressed: 0, acknowledged: 0, missing: [] }
    entry.addressed++
    if (acknowledged.has(String(person.id))) entry.acknowledged++
    else entry.missing.push({ id: String(person.id), name: person.name })
    byUnit.set(unit, entry)
  }
  const units = [...byUnit.entries()]
    .map(([unitId, entry]) => ({ unit: { id: unitId, name: chart.units.get(unitId)!.name, shortCode: chart.units.get(unitId)!.shortCode }, ...entry }))
    .sort((a, b) => a.unit.shortCode.localeCompare(b.unit.shortCode, 'de'))
  const totals = units.reduce((sum, unit) => ({ addressed: sum.addressed + unit.addressed, acknowledged: sum.acknowledged + unit.acknowledged }), { addressed: 0, acknowledged: 0 })
  return Response.json({ document: { id: doc.id, title: doc.title, ...round }, totals, units })
}
