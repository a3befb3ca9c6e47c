import { Forbidden, ValidationError, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Document, OrgUnit, User } from '../../src/payload-types.ts'
import { lexical } from '../../src/scripts/seed/lexical.ts'
import { buildDocument, buildOrgUnit, buildUser, unique } from './factories.ts'
import { getTestPayload } from './getTestPayload.ts'
import { loginAs, rest } from './restClient.ts'

let payload: Payload
let unit: OrgUnit
let author: User
let reviewer: User
let manager: User
let foreignEditor: User
let staff: User

beforeAll(async () => {
  payload = await getTestPayload()
  unit = await buildOrgUnit(payload)
  const foreign = await buildOrgUnit(payload)
  author = await buildUser(payload, ['editor'], { orgUnit: unit.id })
  reviewer = await buildUser(payload, ['editor'], { orgUnit: unit.id })
  manager = await buildUser(payload, ['manager'], { orgUnit: foreign.id, managerOf: [unit.id] })
  foreignEditor = await buildUser(payload, ['editor'], { orgUnit: foreign.id })
  staff = await buildUser(payload, ['staff'], { orgUnit: unit.id })
})
afterAll(() => payload.destroy())

const as = (user: User) => ({ user, overrideAccess: false as const })
const fieldErrors = async (promise: Promise<unknown>) => {
  const error = (await promise.then(() => null, (e: unknown) => e)) as ValidationError | null
  expect(error).toBeInstanceOf(ValidationError)
  return error!.data.errors.map(({ path, message }) => ({ path, message }))
}

async function draftBy(user: User, data: Partial<Document> = {}) {
  return payload.create({ collection: 'documents', data: { title: unique('Weisung'), kind: 'directive', ownerUnit: unit.id, body: lexical('Erste Fassung.'), ...data }, draft: true, ...as(user) })
}
const submit = (user: User, id: number, data: Partial<Document> = {}) =>
  payload.update({ collection: 'documents', id, data: { ...data, workflowStatus: 'in-review' }, draft: true, depth: 0, ...as(user) })
const publish = (user: User, id: number, data: Partial<Document> = {}) =>
  payload.update({ collection: 'documents', id, data: { ...data, workflowStatus: 'published', _status: 'published' }, depth: 0, ...as(user) })

describe('lifecycle draft → in-review → published', () => {
  it('publishes through a second person and records who did what', async () => {
    const doc = await draftBy(author)
    expect(doc).toMatchObject({ workflowStatus: 'draft', _status: 'draft' })
    const inReview = await submit(author, doc.id)
    expect(inReview).toMatchObject({ workflowStatus: 'in-review', submittedBy: author.id })

    expect(await fieldErrors(publish(author, doc.id))).toEqual([{ path: 'workflowStatus', message: expect.stringContaining('Four-eyes') }])
    const published = await publish(reviewer, doc.id)
    expect(published).toMatchObject({ workflowStatus: 'published', _status: 'published', publishedBy: reviewer.id, publishedAt: expect.any(String) })

    const { docs: audit } = await payload.find({ collection: 'audit-log', where: { documentId: { equals: String(doc.id) } }, sort: 'createdAt', overrideAccess: true })
    expect(audit.map((entry) => [entry.action, entry.userId])).toEqual([
      ['create', String(author.id)],
      ['submit', String(author.id)],
      ['approve', String(reviewer.id)],
    ])
  })

  it('lets a manager of the owning unit approve', async () => {
    const doc = await draftBy(author)
    await submit(author, doc.id)
    await expect(publish(manager, doc.id)).resolves.toMatchObject({ workflowStatus: 'published' })
  })

  it('refuses publishing a draft that skipped review', async () => {
    const doc = await draftBy(author)
    expect(await fieldErrors(publish(reviewer, doc.id))).toEqual([{ path: 'workflowStatus', message: expect.stringContaining('in review') }])
  })

  it('requires a new change note for the next version and keeps each version’s note', async () => {
    const doc = await draftBy(author, { changeNote: 'Erstfassung' })
    await submit(author, doc.id)
    await publish(reviewer, doc.id)
    await submit(author, doc.id, { body: lexical('Zweite Fassung.') })
    expect(await fieldErrors(publish(reviewer, doc.id))).toEqual([{ path: 'changeNote', message: expect.stringContaining('change note') }])
    await submit(author, doc.id, { changeNote: 'Frist verlängert' })
    await publish(reviewer, doc.id)
    const { docs } = await payload.findVersions({ collection: 'documents', where: { and: [{ parent: { equals: doc.id } }, { 'version._status': { equals: 'published' } }] }, sort: 'createdAt', overrideAccess: true })
    expect(docs.map((v) => v.version.changeNote)).toEqual(['Erstfassung', 'Frist verlängert'])
  })

  it('lets only editors of the owning unit edit', async () => {
    const doc = await draftBy(author)
    await expect(payload.update({ collection: 'documents', id: doc.id, data: { title: 'Fremd' }, draft: true, ...as(foreignEditor) })).rejects.toThrow(Forbidden)
    await expect(payload.create({ collection: 'documents', data: { title: 'Nein', kind: 'news', ownerUnit: unit.id }, draft: true, ...as(staff) })).rejects.toThrow(Forbidden)
    expect(await fieldErrors(payload.create({ collection: 'documents', data: { title: 'Fremd', kind: 'news', ownerUnit: unit.id }, draft: true, ...as(foreignEditor) }))).toEqual([
      { path: 'ownerUnit', message: expect.stringContaining('a unit you belong to') },
    ])
  })

  it('withdraws a published document', async () => {
    const doc = await buildDocument(payload, { ownerUnit: unit.id })
    await expect(payload.update({ collection: 'documents', id: doc.id, data: { workflowStatus: 'withdrawn', _status: 'published' }, ...as(author) })).resolves.toMatchObject({ workflowStatus: 'withdrawn' })
  })
})

