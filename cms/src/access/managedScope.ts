import type { PayloadRequest } from 'payload'
import { loadOrgChart, type OrgChart } from '../utilities/orgChart.ts'
import { hasRole } from './hasRole.ts'
import { viewerOf } from './viewerOf.ts'

/** The units whose people and documents a manager answers for: all (admins), or unit ids. */
export type UnitScope = 'all' | string[]

/**
 * Whose figures a person may see on the manager's dashboard: admins all units; managers the units they manage and
 * every unit below them; anyone else nothing (`null`: answer 403). Taken from the signed-in user, never the request.
 */
export async function managedScope(req: PayloadRequest): Promise<{ scope: UnitScope; chart: OrgChart } | null> {
  const viewer = await viewerOf(req)
  if (!viewer) return null
  const chart = await loadOrgChart(req)
  if (hasRole(req.user, 'admin')) return { scope: 'all', chart }
  if (!hasRole(req.user, 'manager')) return null
  return { scope: [...new Set(viewer.managerOf.flatMap((unit) => chart.subtreeOf(unit)))], chart }
}
