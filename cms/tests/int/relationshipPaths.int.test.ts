import type { FlattenedField, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Document, OrgUnit, User } from '../../src/payload-types.ts'
import { buildDocument, buildOrgUnit, buildUser, unique } from './factories.ts'
import { getTestPayload } from './getTestPayload.ts'
import { graphqlQuery, loginAs, rest } from './restClient.ts'

/**
 * Filters and sorts on relationship paths (`supersedes.summary`) would read related documents that Payload's access
 * check of the queried collection never looks at. Requests made for a person may name a related document by id only.
 */

let payload: Payload
let ownUnit: OrgUnit
let otherUnit: OrgUnit
let editor: User
let admin: User
let editorToken: string
let staffToken: string
let adminToken: string
/** Another unit's confidential documents: nobody of `ownUnit` may learn anything of them. */
let secretA: Document
let secretB: Document
/** A draft of the editor's own unit that points at `secretA` (made by trusted code, as an old link would be). */
let probeDraft: Document
/** Readable superseded documents whose successors are confidential: links that already cross the boundary. */
let predecessors: Document[]

beforeAll(async () => {
  payload = await getTestPayload()
  ownUnit = await buildOrgUnit(payload)
  otherUnit = await buildOrgUnit(payload)
  editor = await buildUser(payload, ['editor'], { orgUnit: ownUnit.id })
  admin = await buildUser(payload, ['admin'])
  const staff = await buildUser(payload, ['staff'], { orgUnit: ownUnit.id })
  ;[editorToken, staffToken, adminToken] = await Promise.all([loginAs(editor.email), loginAs(staff.email), loginAs(admin.email)])
  secretA = await buildDocument(payload, { ownerUnit: otherUnit.id, classification: 'confidential', summary: 'A-geheim' })
  secretB = await buildDocument(payload, { ownerUnit: otherUnit.id, classification: 'confidential', summary: 'Z-geheim' })
  probeDraft = await buildDocument(payload, { ownerUnit: ownUnit.id, _status: 'draft', workflowStatus: 'draft', supersedes: secretA.id })
  predecessors = []
  for (const successor of [secretB, secretA]) {
    const predecessor = await buildDocument(payload, { ownerUnit: otherUnit.id, workflowStatus: 'superseded' })
    // `supersededBy` is set only by supersession; written straight to the row, as a finished supersession leaves it.
    predecessors.push(await payload.db.updateOne({ collection: 'documents', id: predecessor.id, data: { supersededBy: successor.id }, returning: true }) as Document)
  }
})
afterAll(() => payload.destroy())

const ids = (json: { docs?: { id: number }[] } | null) => (json?.docs ?? []).map((doc) => doc.id)
const refusedPath = (json: any) => (json?.errors ?? []).flatMap((error: any) => error.data ?? []).map((error: any) => error.path)

describe('the reported leak: an editor probes another unit’s confidential summary through a draft’s `supersedes`', () => {
  it.each([
    ['greater_than_equal', 'A'],
    ['greater_than_equal', 'B'],
    ['like', 'geheim'],
    ['exists', 'true'],
    ['equals', 'A-geheim'],
  ])('supersedes.summary %s %s is refused with 400, naming the path', async (operator, value) => {
    const { status, json } = await rest(`documents?draft=true&where[and][0][id][equals]=${probeDraft.id}&where[and][1][supersedes.summary][${operator}]=${value}`, { token: editorToken })
    expect(status).toBe(400)
    expect(refusedPath(json)).toEqual(['supersedes'])
    expect(json.docs).toBeUndefined()
  })

  it('the same probe through the Local API on behalf of the editor is refused', async () => {
    await expect(
      payload.find({ collection: 'documents', draft: true, where: { and: [{ id: { equals: probeDraft.id } }, { 'supersedes.summary': { like: 'geheim' } }] }, user: editor, overrideAccess: false }),
    ).rejects.toMatchObject({ status: 400 })
  })

  it('version history cannot be filtered through `version.supersedes`, `version.supersededBy` or `parent`', async () => {
    for (const path of ['version.supersedes.summary', 'version.supersededBy.title', 'parent.summary', 'version.ownerUnit.name']) {
      const { status } = await rest(`documents/versions?where[${path}][exists]=true`, { token: staffToken })
      expect(status, path).toBe(400)
    }
  })
})

describe('sorting on a relationship path cannot order by hidden content', () => {
  it('sort=supersededBy.summary is refused (it would rank the readable predecessors by their confidential successors)', async () => {
    const where = predecessors.map((doc, i) => `where[id][in][${i}]=${doc.id}`).join('&')
    for (const sort of ['supersededBy.summary', '-supersededBy.summary', 'title,supersededBy.summary']) {
      const { status } = await rest(`documents?${where}&sort=${sort}`, { token: staffToken })
      expect(status, sort).toBe(400)
    }
    // Sorting on the document's own fields still works.
    const own = await rest(`documents?${where}&sort=-id`, { token: staffToken })
    expect(own.status).toBe(200)
    expect(ids(own.json)).toEqual(predecessors.map((doc) => doc.id).sort((a, b) => b - a))
  })
})

