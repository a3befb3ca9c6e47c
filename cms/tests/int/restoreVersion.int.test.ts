import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OrgUnit, User } from '../../src/payload-types.ts'
import { lexical } from '../../src/scripts/seed/lexical.ts'
import { buildOrgUnit, buildUser, unique } from './factories.ts'
import { getTestPayload } from './getTestPayload.ts'
import { graphqlQuery, loginAs, rest } from './restClient.ts'

/**
 * Restoring an old version is a change like any other: it becomes the document's new draft and reaches readers only
 * through review and approval by a second person (four eyes), whoever restores and however (admin button, REST,
 * GraphQL). Only those who may change the document (editors and managers of the owning unit, admins) restore at all.
 */
let payload: Payload
let unit: OrgUnit
let other: OrgUnit
const people = {} as Record<'author' | 'reviewer' | 'manager' | 'foreignManager' | 'foreignEditor' | 'staff', User>
const tokens = {} as Record<keyof typeof people, string>
type Person = keyof typeof people

beforeAll(async () => {
  payload = await getTestPayload()
  unit = await buildOrgUnit(payload)
  other = await buildOrgUnit(payload)
  people.author = await buildUser(payload, ['editor'], { orgUnit: unit.id })
  people.reviewer = await buildUser(payload, ['editor'], { orgUnit: unit.id })
  people.manager = await buildUser(payload, ['manager'], { orgUnit: other.id, managerOf: [unit.id] })
  people.foreignManager = await buildUser(payload, ['manager'], { orgUnit: other.id, managerOf: [other.id] })
  people.foreignEditor = await buildUser(payload, ['editor'], { orgUnit: other.id })
  people.staff = await buildUser(payload, ['staff'], { orgUnit: unit.id })
  for (const name of Object.keys(people) as Person[]) tokens[name] = await loginAs(people[name].email)
})
afterAll(() => payload.destroy())

const german = { 'accept-language': 'de' }
const step = (who: Person, id: number, action: string) => rest(`documents/${id}/workflow`, { method: 'POST', token: tokens[who], headers: german, body: { action } })
const restore = (who: Person | null, versionId: string | number, query = '') =>
  rest(`documents/versions/${versionId}${query}`, { method: 'POST', ...(who ? { token: tokens[who] } : {}), headers: german })
const published = (id: number) => payload.findByID({ collection: 'documents', id, draft: false, depth: 0, overrideAccess: true })
const latest = (id: number) => payload.findByID({ collection: 'documents', id, draft: true, depth: 0, overrideAccess: true })

/** A document published twice ("Fassung 1", then "Fassung 2"), and the id of the version that published "Fassung 1". */
async function publishedTwice() {
  const created = await rest('documents?draft=true', {
    method: 'POST',
    token: tokens.author,
    body: { title: unique('Weisung'), kind: 'directive', ownerUnit: unit.id, summary: 'Fassung 1', body: lexical('Erste Fassung.'), classification: 'internal' },
  })
  const id = created.json.doc.id as number
  await step('author', id, 'submit')
  expect((await step('reviewer', id, 'approve')).json).toMatchObject({ status: 'published' })
  await rest(`documents/${id}?draft=true`, { method: 'PATCH', token: tokens.author, body: { summary: 'Fassung 2', changeNote: 'Zweite Fassung', workflowStatus: 'in-review' } })
  expect((await step('reviewer', id, 'approve')).json).toMatchObject({ status: 'published' })
  const { docs } = await payload.findVersions({ collection: 'documents', where: { and: [{ parent: { equals: id } }, { 'version._status': { equals: 'published' } }, { 'version.summary': { equals: 'Fassung 1' } }] }, sort: '-updatedAt', limit: 1, overrideAccess: true })
  return { id, firstVersion: docs[0].id }
}

