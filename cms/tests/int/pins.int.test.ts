import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { OrgUnit, Pin, User } from '../../src/payload-types.ts'
import { buildDocument, buildOrgUnit, buildUser } from './factories.ts'
import { getTestPayload } from './getTestPayload.ts'
import { graphqlQuery, loginAs, rest } from './restClient.ts'

let payload: Payload
let unit: OrgUnit
let owner: User
let other: User
let admin: User
let ownerToken: string
let otherToken: string
let adminToken: string
let ownersPin: Pin
let documentId: number

const pinIds = (json: { docs?: { id: number }[] } | null) => (json?.docs ?? []).map((pin) => pin.id)

beforeAll(async () => {
  payload = await getTestPayload()
  unit = await buildOrgUnit(payload)
  owner = await buildUser(payload, ['staff'], { orgUnit: unit.id })
  other = await buildUser(payload, ['editor'], { orgUnit: unit.id })
  admin = await buildUser(payload, ['admin'])
  ;[ownerToken, otherToken, adminToken] = await Promise.all([loginAs(owner.email), loginAs(other.email), loginAs(admin.email)])
  documentId = (await buildDocument(payload, { ownerUnit: unit.id })).id
  const created = await rest('pins?depth=0', { method: 'POST', token: ownerToken, body: { document: documentId, user: other.id } })
  expect(created.status).toBe(201)
  ownersPin = created.json.doc as Pin
})
afterAll(() => payload.destroy())

describe('pins belong to the person who pinned', () => {
  it('records the signed-in person as the owner, whatever the request named, once per document', async () => {
    expect(ownersPin.user).toBe(owner.id)
    const again = await rest('pins', { method: 'POST', token: ownerToken, body: { document: documentId } })
    expect(again.status).toBe(400)
    const { json } = await rest(`pins?where[document][equals]=${documentId}`, { token: ownerToken })
    expect(pinIds(json)).toEqual([ownersPin.id])
  })

  it.each([
    ['another person', () => otherToken],
    ['an admin', () => adminToken],
  ])('are invisible to %s over REST: list, by id, count, where on the owner', async (_who, token) => {
    const list = await rest('pins?limit=100', { token: token() })
    const byId = await rest(`pins/${ownersPin.id}`, { token: token() })
    const byOwner = await rest(`pins?where[user][equals]=${owner.id}`, { token: token() })
    const count = await rest(`pins/count?where[user][equals]=${owner.id}`, { token: token() })
    expect(pinIds(list.json)).not.toContain(ownersPin.id)
    expect(byId.status).toBe(404)
    expect([byOwner.status, pinIds(byOwner.json)]).toEqual([200, []])
    expect(count.json).toEqual({ totalDocs: 0 })
  })

  it('cannot be read through relationship paths of the owner or the document', async () => {
    const paths = [`user.email][equals]=${encodeURIComponent(owner.email)}`, `user.orgUnit][equals]=${unit.id}`, `document.title][exists]=true`]
    for (const path of paths) {
      const { status } = await rest(`pins?where[${path}`, { token: otherToken })
      expect(status, path).toBe(400)
    }
    const sorted = await rest('pins?sort=user.email', { token: otherToken })
    expect(sorted.status).toBe(400)
  })

  it('cannot be deleted or moved by anyone else, over REST or GraphQL', async () => {
    // The same answer as for a pin that does not exist: ids of others' pins are not confirmed either.
    const foreignPin = await rest(`pins/${ownersPin.id}`, { method: 'DELETE', token: otherToken })
    const noPin = await rest('pins/2000000000', { method: 'DELETE', token: otherToken })
    expect([foreignPin.status, foreignPin.json]).toEqual([noPin.status, noPin.json])
    expect(foreignPin.status).toBe(403)
    const bulk = await rest(`pins?where[id][equals]=${ownersPin.id}`, { method: 'DELETE', token: adminToken })
    expect(pinIds(bulk.json)).toEqual([])
    const moved = await rest(`pins/${ownersPin.id}`, { method: 'PATCH', token: ownerToken, body: { user: other.id } })
    expect(moved.status).toBe(403)
    const gqlDelete = await graphqlQuery(`mutation { deletePin(id: ${ownersPin.id}) { id } }`, otherToken)
    expect(gqlDelete.json.data?.deletePin ?? null).toBeNull()
    const stored = await payload.findByID({ collection: 'pins', id: ownersPin.id, depth: 0, overrideAccess: true })
    expect(stored).toMatchObject({ user: owner.id, document: documentId })
  })

  it('are invisible to others over GraphQL, and the owner sees them', async () => {
    const query = `{ Pins(where: { user: { equals: ${owner.id} } }) { docs { id user { id } } } }`
    const foreign = await graphqlQuery(query, otherToken)
    const own = await graphqlQuery(query, ownerToken)
    expect(foreign.json.data.Pins.docs).toEqual([])
    expect(own.json.data.Pins.docs).toEqual([{ id: ownersPin.id, user: { id: owner.id } }])
    const byId = await graphqlQuery(`{ Pin(id: ${ownersPin.id}) { id } }`, otherToken)
    expect(byId.json.data?.Pin ?? null).toBeNull()
  })

  it('are deleted by their owner', async () => {
    const doc = await buildDocument(payload, { ownerUnit: unit.id })
    const { json } = await rest('pins', { method: 'POST', token: ownerToken, body: { document: doc.id } })
    const removed = await rest(`pins?where[document][equals]=${doc.id}`, { method: 'DELETE', token: ownerToken })
    expect([removed.status, pinIds(removed.json)]).toEqual([200, [json.doc.id]])
  })
})

