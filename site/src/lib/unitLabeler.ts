import type { UnitRef } from './dashboardClient.ts'

/** "Name (short code)" for a unit id of the dashboard's scope; the bare id when the unit is not among them. */
export function unitLabeler(units: UnitRef[]): (id: string) => string {
  const byId = new Map(units.map((unit) => [unit.id, unit.shortCode && unit.shortCode !== unit.name ? `${unit.name} (${unit.shortCode})` : unit.name]))
  return (id) => byId.get(id) ?? id
}
