import { canRead, idsOf, isAddressedTo, ROLES, visibilityFactsOf, type Role, type VisibilityFacts, type VisibilityViewer } from '@lotse/domain'
import { factsArbitrary, UNITS, unitPathOf, USER_IDS } from '@lotse/domain/testing'
import fc from 'fast-check'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Document, User } from '../../src/payload-types.ts'
import { sqlPool } from '../../src/utilities/sqlPool.ts'
import { buildOrgUnit, buildUser, unique } from './factories.ts'
import { getTestPayload } from './getTestPayload.ts'
import { loginAs, rest } from './restClient.ts'

// Read-confirmation completion counted in PostgreSQL (profiles × the compiled rule) must equal the rule evaluated in
// JavaScript person by person — isAddressedTo && canRead, as the endpoints decided before — on generated people,
// documents of every status, classification, audience and responsible person, and confirmations of several rounds.
const PEOPLE = 60
const DOCUMENTS = 40
const MANAGERS = 6

let payload: Payload
const unitIds = new Map<string, string>()
const realUnit = (unit: string) => unitIds.get(unit)!
const people: { user: User; viewer: VisibilityViewer }[] = []
const documents: { id: number; round: number; facts: VisibilityFacts }[] = []
const confirmed = new Set<string>()
const managers: { user: User; scope: Set<string>; token?: string }[] = []
let adminToken: string

const personArbitrary = fc.record({
  roles: fc.subarray([...ROLES] as Role[], { minLength: 1, maxLength: 2 }),
  orgUnit: fc.option(fc.constantFrom(...UNITS), { nil: null, freq: 8 }),
  managerOf: fc.subarray(UNITS, { maxLength: 2 }),
})

beforeAll(async () => {
  payload = await getTestPayload()
  for (const unit of UNITS) {
    const parent = unitPathOf(unit)[1]
    unitIds.set(unit, String((await buildOrgUnit(payload, { name: unique(unit), ...(parent ? { parent: Number(realUnit(parent)) } : {}) })).id))
  }
  const subtree = (unit: string) => UNITS.filter((candidate) => unitPathOf(candidate).includes(unit)).map(realUnit)

  for (const person of fc.sample(personArbitrary, { numRuns: PEOPLE, seed: 23 })) {
    const user = await buildUser(payload, person.roles, {
      name: unique('Person'),
      orgUnit: person.orgUnit ? Number(realUnit(person.orgUnit)) : null,
      managerOf: person.managerOf.map((unit) => Number(realUnit(unit))),
    })
    const viewer = { id: String(user.id), roles: person.roles, orgUnit: person.orgUnit && realUnit(person.orgUnit), unitPath: unitPathOf(person.orgUnit).map(realUnit), managerOf: person.managerOf.map(realUnit) }
    people.push({ user, viewer })
  }
  // The arbitraries' responsible persons `1`…`5` are the first five people.
  const responsibleUser = (id: string) => people[USER_IDS.indexOf(id)].user.id
  for (const facts of fc.sample(factsArbitrary, { numRuns: DOCUMENTS, seed: 29 })) {
    const created = await payload.create({
      collection: 'documents',
      data: {
        title: unique('Lesebestätigung'),
        kind: 'directive',
        classification: facts.classification as Document['classification'],
        ownerUnit: Number(realUnit(facts.ownerUnit ?? 'u52')),
        responsible: facts.responsible ? responsibleUser(facts.responsible) : null,
        audienceUnits: facts.audienceUnits.map((unit) => Number(realUnit(unit))),
        audienceRoles: facts.audienceRoles as Document['audienceRoles'],
        requiresAcknowledgement: true,
        workflowStatus: 'published',
        _status: 'published',
      },
      depth: 0,
      overrideAccess: true,
      context: { skipSearchSync: true },
    })
    // Published first (that starts round 1), then moved to the generated status, as a document's life would.
    const doc =
      facts.workflowStatus === 'published'
        ? created
        : await payload.update({ collection: 'documents', id: created.id, data: { workflowStatus: facts.workflowStatus as Document['workflowStatus'] }, depth: 0, overrideAccess: true, context: { skipSearchSync: true } })
    documents.push({ id: doc.id, round: doc.acknowledgementRound!, facts: visibilityFactsOf(doc) })
  }
  expect(documents.every((doc) => doc.round === 1)).toBe(true)

  // About half of all pairs confirmed round 1; some confirmed another round only (they must not count).
  const rows: [number, number, number][] = []
  fc.sample(fc.tuple(fc.nat(PEOPLE - 1), fc.nat(DOCUMENTS - 1), fc.constantFrom(1, 1, 1, 2)), { numRuns: (PEOPLE * DOCUMENTS) / 2, seed: 31 }).forEach(([p, d, round]) => {
    const key = `${people[p].user.id}:${documents[d].id}:${round}`
    if (confirmed.has(key)) return
    confirmed.add(key)
    rows.push([people[p].user.id, documents[d].id, round])
  })
  await sqlPool(payload).query(
    `INSERT INTO acknowledgements (user_id, document_id, round, acknowledged_at) SELECT * , now() FROM unnest($1::int[], $2::int[], $3::int[])`,
    [rows.map((row) => row[0]), rows.map((row) => row[1]), rows.map((row) => row[2])],
  )

  const admin = await buildUser(payload, ['admin'])
  adminToken = await loginAs(admin.email)
  for (const [index, person] of fc.sample(fc.subarray(UNITS, { minLength: 1, maxLength: 2 }), { numRuns: MANAGERS, seed: 37 }).entries()) {
    const user = await buildUser(payload, index % 2 ? ['manager', 'staff'] : ['manager'], { managerOf: person.map((unit) => Number(realUnit(unit))) })
    managers.push({ user, scope: new Set(person.flatMap(subtree)), token: await loginAs(user.email) })
  }
}, 300_000)
afterAll(() => payload.destroy())

