import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { OrgUnit, User } from '../../src/payload-types.ts'
import { lexical } from '../../src/scripts/seed/lexical.ts'
import { buildOrgUnit, buildUser, unique } from './factories.ts'
import { getTestPayload } from './getTestPayload.ts'
import { graphqlQuery, loginAs, rest } from './restClient.ts'

// The site's origin as `npm start` passes it, set before the config is loaded by the imports above.
vi.hoisted(() => {
  process.env.SITE_URL = 'http://127.0.0.1:4321'
})

/**
 * The workflow's ways in, tried by people who must not get through: a manager of another unit (the workflow endpoint,
 * version history, the comparison, restore, GraphQL), staff of the owning unit, and a page on a foreign origin using
 * an editor's login cookie. Whatever they try, the document stays as it was.
 */
let payload: Payload
let unit: OrgUnit
const people = {} as Record<'author' | 'reviewer' | 'foreignManager' | 'staff', User>
const tokens = {} as Record<keyof typeof people, string>
type Person = keyof typeof people

beforeAll(async () => {
  payload = await getTestPayload()
  unit = await buildOrgUnit(payload)
  const other = await buildOrgUnit(payload)
  people.author = await buildUser(payload, ['editor'], { orgUnit: unit.id })
  people.reviewer = await buildUser(payload, ['editor'], { orgUnit: unit.id })
  people.foreignManager = await buildUser(payload, ['manager'], { orgUnit: other.id, managerOf: [other.id] })
  people.staff = await buildUser(payload, ['staff'], { orgUnit: unit.id })
  for (const name of Object.keys(people) as Person[]) tokens[name] = await loginAs(people[name].email)
})
afterAll(() => payload.destroy())

const step = (who: Person, id: number, action: string, comment?: string) => rest(`documents/${id}/workflow`, { method: 'POST', token: tokens[who], body: { action, comment } })
const stateOf = async (id: number) => {
  const doc = await payload.findByID({ collection: 'documents', id, draft: true, depth: 0, overrideAccess: true })
  return { status: doc.workflowStatus, summary: doc.summary, updatedAt: doc.updatedAt }
}

async function submitted() {
  const created = await rest('documents?draft=true', {
    method: 'POST',
    token: tokens.author,
    body: { title: unique('Weisung'), kind: 'directive', ownerUnit: unit.id, summary: 'Entwurf', body: lexical('Vertraulicher Entwurfstext.'), classification: 'internal' },
  })
  const id = created.json.doc.id as number
  expect((await step('author', id, 'submit')).json).toMatchObject({ status: 'in-review' })
  return id
}

