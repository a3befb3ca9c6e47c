import { canRead, RELEASED_STATUSES, toPayloadWhere, toSqlCondition, visibilityCondition, visibilityFactsOf, type Role, type VisibilityFacts, type VisibilityViewer } from '@lotse/domain'
import { factsArbitrary, UNITS, unitPathOf, USER_IDS, viewerArbitrary } from '@lotse/domain/testing'
import type { PostgresAdapter } from '@payloadcms/db-postgres'
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

/** Each stored document's value of the compiled SQL expression for the viewer, by id (`null` would be a bug too). */
async function sqlVisibility(viewer: VisibilityViewer): Promise<Record<string, boolean | null>> {
  const { sql, params } = toSqlCondition(visibilityCondition(viewer), 'd', 2)
  const { rows } = await (payload.db as unknown as PostgresAdapter).pool.query<{ id: number; visible: boolean | null }>(
    `SELECT d.id, (${sql}) AS visible FROM documents d WHERE d.id = ANY($1::int[])`,
    [allIds(), ...params],
  )
  return Object.fromEntries(rows.map((row) => [String(row.id), row.visible]))
}
const canReadById = (viewer: VisibilityViewer) => Object.fromEntries(documents.map((doc) => [doc.id, canRead(viewer, doc.facts)]))

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

  it(`compiled SQL = canRead for ${VIEWERS} random viewers × ${DOCUMENTS} documents, true and false alike`, async () => {
    let pairs = 0
    await fc.assert(
      fc.asyncProperty(viewerArbitrary, async (generated) => {
        const viewer = realViewer(generated)
        expect(await sqlVisibility(viewer)).toEqual(canReadById(viewer))
        pairs += DOCUMENTS
      }),
      { numRuns: VIEWERS, seed: 17 },
    )
    console.log(`visibility: SQL condition in PostgreSQL = canRead on ${pairs} viewer × document pairs`)
  }, 600_000)

  it('compiled SQL takes hostile viewer values as data: no error, no match beyond canRead', async () => {
    // Values that would widen the match if spliced into the SQL text or an array literal unescaped.
    const [unit50, unit51] = [realUnit('u50'), realUnit('u51')]
    const anyUser = userIds.get('1')!
    const hostile: VisibilityViewer = {
      id: `${anyUser}' OR '1'='1`,
      roles: ['editor', 'manager', `staff","admin` as Role],
      orgUnit: `${unit50}\\`,
      unitPath: [`${unit50}\\`, `${unit50}","${unit51}`, `{${unit51}}`, `x') OR true --`],
      managerOf: [`${unit51}',${unit50}`, `\\"${unit50}`],
    }
    const expected = canReadById(hostile)
    expect(await sqlVisibility(hostile)).toEqual(expected)
    // The rule itself gives this viewer nothing of the owning side; without its hostile values it would see more.
    const plain = { ...hostile, id: anyUser, orgUnit: unit50, unitPath: [unit50], managerOf: [unit51] }
    expect(Object.values(canReadById(plain)).filter(Boolean).length).toBeGreaterThan(Object.values(expected).filter(Boolean).length)
  })

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