type Completion = Record<string, { addressed: number; acknowledged: number; missing: string[] }>

/** The rule in JavaScript, person by person, for one document and the people of the given units. */
function expectedCompletion(doc: (typeof documents)[number], units: Set<string>): Completion {
  const result: Completion = {}
  for (const { user, viewer } of people) {
    if (!viewer.orgUnit || !units.has(viewer.orgUnit)) continue
    if (!isAddressedTo(viewer, doc.facts) || !canRead(viewer, doc.facts)) continue
    const entry = (result[viewer.orgUnit] ??= { addressed: 0, acknowledged: 0, missing: [] })
    entry.addressed++
    if (confirmed.has(`${user.id}:${doc.id}:${doc.round}`)) entry.acknowledged++
    else entry.missing.push(String(user.id))
  }
  for (const entry of Object.values(result)) entry.missing.sort()
  return result
}

/** The status endpoint's answer in the same shape, for the given units. */
async function statusCompletion(token: string, documentId: number, units: Set<string>): Promise<Completion | number> {
  const { status, json } = await rest(`acknowledgements/status/${documentId}`, { token })
  if (status !== 200) return status
  const result: Completion = {}
  for (const entry of json.units as { unit: { id: string }; addressed: number; acknowledged: number; missing: { id: string }[] }[]) {
    if (!units.has(entry.unit.id)) continue
    result[entry.unit.id] = { addressed: entry.addressed, acknowledged: entry.acknowledged, missing: entry.missing.map((person) => person.id).sort() }
  }
  return result
}

describe('acknowledgement completion in PostgreSQL', () => {
  it('has generated what the comparison needs', () => {
    expect(people.filter(({ viewer }) => viewer.roles.includes('admin')).length).toBeGreaterThan(0)
    expect(new Set(documents.map((doc) => doc.facts.workflowStatus)).size).toBeGreaterThanOrEqual(4)
    expect(documents.filter((doc) => doc.facts.responsible).length).toBeGreaterThan(0)
    expect(documents.filter((doc) => doc.facts.classification === 'confidential').length).toBeGreaterThan(0)
  })

  it(`equals the rule person by person for an admin (all units), on ${DOCUMENTS} documents`, async () => {
    const ours = new Set(unitIds.values())
    let pairs = 0
    for (const doc of documents) {
      const expected = expectedCompletion(doc, ours)
      pairs += Object.values(expected).reduce((sum, entry) => sum + entry.addressed, 0)
      expect(await statusCompletion(adminToken, doc.id, ours), `document ${doc.id} ${JSON.stringify(doc.facts)}`).toEqual(expected)
    }
    expect(pairs).toBeGreaterThan(100)
  }, 300_000)

  it(`equals the rule for ${MANAGERS} managers (their units only), and answers 404 for what they may not read`, async () => {
    let compared = 0
    for (const manager of managers) {
      const viewer: VisibilityViewer = { id: String(manager.user.id), roles: manager.user.roles, orgUnit: null, unitPath: [], managerOf: idsOf(manager.user.managerOf) }
      for (const doc of documents) {
        const answer = await statusCompletion(manager.token!, doc.id, new Set(unitIds.values()))
        if (!canRead(viewer, doc.facts)) {
          expect(answer).toBe(404)
          continue
        }
        expect(answer, `manager of ${[...manager.scope].join(", ")} on document ${doc.id}`).toEqual(expectedCompletion(doc, manager.scope))
        compared++
      }
    }
    expect(compared).toBeGreaterThan(MANAGERS * 5)
  }, 300_000)

  it('lists on the dashboard the directives that ask someone of the manager, with the same totals', async () => {
    for (const manager of managers) {
      const viewer: VisibilityViewer = { id: String(manager.user.id), roles: manager.user.roles, orgUnit: null, unitPath: [], managerOf: idsOf(manager.user.managerOf) }
      const listed = new Map<number, { addressed: number; acknowledged: number }>()
      for (let page = 1, pages = 1; page <= pages; page++) {
        const { status, json } = await rest(`dashboard?page=${page}`, { token: manager.token })
        expect(status).toBe(200)
        pages = json.directives.pages
        for (const item of json.directives.directives) listed.set(item.id, item)
      }
      for (const doc of documents) {
        const expected = Object.values(expectedCompletion(doc, manager.scope))
        const asksSomeone = doc.facts.workflowStatus === 'published' && canRead(viewer, doc.facts) && expected.length > 0
        expect(listed.has(doc.id), `document ${doc.id} listed for manager of ${[...manager.scope].join(", ")}`).toBe(asksSomeone)
        if (asksSomeone) {
          expect(listed.get(doc.id)).toMatchObject({
            addressed: expected.reduce((sum, entry) => sum + entry.addressed, 0),
            acknowledged: expected.reduce((sum, entry) => sum + entry.acknowledged, 0),
          })
        }
      }
    }
  }, 300_000)
})
