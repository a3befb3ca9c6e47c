import fc from 'fast-check'
import { CLASSIFICATIONS, ROLES, WORKFLOW_STATUSES, type Role } from '../../src/vocabulary.ts'
import type { VisibilityFacts } from '../../src/visibility/Condition.ts'
import type { VisibilityViewer } from '../../src/visibility/visibilityCondition.ts'

/** A small org tree: Amt 50 with two teams, Amt 51 with one, Amt 52 alone — small, so random cases collide often. */
export const UNITS = ['u50', 'u50-1', 'u50-2', 'u51', 'u51-1', 'u52']
const PARENT: Record<string, string | undefined> = { 'u50-1': 'u50', 'u50-2': 'u50', 'u51-1': 'u51' }
export const USER_IDS = ['1', '2', '3', '4', '5']

export const unitPathOf = (unit: string | null): string[] => (unit ? [unit, ...unitPathOf(PARENT[unit] ?? null)] : [])

export const viewerArbitrary: fc.Arbitrary<VisibilityViewer> = fc
  .record({
    id: fc.constantFrom(...USER_IDS),
    roles: fc.subarray([...ROLES] as Role[]),
    orgUnit: fc.option(fc.constantFrom(...UNITS), { nil: null }),
    managerOf: fc.subarray(UNITS, { maxLength: 2 }),
  })
  .map((viewer) => ({ ...viewer, unitPath: unitPathOf(viewer.orgUnit) }))

export const factsArbitrary: fc.Arbitrary<VisibilityFacts> = fc
  .record({
    workflowStatus: fc.constantFrom(...WORKFLOW_STATUSES),
    classification: fc.constantFrom(...CLASSIFICATIONS),
    ownerUnit: fc.option(fc.constantFrom(...UNITS), { nil: null }),
    responsible: fc.option(fc.constantFrom(...USER_IDS), { nil: null }),
    audienceUnits: fc.subarray(UNITS, { maxLength: 2 }),
    audienceRoles: fc.subarray([...ROLES] as string[], { maxLength: 2 }),
  })
  .map((facts) => ({ ...facts, audienceAll: facts.audienceUnits.length === 0 && facts.audienceRoles.length === 0 }))
