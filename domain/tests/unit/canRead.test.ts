import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { canRead, isAddressedTo } from '../../src/visibility/canRead.ts'
import { evaluate, type VisibilityFacts } from '../../src/visibility/Condition.ts'
import { addressedReaderCondition, draftReaderCondition, type VisibilityViewer } from '../../src/visibility/visibilityCondition.ts'
import { factsArbitrary, viewerArbitrary } from '../support/arbitraries.ts'
import { buildFacts as buildDocument, buildViewer } from '../support/factories.ts'

describe.each<[string, Partial<VisibilityViewer>, Partial<VisibilityFacts>, boolean]>([
  ['staff reads a published internal document for all staff', {}, {}, true],
  ['staff reads a public one', {}, { classification: 'public' }, true],
  ['staff does not read a draft', {}, { workflowStatus: 'draft' }, false],
  ['staff does not read one in review', {}, { workflowStatus: 'in-review' }, false],
  ['staff reads a superseded one (history stays readable)', {}, { workflowStatus: 'superseded' }, true],
  ['staff reads a withdrawn one (shown with a banner)', {}, { workflowStatus: 'withdrawn' }, true],
  ['an editor of the owner unit reads its draft', { roles: ['editor'], orgUnit: 'u50' }, { workflowStatus: 'draft' }, true],
  ['an editor of another unit does not read it', { roles: ['editor'], orgUnit: 'u52' }, { workflowStatus: 'draft' }, false],
  ['a staff member of the owner unit does not read its draft', { orgUnit: 'u50' }, { workflowStatus: 'draft' }, false],
  ['a manager of the owner unit reads the draft in review', { roles: ['manager'], orgUnit: 'u52', managerOf: ['u50'] }, { workflowStatus: 'in-review' }, true],
  ['staff of another unit does not read a confidential document', {}, { classification: 'confidential' }, false],
  ['a member of the owner unit reads it', { orgUnit: 'u50' }, { classification: 'confidential' }, true],
  ['a member of a sub-unit of the owner does not', { orgUnit: 'u50-1' }, { classification: 'confidential' }, false],
  ['its manager reads it', { roles: ['manager'], orgUnit: 'u52', managerOf: ['u50'] }, { classification: 'confidential' }, true],
  ['its responsible person reads it', { id: '4' }, { classification: 'confidential', responsible: '4' }, true],
  ['an admin reads anything', { roles: ['admin'], orgUnit: null }, { classification: 'confidential', workflowStatus: 'draft', audienceUnits: ['u52'] }, true],
  ['an audience naming a parent unit includes its sub-units', { orgUnit: 'u51-1' }, { audienceUnits: ['u51'] }, true],
  ['an audience of another unit excludes the viewer', { orgUnit: 'u51-1' }, { audienceUnits: ['u52'] }, false],
  ['an audience of sub-units excludes the parent', { orgUnit: 'u51' }, { audienceUnits: ['u51-1'] }, false],
  ['an audience of managers excludes staff', {}, { audienceRoles: ['manager'] }, false],
  ['an audience of managers includes a manager', { roles: ['staff', 'manager'] }, { audienceRoles: ['manager'] }, true],
  ['the owning unit reads outside its audience', { orgUnit: 'u50' }, { audienceUnits: ['u52'] }, true],
  ['a person without roles reads nothing', { roles: [] }, { classification: 'public' }, false],
  ['a person without a unit reads documents for all staff', { orgUnit: null }, {}, true],
])('%s', (_name, viewer, document, expected) => {
  it(`→ ${expected}`, () => {
    expect(canRead(buildViewer(viewer), buildDocument(document))).toBe(expected)
  })
})

describe('canRead properties', () => {
  it('addressedReaderCondition holds exactly when the document is addressed to the person and they may read it', () => {
    fc.assert(
      fc.property(viewerArbitrary, factsArbitrary, (viewer, facts) => {
        expect(evaluate(addressedReaderCondition(viewer), facts)).toBe(isAddressedTo(viewer, facts) && canRead(viewer, facts))
      }),
      { numRuns: 5000 },
    )
  })

  it('admins read everything and role-less people nothing', () => {
    fc.assert(
      fc.property(viewerArbitrary, factsArbitrary, (viewer, facts) => {
        if (viewer.roles.includes('admin')) expect(canRead(viewer, facts)).toBe(true)
        if (viewer.roles.length === 0) expect(canRead(viewer, facts)).toBe(false)
      }),
      { numRuns: 2000 },
    )
  })

  it('never lets a confidential document reach anyone off its owning side', () => {
    fc.assert(
      fc.property(viewerArbitrary, factsArbitrary, (viewer, facts) => {
        const owningSide = facts.ownerUnit === viewer.orgUnit || viewer.managerOf.includes(facts.ownerUnit ?? '') || facts.responsible === viewer.id
        if (facts.classification === 'confidential' && canRead(viewer, facts)) expect(owningSide || viewer.roles.includes('admin')).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })

  it('lets exactly the editors and managers on the owning side (and admins) read unreleased states, and only of documents they read', () => {
    fc.assert(
      fc.property(viewerArbitrary, factsArbitrary, (viewer, facts) => {
        const draftReader = evaluate(draftReaderCondition(viewer), facts)
        if (draftReader) expect(canRead(viewer, facts)).toBe(true)
        const unreleased = { ...facts, workflowStatus: 'in-review' }
        if (!viewer.roles.includes('admin')) expect(draftReader).toBe(canRead(viewer, unreleased))
      }),
      { numRuns: 2000 },
    )
  })
})