describe('a manager of another unit', () => {
  it('learns nothing about a document in review of another unit and cannot move it', async () => {
    const id = await submitted()
    const before = await stateOf(id)
    expect((await rest(`documents/${id}/workflow`, { token: tokens.foreignManager })).status).toBe(404)
    for (const [action, comment] of [['approve'], ['return', 'Zurück!'], ['withdraw'], ['supersede'], ['submit']] as const) {
      expect([action, (await step('foreignManager', id, action, comment)).status]).toEqual([action, 404])
    }
    const versions = await rest(`documents/versions?where[parent][equals]=${id}`, { token: tokens.foreignManager })
    expect([versions.status, versions.json.totalDocs]).toEqual([200, 0])
    const [version] = (await payload.findVersions({ collection: 'documents', where: { parent: { equals: id } }, limit: 1, overrideAccess: true })).docs
    // An unreadable version answers like one that does not exist: its id says nothing.
    const unreadable = await rest(`documents/versions/${version.id}`, { token: tokens.foreignManager })
    const missing = await rest(`documents/versions/2000000000`, { token: tokens.foreignManager })
    expect([unreadable.status, unreadable.json]).toEqual([missing.status, missing.json])
    expect((await rest(`documents/${id}/compare?from=${version.id}&to=${version.id}`, { token: tokens.foreignManager })).status).toBe(404)
    expect((await rest(`documents/versions/${version.id}?draft=true`, { method: 'POST', token: tokens.foreignManager })).status).toBe(403)
    const gql = await graphqlQuery(
      `{ versionsDocuments(where: { parent: { equals: ${id} } }) { totalDocs docs { version { summary } } } Document(id: ${id}, draft: true) { summary } }`,
      tokens.foreignManager,
    )
    expect([gql.json.data?.versionsDocuments?.totalDocs ?? 0, gql.json.data?.Document ?? null]).toEqual([0, null])
    const mutation = await graphqlQuery(`mutation { updateDocument(id: ${id}, data: { workflowStatus: published, _status: published }) { id } }`, tokens.foreignManager)
    expect(mutation.json.data?.updateDocument ?? null).toBeNull()
    expect(await stateOf(id)).toEqual(before)
  })

  it('can read a published document of another unit but neither retire nor supersede it', async () => {
    const id = await submitted()
    expect((await step('reviewer', id, 'approve')).json).toMatchObject({ status: 'published' })
    const before = await stateOf(id)
    expect((await rest(`documents/${id}/workflow`, { token: tokens.foreignManager })).json).toMatchObject({ status: 'published', actions: [], mayChange: false })
    expect((await step('foreignManager', id, 'withdraw')).status).toBeGreaterThanOrEqual(400)
    expect((await step('foreignManager', id, 'supersede')).status).toBe(403)
    const patch = await rest(`documents/${id}`, { method: 'PATCH', token: tokens.foreignManager, body: { workflowStatus: 'withdrawn', _status: 'published' } })
    expect(patch.status).toBe(403)
    expect(await stateOf(id)).toEqual(before)
  })
})

describe('staff of the owning unit', () => {
  it('get no admin, no workflow step and no version history of drafts', async () => {
    const id = await submitted()
    const before = await stateOf(id)
    expect((await rest('access', { token: tokens.staff })).json.canAccessAdmin ?? false).toBe(false)
    expect((await rest(`documents/${id}/workflow`, { token: tokens.staff })).status).toBe(404)
    expect((await step('staff', id, 'approve')).status).toBe(404)
    expect((await rest(`documents/versions?where[parent][equals]=${id}`, { token: tokens.staff })).json.totalDocs).toBe(0)
    expect(await stateOf(id)).toEqual(before)
  })
})

describe('a page on a foreign origin with an editor’s login cookie (CSRF)', () => {
  it.each([
    ['a foreign page', { origin: 'http://evil.example' }],
    ['a cross-site request without Origin', { 'sec-fetch-site': 'cross-site' }],
  ])('%s cannot take a workflow step or restore a version', async (_case, headers) => {
    const id = await submitted()
    const before = await stateOf(id)
    const cookie = { cookie: `payload-token=${tokens.reviewer}`, ...headers }
    const approve = await rest(`documents/${id}/workflow`, { method: 'POST', headers: cookie, body: { action: 'approve' } })
    const returned = await rest(`documents/${id}/workflow`, { method: 'POST', headers: cookie, body: { action: 'return', comment: 'x' } })
    const [version] = (await payload.findVersions({ collection: 'documents', where: { parent: { equals: id } }, limit: 1, overrideAccess: true })).docs
    const restored = await rest(`documents/versions/${version.id}`, { method: 'POST', headers: cookie })
    expect([approve.status, returned.status, restored.status]).toEqual([401, 401, 401])
    expect(await stateOf(id)).toEqual(before)
    // The same cookie from the admin's own origin works: the refusal above is the origin's, not a broken login.
    const own = await rest(`documents/${id}/workflow`, { headers: { cookie: `payload-token=${tokens.reviewer}`, origin: 'http://127.0.0.1:3000' } })
    expect(own.json).toMatchObject({ status: 'in-review', actions: ['approve', 'return'], mayChange: true })
  })
})