describe('pinned documents the person may not read', () => {
  it('cannot be pinned, with the same answer whether the document exists or not', async () => {
    const secret = await buildDocument(payload, { ownerUnit: (await buildOrgUnit(payload)).id, classification: 'confidential' })
    const hidden = await rest('pins', { method: 'POST', token: ownerToken, body: { document: secret.id } })
    const missing = await rest('pins', { method: 'POST', token: ownerToken, body: { document: 2_000_000_000 } })
    expect(hidden.status).toBe(400)
    expect(missing.status).toBe(400)
    const messages = (json: { errors: { data?: { errors?: { message: string }[] } }[] }) => json.errors.flatMap((e) => e.data?.errors ?? []).map((e) => e.message.replace(/\d+/g, 'N'))
    expect(messages(hidden.json)).toEqual(messages(missing.json))
  })

  it('show only as a bare id once the document becomes confidential: its title never reaches the owner of the pin', async () => {
    const doc = await buildDocument(payload, { ownerUnit: unit.id, title: 'Bald vertraulich' })
    const foreignUnit = await buildOrgUnit(payload)
    await rest('pins', { method: 'POST', token: ownerToken, body: { document: doc.id } })
    await payload.update({ collection: 'documents', id: doc.id, data: { classification: 'confidential', ownerUnit: foreignUnit.id }, overrideAccess: true })
    const { json } = await rest(`pins?where[document][equals]=${doc.id}&depth=1`, { token: ownerToken })
    expect(json.docs).toEqual([expect.objectContaining({ document: doc.id })])
    expect(JSON.stringify(json)).not.toContain('Bald vertraulich')
  })
})

describe('a pinned document that is deleted', () => {
  it('can still be deleted, and its pin then names no document', async () => {
    const doc = await buildDocument(payload, { ownerUnit: unit.id })
    const { json } = await rest('pins', { method: 'POST', token: ownerToken, body: { document: doc.id } })
    await payload.delete({ collection: 'documents', id: doc.id, overrideAccess: true })
    const stored = await payload.findByID({ collection: 'pins', id: json.doc.id, depth: 0, overrideAccess: true })
    expect(stored.document ?? null).toBeNull()
  })
})