describe('restoring a version of a document', () => {
  it('makes the old version the new draft for an editor of the unit; readers still see the published version', async () => {
    const { id, firstVersion } = await publishedTwice()
    const restored = await restore('author', firstVersion)
    expect([restored.status, restored.json.summary, restored.json.workflowStatus, restored.json._status]).toEqual([200, 'Fassung 1', 'draft', 'draft'])
    expect(await latest(id)).toMatchObject({ summary: 'Fassung 1', workflowStatus: 'draft', _status: 'draft' })
    expect(await published(id)).toMatchObject({ summary: 'Fassung 2', workflowStatus: 'published', _status: 'published' })
    const read = await rest(`documents/${id}`, { token: tokens.staff })
    expect([read.status, read.json.summary]).toEqual([200, 'Fassung 2'])
  })

  it('never publishes, even when asked to restore as published (?draft=false), and the restorer cannot approve it', async () => {
    const { id, firstVersion } = await publishedTwice()
    expect((await restore('author', firstVersion, '?draft=false')).json).toMatchObject({ workflowStatus: 'draft', _status: 'draft' })
    expect(await published(id)).toMatchObject({ summary: 'Fassung 2', workflowStatus: 'published' })
    // From here on the ordinary lifecycle: submitted by the restorer, approved only by someone else.
    expect((await step('author', id, 'submit')).json).toMatchObject({ status: 'in-review' })
    const own = await step('author', id, 'approve')
    expect([own.status, own.json.errors[0].message]).toEqual([400, expect.stringMatching(/^Vier-Augen-Prinzip/)])
    expect(await published(id)).toMatchObject({ summary: 'Fassung 2' })
  })

  it('turns a version in review into a draft again, so a restore is no way around the approval', async () => {
    const { id } = await publishedTwice()
    await rest(`documents/${id}?draft=true`, { method: 'PATCH', token: tokens.author, body: { summary: 'Fassung 3', changeNote: 'Dritte Fassung', workflowStatus: 'in-review' } })
    const { docs } = await payload.findVersions({ collection: 'documents', where: { parent: { equals: id } }, sort: '-updatedAt', limit: 1, overrideAccess: true })
    expect(docs[0].version).toMatchObject({ summary: 'Fassung 3', workflowStatus: 'in-review' })
    // The reviewer restores the submitted version itself: it comes back as a draft, not as an approval.
    expect((await restore('reviewer', docs[0].id)).json).toMatchObject({ summary: 'Fassung 3', workflowStatus: 'draft', _status: 'draft' })
    expect(await published(id)).toMatchObject({ summary: 'Fassung 2', workflowStatus: 'published' })
  })

  it('lets a manager of the owning unit restore as a draft (the rule lets managers change their units’ documents), never publish', async () => {
    const { id, firstVersion } = await publishedTwice()
    expect((await restore('manager', firstVersion)).json).toMatchObject({ summary: 'Fassung 1', workflowStatus: 'draft' })
    expect(await published(id)).toMatchObject({ summary: 'Fassung 2', workflowStatus: 'published' })
  })

  it.each([
    ['a manager of another unit', 'foreignManager', 403],
    ['an editor of another unit', 'foreignEditor', 403],
    ['staff of the owning unit', 'staff', 403],
  ] as const)('refuses %s, and changes nothing', async (_who, who, status) => {
    const { id, firstVersion } = await publishedTwice()
    const before = await latest(id)
    expect((await restore(who, firstVersion)).status).toBe(status)
    const gql = await graphqlQuery(`mutation { restoreVersionDocument(id: ${firstVersion}, draft: true) { id } }`, tokens[who])
    expect([gql.json.data?.restoreVersionDocument ?? null, gql.json.errors?.length > 0]).toEqual([null, true])
    expect(await latest(id)).toMatchObject({ summary: before.summary, updatedAt: before.updatedAt })
    expect(await published(id)).toMatchObject({ summary: 'Fassung 2', workflowStatus: 'published' })
  })

  it('refuses anonymous callers and unknown or malformed version ids', async () => {
    const { firstVersion } = await publishedTwice()
    expect((await restore(null, firstVersion)).status).toBe(401)
    expect((await restore('author', 2_000_000_000)).status).toBe(404)
    expect((await restore('author', 'abc')).status).toBe(404)
  })

  it('over GraphQL restores only as a draft: draft: false is refused with a sentence that says what to do', async () => {
    const { id, firstVersion } = await publishedTwice()
    const asPublished = await graphqlQuery(`mutation { restoreVersionDocument(id: ${firstVersion}) { id } }`, tokens.author, german)
    expect([asPublished.json.data?.restoreVersionDocument ?? null, asPublished.json.errors?.[0]?.message]).toEqual([null, expect.stringMatching(/als Entwurf wiederhergestellt/)])
    expect(await latest(id)).toMatchObject({ summary: 'Fassung 2', workflowStatus: 'published' })
    const asDraft = await graphqlQuery(`mutation { restoreVersionDocument(id: ${firstVersion}, draft: true) { id summary workflowStatus _status } }`, tokens.author)
    expect(asDraft.json.data?.restoreVersionDocument).toMatchObject({ summary: 'Fassung 1', workflowStatus: 'draft', _status: 'draft' })
    expect(await published(id)).toMatchObject({ summary: 'Fassung 2', workflowStatus: 'published' })
  })

  it('through the Local API for a person: only as a draft as well', async () => {
    const { firstVersion } = await publishedTwice()
    await expect(payload.restoreVersion({ collection: 'documents', id: String(firstVersion), user: people.author, overrideAccess: false })).rejects.toThrow(/as a draft/)
  })
})
