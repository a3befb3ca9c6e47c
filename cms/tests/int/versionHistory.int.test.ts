import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Document, OrgUnit, User } from '../../src/payload-types.ts'
import { lexical } from '../../src/scripts/seed/lexical.ts'
import { buildOrgUnit, buildUser, unique } from './factories.ts'
import { getTestPayload } from './getTestPayload.ts'
import { graphqlQuery, loginAs, rest } from './restClient.ts'

/**
 * The version history readers compare on the document page: released versions with their metadata changes, and never
 * a draft's content for staff — not in the list, the comparison, the document itself, nor over GraphQL.
 */
const SECRET = 'Geheimwortentwurf'

let payload: Payload
let unit: OrgUnit
let author: User
let reviewer: User
let staff: User
let staffToken: string
let doc: Document
let released: { id: number }[]
let draftVersionId: number

const as = (user: User) => ({ user, overrideAccess: false as const })
const submit = (user: User, id: number, data: Partial<Document> = {}) =>
  payload.update({ collection: 'documents', id, data: { ...data, workflowStatus: 'in-review' }, draft: true, depth: 0, ...as(user) })
const publish = (user: User, id: number) => payload.update({ collection: 'documents', id, data: { workflowStatus: 'published', _status: 'published' }, depth: 0, ...as(user) })

beforeAll(async () => {
  payload = await getTestPayload()
  unit = await buildOrgUnit(payload)
  author = await buildUser(payload, ['editor'], { orgUnit: unit.id })
  reviewer = await buildUser(payload, ['editor'], { orgUnit: unit.id })
  staff = await buildUser(payload, ['staff'], { orgUnit: (await buildOrgUnit(payload)).id })
  staffToken = await loginAs(staff.email)
  doc = await payload.create({
    collection: 'documents',
    data: { title: unique('Weisung Fristen'), kind: 'directive', ownerUnit: unit.id, body: lexical('Die Frist beträgt 7 Tage.'), versionLabel: '1.0', validFrom: '2026-01-01T12:00:00.000Z' },
    draft: true,
    ...as(author),
  })
  await submit(author, doc.id)
  await publish(reviewer, doc.id)
  await submit(author, doc.id, { body: lexical('Die Frist beträgt 14 Tage.'), versionLabel: '2.0', changeNote: 'Frist verlängert', validUntil: '2030-12-31T12:00:00.000Z' })
  await publish(reviewer, doc.id)
  // A newer draft nobody approved, with a word that must never reach staff.
  await payload.update({ collection: 'documents', id: doc.id, data: { body: lexical(`Die Frist beträgt ${SECRET} Tage.`), versionLabel: '3.0-Entwurf' }, draft: true, depth: 0, ...as(author) })
  const all = await payload.findVersions({ collection: 'documents', where: { parent: { equals: doc.id } }, sort: '-updatedAt', limit: 100, depth: 0, overrideAccess: true })
  draftVersionId = Number(all.docs[0].id)
  expect(all.docs[0].version.workflowStatus).toBe('draft')
  released = all.docs.filter((v) => v.version._status === 'published').map((v) => ({ id: Number(v.id) }))
})
afterAll(() => payload.destroy())

describe('version history for staff', () => {
  it('lists released versions only', async () => {
    const { status, json } = await rest(`documents/versions?where[parent][equals]=${doc.id}&sort=-updatedAt&limit=100&depth=0`, { token: staffToken })
    expect(status).toBe(200)
    const statuses = (json.docs as { version: { workflowStatus: string } }[]).map((v) => v.version.workflowStatus)
    expect(statuses.length).toBeGreaterThanOrEqual(2)
    expect(statuses.every((s) => s === 'published')).toBe(true)
    expect(JSON.stringify(json)).not.toContain(SECRET)
  })

  it('compares two released versions word by word, with the metadata that changed', async () => {
    const [newest, oldest] = [released[0], released.at(-1)!]
    const { status, json } = await rest(`documents/${doc.id}/compare?from=${oldest.id}&to=${newest.id}`, { token: staffToken })
    expect(status).toBe(200)
    expect(json.changes).toEqual(expect.arrayContaining([{ op: 'delete', text: '7' }, { op: 'insert', text: '14' }]))
    expect(json.fields).toEqual([
      { field: 'versionLabel', from: '1.0', to: '2.0' },
      { field: 'validUntil', from: null, to: '2030-12-31T12:00:00.000Z' },
    ])
    expect(json.to).toMatchObject({ versionLabel: '2.0', changeNote: 'Frist verlängert', status: 'published', publishedAt: expect.any(String) })
  })

  it('never hands out the newer draft: not compared, not by id, not as the document, not over GraphQL', async () => {
    const compared = await rest(`documents/${doc.id}/compare?from=${released[0].id}&to=${draftVersionId}`, { token: staffToken })
    const reversed = await rest(`documents/${doc.id}/compare?from=${draftVersionId}&to=${released[0].id}`, { token: staffToken })
    const byId = await rest(`documents/versions/${draftVersionId}`, { token: staffToken })
    const asDraft = await rest(`documents/${doc.id}?draft=true`, { token: staffToken })
    const gql = await graphqlQuery(`{ versionsDocuments(where: { parent: { equals: ${doc.id} } }) { docs { id version { versionLabel } } } }`, staffToken)
    expect([compared.status, reversed.status]).toEqual([404, 404])
    expect(byId.status).toBeGreaterThanOrEqual(400)
    for (const answer of [compared.json, reversed.json, byId.json, asDraft.json, gql.json]) expect(JSON.stringify(answer)).not.toMatch(/Geheimwort|3\.0-Entwurf/)
    expect(asDraft.json.versionLabel).toBe('2.0')
  })

  it('lets the owning unit’s editor compare the draft with the published version', async () => {
    const { status, json } = await rest(`documents/${doc.id}/compare?from=${released[0].id}&to=${draftVersionId}`, { token: await loginAs(reviewer.email) })
    expect(status).toBe(200)
    expect(json.changes).toEqual(expect.arrayContaining([{ op: 'insert', text: SECRET }]))
  })
})
