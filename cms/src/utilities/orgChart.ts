import type { PayloadRequest } from 'payload'
import { idOf } from '@lotse/domain'

export interface OrgChart {
  units: Map<string, { id: string; name: string; shortCode: string; parent: string | null }>
  /** A unit and all units above it. */
  pathOf(unitId: string | null): string[]
  /** A unit and all units below it. */
  subtreeOf(unitId: string): string[]
}

/** The whole org chart in memory: a department has tens to hundreds of units, so one query beats walking parents. */
export async function loadOrgChart(req: PayloadRequest): Promise<OrgChart> {
  const { docs } = await req.payload.find({ collection: 'org-units', pagination: false, depth: 0, req, overrideAccess: true })
  const units = new Map(docs.map((unit) => [String(unit.id), { id: String(unit.id), name: unit.name, shortCode: unit.shortCode, parent: idOf(unit.parent) }]))
  return {
    units,
    pathOf(unitId) {
      const path: string[] = []
      for (let unit = unitId; unit && !path.includes(unit) && units.has(unit); unit = units.get(unit)!.parent) path.push(unit)
      return path
    },
    subtreeOf(unitId) {
      const below = [unitId]
      for (let i = 0; i < below.length; i++) for (const unit of units.values()) if (unit.parent === below[i] && !below.includes(unit.id)) below.push(unit.id)
      return below
    },
  }
}
