import { Forbidden, ValidationError, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Document, OrgUnit, User } from '../../src/payload-types.ts'
import { lexical } from '../../src/scripts/seed/lexical.ts'
import { buildDocument, buildOrgUnit, buildUser, unique } from './factories.ts'
import { getTestPayload } from './getTestPayload.ts'
import { graphqlQuery, loginAs, rest } from './restClient.ts'

let payload: Payload
let unit: OrgUnit
let foreign: OrgUnit
let author: User
let reviewer: User
let manager: User
let foreignEditor: User
let staff: User

beforeAll(async () => {
  payload = await getTestPayload()
  unit = await buildOrgUnit(payload)
  foreign = await buildOrgUnit(payload)
  author = await buildUser(payload, ['editor'], { orgUnit: unit.id })
  reviewer = await buildUser(payload, ['editor'], { orgUnit: unit.id })
  manager = await buildUser(payload, ['manager'], { orgUnit: foreign.id, managerOf: [unit.id] })
  foreignEditor = await buildUser(payload, ['editor'], { orgUnit: foreign.id })
  staff = await buildUser(payload, ['staff'], { orgUnit: unit.id })
})
afterAll(() => payload.destroy())

const as = (user: User) => ({ user, overrideAccess: false as const })
// People read refusals in their language, German unless they choose English (workflowActions.int.test.ts checks German).
const english = { 'accept-language': 'en' }
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

  it('lets only an admin move a document to another unit', async () => {
    const doc = await draftBy(author)
    const moved = await rest(`documents/${doc.id}?draft=true`, { method: 'PATCH', token: await loginAs(author.email), body: { ownerUnit: foreign.id }, headers: english })
    expect([moved.status, moved.json?.errors?.[0]?.data?.errors]).toEqual([400, [expect.objectContaining({ path: 'ownerUnit', message: 'Only an admin can move a document to another unit.' })]])
    // Not even someone who works for both units: the manager of the owning unit belongs to the other one.
    expect(await fieldErrors(payload.update({ collection: 'documents', id: doc.id, data: { ownerUnit: foreign.id }, draft: true, ...as(manager) }))).toEqual([
      { path: 'ownerUnit', message: 'Only an admin can move a document to another unit.' },
    ])
    await expect(payload.update({ collection: 'documents', id: doc.id, data: { title: 'Fremd' }, draft: true, ...as(foreignEditor) })).rejects.toThrow(Forbidden)
    const admin = await buildUser(payload, ['admin'])
    await expect(payload.update({ collection: 'documents', id: doc.id, data: { ownerUnit: foreign.id }, draft: true, depth: 0, ...as(admin) })).resolves.toMatchObject({ ownerUnit: foreign.id })
  })

  it('withdraws a published document', async () => {
    const doc = await buildDocument(payload, { ownerUnit: unit.id })
    await expect(payload.update({ collection: 'documents', id: doc.id, data: { workflowStatus: 'withdrawn', _status: 'published' }, ...as(author) })).resolves.toMatchObject({ workflowStatus: 'withdrawn' })
  })
})