describe('joined lists follow the same rule', () => {
  it('a join’s where or sort that reaches into a related document is refused', async () => {
    const id = predecessors[0].id
    const where = await rest(`documents/${id}?joins[attachments][where][document.summary][exists]=true`, { token: staffToken })
    const sort = await rest(`documents/${id}?joins[attachments][sort]=document.summary`, { token: staffToken })
    expect([where.status, sort.status]).toEqual([400, 400])
  })
})

describe('every relationship of every collection, for every caller (admins too: one rule, nothing to reason about)', () => {
  /** `field.sub` paths into every relationship, upload and join field, through groups, tabs and arrays. */
  function relationPaths(fields: FlattenedField[], prefix = ''): string[] {
    return fields.flatMap((field) => {
      if (field.type === 'relationship' || field.type === 'upload' || field.type === 'join') return [`${prefix}${field.name}.createdAt`]
      if (field.type === 'group' || field.type === 'tab' || field.type === 'array') return relationPaths(field.flattenedFields, `${prefix}${field.name}.`)
      return []
    })
  }

  it('where and sort on each relationship path answer 400 over REST; the plain id still filters', async () => {
    const checked: string[] = []
    for (const [slug, { config }] of Object.entries(payload.collections)) {
      if (slug.startsWith('payload-')) continue
      for (const path of relationPaths(config.flattenedFields)) {
        const where = await rest(`${slug}?where[${path}][exists]=true`, { token: adminToken })
        const sort = await rest(`${slug}?sort=-${path}`, { token: adminToken })
        expect([where.status, sort.status], `${slug} ${path}`).toEqual([400, 400])
        checked.push(`${slug}.${path}`)
      }
    }
    // The sweep reaches the links named in the review, so it cannot silently shrink to nothing.
    expect(checked).toEqual(expect.arrayContaining(['documents.supersedes.createdAt', 'documents.supersededBy.createdAt', 'files.document.createdAt', 'org-units.parent.createdAt', 'feedback.document.createdAt', 'documents.source.migrationRun.createdAt']))
    const byId = await rest(`documents?draft=true&where[supersedes][equals]=${secretA.id}&where[id][equals]=${probeDraft.id}`, { token: editorToken })
    const byIdPath = await rest(`documents?draft=true&where[supersedes.id][equals]=${secretA.id}&where[id][equals]=${probeDraft.id}`, { token: editorToken })
    expect([byId.status, ids(byId.json), byIdPath.status, ids(byIdPath.json)]).toEqual([200, [probeDraft.id], 200, [probeDraft.id]])
  })

  it('a nested query on a has-many relationship (`topics contains { … }`) is refused', async () => {
    const { status } = await rest('documents?where[topics][contains][name][like]=a', { token: staffToken })
    expect(status).toBe(400)
  })

  it('GraphQL offers no relationship paths in its where types, and Local API calls for a person are refused like REST', async () => {
    const gql = await graphqlQuery(`{ Documents(where: { supersededBy__summary: { like: "geheim" } }) { docs { id } } }`, staffToken)
    expect(gql.json.data ?? null).toBeNull()
    await expect(payload.count({ collection: 'files', where: { 'document.summary': { like: 'geheim' } }, user: editor, overrideAccess: false })).rejects.toMatchObject({ status: 400 })
    await expect(payload.find({ collection: 'org-units', sort: 'parent.name', user: editor, overrideAccess: false })).rejects.toMatchObject({ status: 400 })
  })

  it('trusted server code (overrideAccess) still queries across relationships', async () => {
    const { totalDocs } = await payload.count({ collection: 'documents', where: { 'supersededBy.summary': { equals: 'A-geheim' } }, overrideAccess: true })
    expect(totalDocs).toBe(1)
  })
})

describe('a relationship points only at documents the saving person may read', () => {
  it('an editor cannot make a draft supersede another unit’s confidential document', async () => {
    const { status, json } = await rest('documents?draft=true', {
      method: 'POST',
      token: editorToken,
      body: { title: unique('Sonde'), kind: 'work-aid', ownerUnit: ownUnit.id, supersedes: secretA.id, _status: 'draft' },
    })
    expect(status).toBe(400)
    expect(JSON.stringify(json)).toContain('supersedes')
  })

  it('nor attach a file to, or leave feedback on, a document they cannot read', async () => {
    const feedback = await rest('feedback', { method: 'POST', token: staffToken, body: { document: secretA.id, kind: 'unclear', comment: 'x' } })
    expect(feedback.status).toBe(400)
    await expect(
      payload.create({ collection: 'files', data: { document: secretA.id }, file: { data: Buffer.from('Text'), mimetype: 'text/plain', name: `${unique('f')}.txt`, size: 4 }, user: editor, overrideAccess: false }),
    ).rejects.toMatchObject({ status: expect.any(Number) })
  })

  it('a readable document can still be chosen', async () => {
    const readable = await buildDocument(payload, { ownerUnit: ownUnit.id })
    const { status } = await rest('documents?draft=true', {
      method: 'POST',
      token: editorToken,
      body: { title: unique('Nachfolger'), kind: 'work-aid', ownerUnit: ownUnit.id, supersedes: readable.id, _status: 'draft' },
    })
    expect(status).toBe(201)
  })
})
