import type { PayloadHandler } from 'payload'
import { hasRole } from '../../../access/hasRole.ts'
import { viewerOf } from '../../../access/viewerOf.ts'
import { idOf } from '@lotse/domain'
import { jsonError } from '../../../utilities/jsonError.ts'
import { loadOrgChart } from '../../../utilities/orgChart.ts'
import { unitsOf } from '../../../access/unitsOf.ts'

const DAY_MS = 86_400_000

/**
 * `GET /api/documents/review-due?withinDays=30` — documents of the caller's units (their own, those they manage and
 * the units below) whose review is due within N days or overdue, grouped by owning unit, most urgent first.
 */
export const reviewDue: PayloadHandler = async (req) => {
  const viewer = await viewerOf(req)
  if (!viewer) return jsonError(401, 'Log in first.')
  if (!hasRole(req.user, 'editor', 'manager', 'admin')) return jsonError(403, 'The review list is for editors, managers and admins.')
  const withinDays = Number(req.searchParams.get('withinDays') ?? 30)
  if (!Number.isInteger(withinDays) || withinDays < 0 || withinDays > 3650) return jsonError(400, 'withinDays must be a whole number from 0 to 3650.')
  const chart = await loadOrgChart(req)
  const units = hasRole(req.user, 'admin') ? [...chart.units.keys()] : [...new Set(unitsOf(viewer).flatMap((unit) => chart.subtreeOf(unit)))]
  const { docs } = await req.payload.find({
    collection: 'documents',
    where: {
      and: [
        { ownerUnit: { in: units } },
        { reviewDue: { less_than_equal: new Date(Date.now() + withinDays * DAY_MS).toISOString() } },
        { workflowStatus: { in: ['published', 'in-review', 'draft'] } },
      ],
    },
    sort: 'reviewDue',
    pagination: false,
    depth: 0,
    user: req.user,
    overrideAccess: false,
    req,
  })
  const byUnit = new Map<string, { unit: { id: string; name: string; shortCode: string }; documents: object[] }>()
  for (const doc of docs) {
    const unitId = idOf(doc.ownerUnit)!
    const unit = chart.units.get(unitId)
    const entry = byUnit.get(unitId) ?? { unit: { id: unitId, name: unit?.name ?? '', shortCode: unit?.shortCode ?? '' }, documents: [] }
    entry.documents.push({ id: doc.id, title: doc.title, kind: doc.kind, status: doc.workflowStatus, reviewDue: doc.reviewDue, overdue: new Date(doc.reviewDue!).getTime() < Date.now() })
    byUnit.set(unitId, entry)
  }
  return Response.json({ withinDays, units: [...byUnit.values()] })
}