describe('four eyes: no content reaches readers unless a second person saw exactly that content', () => {
  const stored = (id: number) => payload.findByID({ collection: 'documents', id, depth: 0, overrideAccess: true })

  it.each(['withdrawn', 'superseded'] as const)('refuses marking a published document %s while changing its content, on every API', async (to) => {
    const doc = await buildDocument(payload, { ownerUnit: unit.id, title: unique('Geprüft') })
    const retire = { workflowStatus: to, _status: 'published' } as const
    expect(await fieldErrors(payload.update({ collection: 'documents', id: doc.id, data: { ...retire, title: 'Ungeprüft' }, ...as(author) }))).toEqual([
      { path: 'workflowStatus', message: expect.stringContaining('also changes title') },
    ])
    const token = await loginAs(author.email)
    const viaRest = await rest(`documents/${doc.id}`, { method: 'PATCH', token, body: { ...retire, body: lexical('Ungeprüft') }, headers: english })
    expect([viaRest.status, viaRest.json?.errors?.[0]?.data?.errors?.[0]?.message]).toEqual([400, expect.stringContaining('also changes body')])
    const viaGraphql = await graphqlQuery(`mutation { updateDocument(id: ${doc.id}, data: { workflowStatus: ${to}, _status: published, summary: "Ungeprüft" }) { id } }`, token, english)
    expect(JSON.stringify(viaGraphql.json.errors)).toContain('also changes summary')
    // An admin is bound as well.
    const admin = await buildUser(payload, ['admin'])
    expect(await fieldErrors(payload.update({ collection: 'documents', id: doc.id, data: { ...retire, legalBasis: '§ 1 Ungeprüft' }, ...as(admin) }))).toEqual([
      { path: 'workflowStatus', message: expect.stringContaining('also changes legalBasis') },
    ])
    expect(await stored(doc.id)).toMatchObject({ title: doc.title, summary: doc.summary, workflowStatus: 'published' })
    // Retiring without changes still works, and keeps the reviewed content.
    await expect(payload.update({ collection: 'documents', id: doc.id, data: retire, depth: 0, ...as(author) })).resolves.toMatchObject({ workflowStatus: to, title: doc.title })
  })

  it('refuses an approval that carries content edits of the approver', async () => {
    const doc = await draftBy(author)
    await submit(author, doc.id)
    expect(await fieldErrors(publish(reviewer, doc.id, { body: lexical('Vom Prüfer geändert.') }))).toEqual([
      { path: 'workflowStatus', message: expect.stringContaining('exactly as submitted, but this save also changes body') },
    ])
    const viaGraphql = await graphqlQuery(
      `mutation { updateDocument(id: ${doc.id}, data: { workflowStatus: published, _status: published, title: "Vom Prüfer" }) { id } }`,
      await loginAs(reviewer.email),
      english,
    )
    expect(JSON.stringify(viaGraphql.json.errors)).toContain('also changes title')
    expect(await payload.findByID({ collection: 'documents', id: doc.id, draft: true, depth: 0, overrideAccess: true })).toMatchObject({ _status: 'draft', workflowStatus: 'in-review', title: doc.title })
    await expect(publish(reviewer, doc.id)).resolves.toMatchObject({ workflowStatus: 'published', title: doc.title })
  })

  it('accepts an approval that sends the whole document back unchanged, as the admin form does', async () => {
    const doc = await draftBy(author, { summary: 'Kurz', topics: [], validFrom: '2027-01-01T00:00:00.000Z', responsible: staff.id })
    await submit(author, doc.id)
    const token = await loginAs(reviewer.email)
    const { json: form } = await rest(`documents/${doc.id}?draft=true&depth=0`, { token })
    const approved = await rest(`documents/${doc.id}`, { method: 'PATCH', token, body: { ...form, workflowStatus: 'published', _status: 'published' } })
    expect([approved.status, approved.json?.doc?.workflowStatus]).toEqual([200, 'published'])
  })

  it('makes whoever edits content in review the one who needs a second person', async () => {
    const doc = await draftBy(author)
    await submit(author, doc.id)
    // The reviewer edits the submitted draft (still in review), then tries to approve their own edit.
    await expect(payload.update({ collection: 'documents', id: doc.id, data: { body: lexical('Vom Prüfer geändert.') }, draft: true, depth: 0, ...as(reviewer) })).resolves.toMatchObject({
      workflowStatus: 'in-review',
      submittedBy: reviewer.id,
    })
    expect(await fieldErrors(publish(reviewer, doc.id))).toEqual([{ path: 'workflowStatus', message: expect.stringContaining('Four-eyes') }])
    // The author, who has not written the edit, approves it: two people saw exactly this content.
    await expect(publish(author, doc.id)).resolves.toMatchObject({ workflowStatus: 'published', publishedBy: author.id })
    expect(JSON.stringify((await stored(doc.id)).body)).toContain('Vom Prüfer geändert.')
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

  it('refuses superseding a document of another unit, on naming it and on publishing', async () => {
    const theirs = await buildDocument(payload, { ownerUnit: unit.id, title: unique('Fremde Weisung') })
    const refusal = { path: 'supersedes', message: expect.stringContaining('only documents of a unit you belong to or manage') }
    expect(await fieldErrors(payload.create({ collection: 'documents', data: { title: unique('Ersatz'), kind: 'directive', ownerUnit: foreign.id, supersedes: theirs.id }, draft: true, ...as(foreignEditor) }))).toEqual([refusal])
    const own = await payload.create({ collection: 'documents', data: { title: unique('Ersatz'), kind: 'directive', ownerUnit: foreign.id }, draft: true, ...as(foreignEditor) })
    const named = await rest(`documents/${own.id}?draft=true`, { method: 'PATCH', token: await loginAs(foreignEditor.email), body: { supersedes: theirs.id } })
    expect([named.status, named.json?.errors?.[0]?.data?.errors]).toEqual([400, [refusal]])
    // Named by someone who works for both units, the approver still needs the right to retire the predecessor.
    const both = await buildUser(payload, ['editor', 'manager'], { orgUnit: unit.id, managerOf: [foreign.id] })
    const successor = await payload.create({ collection: 'documents', data: { title: unique('Ersatz'), kind: 'directive', ownerUnit: foreign.id, supersedes: theirs.id }, draft: true, ...as(both) })
    await submit(both, successor.id)
    expect(await fieldErrors(publish(foreignEditor, successor.id))).toEqual([refusal])
    expect(await payload.findByID({ collection: 'documents', id: theirs.id, depth: 0, overrideAccess: true })).toMatchObject({ workflowStatus: 'published', supersededBy: null })
  })

  it('refuses superseding a document that was never published', async () => {
    const unpublished = await draftBy(author, { title: unique('Nie veröffentlicht') })
    expect(await fieldErrors(draftBy(author, { supersedes: unpublished.id }))).toEqual([{ path: 'supersedes', message: expect.stringContaining('has not been published') }])
    const successor = await draftBy(author)
    expect(await fieldErrors(submit(author, successor.id, { supersedes: unpublished.id }))).toEqual([{ path: 'supersedes', message: expect.stringContaining('has not been published') }])
    expect(await payload.findByID({ collection: 'documents', id: unpublished.id, depth: 0, overrideAccess: true })).toMatchObject({ _status: 'draft', workflowStatus: 'draft' })
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
