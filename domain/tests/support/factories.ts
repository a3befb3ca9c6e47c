import type { VisibilityFacts } from '../../src/visibility/Condition.ts'
import type { VisibilityViewer } from '../../src/visibility/visibilityCondition.ts'
import { unitPathOf } from './arbitraries.ts'

/** A staff member of team u51-1 unless told otherwise. */
export const buildViewer = (overrides: Partial<VisibilityViewer> = {}): VisibilityViewer => {
  const orgUnit = overrides.orgUnit === undefined ? 'u51-1' : overrides.orgUnit
  return { id: '1', roles: ['staff'], managerOf: [], ...overrides, orgUnit, unitPath: unitPathOf(orgUnit) }
}

/** A published internal document of u50 for all staff unless told otherwise. */
export const buildFacts = (overrides: Partial<VisibilityFacts> = {}): VisibilityFacts => {
  const facts = { workflowStatus: 'published', classification: 'internal', ownerUnit: 'u50', responsible: null, audienceUnits: [], audienceRoles: [], ...overrides }
  return { ...facts, audienceAll: facts.audienceUnits.length === 0 && facts.audienceRoles.length === 0 }
}