describe('bad input is refused precisely, and nothing is half-written', () => {
  it('refuses a validity that ends before it starts', async () => {
    const before = await payload.count({ collection: 'documents', overrideAccess: true })
    expect(await fieldErrors(draftBy(author, { validFrom: '2027-03-01T00:00:00.000Z', validUntil: '2027-02-01T00:00:00.000Z' }))).toEqual([
      { path: 'validUntil', message: expect.stringContaining('before its start') },
    ])
    expect(await payload.count({ collection: 'documents', overrideAccess: true })).toEqual(before)
  })

  it('refuses a document superseding itself, and a supersession cycle', async () => {
    const first = await buildDocument(payload, { ownerUnit: unit.id })
    expect(await fieldErrors(payload.update({ collection: 'documents', id: first.id, data: { supersedes: first.id }, draft: true, ...as(author) }))).toEqual([
      { path: 'supersedes', message: 'A document cannot supersede itself.' },
    ])
    const second = await buildDocument(payload, { ownerUnit: unit.id, supersedes: first.id })
    expect(await fieldErrors(payload.update({ collection: 'documents', id: first.id, data: { supersedes: second.id }, draft: true, ...as(author) }))).toEqual([
      { path: 'supersedes', message: expect.stringContaining('cycle') },
    ])
  })
})

describe('supersession', () => {
  it('marks the predecessor superseded and links both ways when the successor is published', async () => {
    const old = await buildDocument(payload, { ownerUnit: unit.id, title: unique('Alte Weisung') })
    const successor = await draftBy(author, { supersedes: old.id })
    await submit(author, successor.id)
    await publish(reviewer, successor.id)
    const predecessor = await payload.findByID({ collection: 'documents', id: old.id, depth: 0, overrideAccess: true })
    expect(predecessor).toMatchObject({ workflowStatus: 'superseded', supersededBy: successor.id, _status: 'published', title: old.title })
    const { docs } = await payload.find({ collection: 'search-outbox', where: { documentId: { equals: String(old.id) } }, sort: '-id', limit: 1, overrideAccess: true })
    expect(docs[0]).toMatchObject({ op: 'upsert', record: { status: 'superseded' } })
  })

  it('does not publish an unreviewed draft of the predecessor along the way', async () => {
    const old = await buildDocument(payload, { ownerUnit: unit.id, title: 'Veröffentlichter Stand' })
    await payload.update({ collection: 'documents', id: old.id, data: { title: 'Ungeprüfter Entwurf' }, draft: true, ...as(author) })
    const successor = await draftBy(author, { supersedes: old.id })
    await submit(author, successor.id)
    await publish(reviewer, successor.id)
    expect(await payload.findByID({ collection: 'documents', id: old.id, overrideAccess: true })).toMatchObject({ title: 'Veröffentlichter Stand', workflowStatus: 'superseded' })
  })
})

