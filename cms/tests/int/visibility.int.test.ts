import { canRead, RELEASED_STATUSES, toPayloadWhere, visibilityCondition, visibilityFactsOf, type VisibilityFacts, type VisibilityViewer } from '@lotse/domain'
import { factsArbitrary, UNITS, unitPathOf, USER_IDS, viewerArbitrary } from '@lotse/domain/testing'
import fc from 'fast-check'
import type { Payload, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Document, User } from '../../src/payload-types.ts'
import { buildOrgUnit, buildUser, unique } from './factories.ts'
import { getTestPayload } from './getTestPayload.ts'

// The visibility rule against real PostgreSQL: the pure function (canRead), the compiled Payload `Where`, and the
// documents collection's read access for real users must select exactly the same documents.
const DOCUMENTS = 300
const VIEWERS = 300
const REAL_USERS = 40

let payload: Payload
const unitIds = new Map<string, string>()
const userIds = new Map<string, string>()
const documents: { id: string; facts: VisibilityFacts }[] = []

/** The arbitraries speak of units `u50`… and users `1`…; map them onto the rows created for this run. */
const realUnit = (unit: string) => unitIds.get(unit)!
const realViewer = (viewer: VisibilityViewer): VisibilityViewer => ({
  ...viewer,
  id: userIds.get(viewer.id)!,
  orgUnit: viewer.orgUnit && realUnit(viewer.orgUnit),
  unitPath: viewer.unitPath.map(realUnit),
  managerOf: viewer.managerOf.map(realUnit),
})

beforeAll(async () => {
  payload = await getTestPayload()
  for (const unit of UNITS) {
    const parent = unitPathOf(unit)[1]
    const created = await buildOrgUnit(payload, { name: unique(unit), ...(parent ? { parent: Number(realUnit(parent)) } : {}) })
    unitIds.set(unit, String(created.id))
  }
  for (const id of USER_IDS) userIds.set(id, String((await buildUser(payload, ['staff'])).id))

  const samples = fc.sample(factsArbitrary, { numRuns: DOCUMENTS, seed: 7 })
  for (const facts of samples) {
    const released = (RELEASED_STATUSES as readonly string[]).includes(facts.workflowStatus)
    const doc: Document = await payload.create({
      collection: 'documents',
      data: {
        title: unique('Sichtbarkeit'),
        kind: 'policy',
        workflowStatus: facts.workflowStatus as Document['workflowStatus'],
        classification: facts.classification as Document['classification'],
        ownerUnit: Number(realUnit(facts.ownerUnit ?? 'u52')),
        responsible: facts.responsible ? Number(userIds.get(facts.responsible)) : null,
        audienceUnits: facts.audienceUnits.map((unit) => Number(realUnit(unit))),
        audienceRoles: facts.audienceRoles as Document['audienceRoles'],
        _status: released ? 'published' : 'draft',
      },
      draft: !released,
      depth: 0,
      overrideAccess: true,
      context: { skipSearchSync: true },
    })
    documents.push({ id: String(doc.id), facts: visibilityFactsOf(doc) })
  }
}, 300_000)
afterAll(() => payload.destroy())

const allIds = () => documents.map((doc) => Number(doc.id))
const expectedFor = (viewer: VisibilityViewer) => documents.filter((doc) => canRead(viewer, doc.facts)).map((doc) => doc.id).sort()
const idsOf = (docs: { id: number | string }[]) => docs.map((doc) => String(doc.id)).sort()

describe('visibility rule in PostgreSQL', () => {
  it('stores what the rule reads (facts round-trip)', () => {
    expect(documents).toHaveLength(DOCUMENTS)
    expect(new Set(documents.map((doc) => doc.facts.workflowStatus)).size).toBe(5)
  })

  it(`compiled Where = canRead for ${VIEWERS} random viewers × ${DOCUMENTS} documents`, async () => {
    let pairs = 0
    await fc.assert(
      fc.asyncProperty(viewerArbitrary, async (generated) => {
        const viewer = realViewer(generated)
        const where = toPayloadWhere(visibilityCondition(viewer))
        const found =
          where === false
            ? []
            : (
                await payload.find({
                  collection: 'documents',
                  where: where === true ? { id: { in: allIds() } } : { and: [where as Where, { id: { in: allIds() } }] },
                  pagination: false,
                  depth: 0,
                  select: {},
                  overrideAccess: true,
                })
              ).docs
        pairs += DOCUMENTS
        expect(idsOf(found)).toEqual(expectedFor(viewer))
      }),
      { numRuns: VIEWERS, seed: 11 },
    )
    console.log(`visibility: Payload Where in PostgreSQL = canRead on ${pairs} viewer × document pairs`)
  }, 600_000)

  it(`read access for ${REAL_USERS} real users = canRead, on find and findByID`, async () => {
    // Users always hold a role (the field is required); role-less viewers are covered by the compiled-Where case.
    const viewers = fc.sample(viewerArbitrary.filter((viewer) => viewer.roles.length > 0), { numRuns: REAL_USERS, seed: 13 })
    let pairs = 0
    for (const generated of viewers) {
      const user: User = await buildUser(payload, generated.roles, {
        orgUnit: generated.orgUnit ? Number(realUnit(generated.orgUnit)) : null,
        managerOf: generated.managerOf.map((unit) => Number(realUnit(unit))),
      })
      const viewer = { ...realViewer(generated), id: String(user.id) }
      const expected = expectedFor(viewer)
      const { docs } = await payload.find({ collection: 'documents', where: { id: { in: allIds() } }, pagination: false, depth: 0, select: {}, user, overrideAccess: false })
      expect(idsOf(docs)).toEqual(expected)
      pairs += DOCUMENTS
      // One visible and one hidden document by id as well.
      const hidden = documents.find((doc) => !expected.includes(doc.id))
      if (hidden) await expect(payload.findByID({ collection: 'documents', id: hidden.id, user, overrideAccess: false })).rejects.toThrow()
      if (expected[0]) await expect(payload.findByID({ collection: 'documents', id: expected[0], depth: 0, user, overrideAccess: false })).resolves.toMatchObject({ id: Number(expected[0]) })
    }
    console.log(`visibility: collection read access for real users = canRead on ${pairs} user × document pairs`)
    expect(pairs).toBeGreaterThan(0)
  }, 600_000)
})