describe('version history', () => {
  it('closes with the document: a raised classification hides the older versions from outsiders too', async () => {
    const doc = await buildDocument(payload, { ownerUnit: unit.id, classification: 'internal', title: unique('Früher intern') })
    const outsider = await buildUser(payload, ['staff'], { orgUnit: (await buildOrgUnit(payload)).id })
    const versionsFor = async (user: User) =>
      (await payload.findVersions({ collection: 'documents', where: { parent: { equals: doc.id } }, user, overrideAccess: false })).totalDocs
    expect(await versionsFor(outsider)).toBe(1)
    await payload.update({ collection: 'documents', id: doc.id, data: { classification: 'confidential', _status: 'published' }, overrideAccess: true })
    expect(await versionsFor(outsider)).toBe(0)
    expect(await versionsFor(staff)).toBe(2)
  })
})

describe('versions and review lists over REST', () => {
  it('compares two versions word by word', async () => {
    const doc = await draftBy(author, { body: lexical('Die Frist beträgt 7 Tage.'), changeNote: 'Erstfassung' })
    await submit(author, doc.id)
    await publish(reviewer, doc.id)
    await submit(author, doc.id, { body: lexical('Die Frist beträgt 14 Tage.'), changeNote: 'Frist verlängert' })
    await publish(reviewer, doc.id)
    const { docs } = await payload.findVersions({ collection: 'documents', where: { and: [{ parent: { equals: doc.id } }, { 'version._status': { equals: 'published' } }] }, sort: 'createdAt', overrideAccess: true })
    const token = await loginAs(staff.email)
    const { status, json } = await rest(`documents/${doc.id}/compare?from=${docs[0].id}&to=${docs.at(-1)!.id}`, { token })
    expect(status).toBe(200)
    expect(json.to.changeNote).toBe('Frist verlängert')
    expect(json.changes).toEqual(expect.arrayContaining([{ op: 'delete', text: '7' }, { op: 'insert', text: '14' }]))
  })

  it('lists documents due for review for the owning unit', async () => {
    const due = await buildDocument(payload, { ownerUnit: unit.id, title: unique('Fällig'), reviewDue: '2020-01-01T00:00:00.000Z' })
    await buildDocument(payload, { ownerUnit: unit.id, title: unique('Später'), reviewDue: '2099-01-01T00:00:00.000Z' })
    const { status, json } = await rest('documents/review-due?withinDays=30', { token: await loginAs(manager.email) })
    expect(status).toBe(200)
    const listed = json.units.flatMap((entry: { documents: { id: number; overdue: boolean }[] }) => entry.documents)
    expect(listed).toContainEqual(expect.objectContaining({ id: due.id, overdue: true }))
    expect(listed.every((doc: { reviewDue: string }) => new Date(doc.reviewDue) < new Date('2099-01-01'))).toBe(true)
    expect((await rest('documents/review-due', { token: await loginAs(staff.email) })).status).toBe(403)
  })
})

describe('audit log', () => {
  it('cannot be changed or deleted, not even by server code overriding access, nor in SQL', async () => {
    const doc = await buildDocument(payload, { ownerUnit: unit.id })
    const { docs } = await payload.find({ collection: 'audit-log', where: { documentId: { equals: String(doc.id) } }, overrideAccess: true })
    const entry = docs[0]
    await expect(payload.update({ collection: 'audit-log', id: entry.id, data: { action: 'delete' }, overrideAccess: true })).rejects.toThrow(/append-only/)
    await expect(payload.delete({ collection: 'audit-log', id: entry.id, overrideAccess: true })).rejects.toThrow(/append-only/)
    await expect(payload.db.drizzle.execute(`DELETE FROM audit_log WHERE id = ${entry.id}`)).rejects.toMatchObject({ cause: { message: expect.stringMatching(/append-only/) } })
    await expect(payload.db.drizzle.execute(`UPDATE audit_log SET action = 'delete' WHERE id = ${entry.id}`)).rejects.toMatchObject({ cause: { message: expect.stringMatching(/append-only/) } })
    const admin = await buildUser(payload, ['admin'])
    const token = await loginAs(admin.email)
    expect((await rest(`audit-log/${entry.id}`, { method: 'PATCH', token, body: { action: 'delete' } })).status).toBe(403)
    expect((await rest(`audit-log/${entry.id}`, { method: 'DELETE', token })).status).toBe(403)
    expect((await rest(`audit-log/${entry.id}`, { token })).status).toBe(200)
  })
})
