import { rm } from 'node:fs/promises'
import { createLocalReq, initTransaction, commitTransaction, ValidationError, type Payload, type RequestContext } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { checkApprover } from '../../src/migration/checkApprover.ts'
import { enqueueSearchBatch } from '../../src/migration/enqueueSearchBatch.ts'
import type { Document, MigrationRun, OrgUnit, User } from '../../src/payload-types.ts'
import { lexical } from '../../src/scripts/seed/lexical.ts'
import { pdf } from '../fixtures/attachmentSamples.ts'
import { buildOrgUnit, buildUser, unique } from './factories.ts'
import { getTestPayload } from './getTestPayload.ts'
import { graphqlQuery, loginAs, rest } from './restClient.ts'

// Uploads go to a throwaway directory, set before the config (and its env) is loaded by the imports above.
const mediaDir = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? '/tmp'}/lotse-migration-import-${process.pid}`
  process.env.MEDIA_DIR = dir
  return dir
})

let payload: Payload
let unit: OrgUnit
let other: OrgUnit
let editor: User
let reviewer: User
let admin: User
let run: MigrationRun

beforeAll(async () => {
  payload = await getTestPayload()
  unit = await buildOrgUnit(payload)
  other = await buildOrgUnit(payload)
  editor = await buildUser(payload, ['editor'], { orgUnit: unit.id })
  reviewer = await buildUser(payload, ['editor'], { orgUnit: unit.id })
  admin = await buildUser(payload, ['admin'])
  run = await payload.create({ collection: 'migration-runs', data: { root: '/laufwerk/S', status: 'running', startedAt: new Date().toISOString() }, overrideAccess: true })
})
afterAll(async () => {
  await payload.destroy()
  await rm(mediaDir, { recursive: true, force: true })
})

const importedAt = '2026-12-01T08:00:00.000Z'
const migration = (approvedBy?: number): RequestContext => ({ migration: { runId: run.id, approvedBy, importedAt } })
const source = () => ({ path: `Amt/${unique('Weisung')}.docx`, sha256: unique('sha'), modifiedAt: '2019-03-04T10:00:00.000Z', migrationRun: run.id, needsReview: true, reviewReasons: ['unmatched' as const] })

/** A document as the migration tool imports it: trusted code, no user, the run in the context. */
const imported = (status: 'draft' | 'published', context: RequestContext, data: Partial<Document> = {}) =>
  payload.create({
    collection: 'documents',
    data: { title: unique('Importiert'), kind: 'directive', ownerUnit: unit.id, classification: 'internal', body: lexical('Text vom Laufwerk.'), source: source(), workflowStatus: status, _status: status, ...data },
    ...(status === 'draft' ? { draft: true as const } : {}),
    depth: 0,
    context,
    overrideAccess: true,
  })

describe('trusted import path (req.context.migration)', () => {
  it('publishes with the approver recorded as publishedBy and the import time as publishedAt, and names the run in the audit log', async () => {
    const doc = await imported('published', migration(reviewer.id))
    expect(doc).toMatchObject({ workflowStatus: 'published', _status: 'published', publishedBy: reviewer.id, publishedAt: importedAt, submittedBy: null })
    expect(doc.source).toMatchObject({ migrationRun: run.id, needsReview: true, reviewReasons: ['unmatched'] })
    const { docs: audit } = await payload.find({ collection: 'audit-log', where: { documentId: { equals: String(doc.id) } }, overrideAccess: true })
    expect(audit.map((entry) => [entry.action, entry.userName, entry.details])).toEqual([
      ['approve', `Migrationslauf ${run.id}`, expect.objectContaining({ migrationRun: run.id, approvedBy: reviewer.id })],
    ])
  })

  it('refuses to publish without an approver', async () => {
    const error = await imported('published', migration()).then(() => null, (e: unknown) => e)
    expect(error).toBeInstanceOf(ValidationError)
    expect((error as ValidationError).data.errors[0].message).toMatch(/approver/)
  })

  it('records the approver again for each version it publishes', async () => {
    const doc = await imported('published', migration(reviewer.id))
    const later = { migration: { runId: run.id, approvedBy: admin.id, importedAt: '2026-12-02T08:00:00.000Z' } }
    const updated = await payload.update({ collection: 'documents', id: doc.id, data: { body: lexical('Neue Fassung.'), _status: 'published' }, context: later, depth: 0, overrideAccess: true })
    expect(updated).toMatchObject({ publishedBy: admin.id, publishedAt: '2026-12-02T08:00:00.000Z' })
  })

  it('keeps the four-eyes rule for a drafted import and its original: a person of the unit reviews, another approves', async () => {
    const doc = await imported('draft', migration())
    const bytes = pdf(unique('Original'))
    const file = await payload.create({
      collection: 'files',
      data: { document: doc.id, releasedAt: null },
      file: { data: bytes, mimetype: 'application/pdf', name: `${unique('original')}.pdf`, size: bytes.length },
      context: migration(),
      depth: 0,
      overrideAccess: true,
    })
    expect(file).toMatchObject({ releasedAt: null, changedBy: null })
    await payload.update({ collection: 'documents', id: doc.id, data: { workflowStatus: 'in-review' }, draft: true, user: editor, overrideAccess: false })
    const published = await payload.update({ collection: 'documents', id: doc.id, data: { workflowStatus: 'published', _status: 'published' }, depth: 0, user: reviewer, overrideAccess: false })
    expect(published).toMatchObject({ publishedBy: reviewer.id, submittedBy: editor.id })
    expect(await payload.findByID({ collection: 'files', id: file.id, overrideAccess: true })).toMatchObject({ releasedAt: expect.any(String) })
  })
})

describe('API callers cannot write what only the migration tool sets', () => {
  const forged = { path: 'gefälscht/Pfad.docx', otherPaths: ['x'], sha256: 'f'.repeat(64), modifiedAt: '2001-01-01T00:00:00.000Z', needsReview: true, reviewReasons: ['ocr'] }

  it('REST create and update drop source.*, publishedBy and publishedAt', async () => {
    const token = await loginAs(editor.email)
    const created = await rest('documents?draft=true', {
      method: 'POST',
      token,
      body: { title: unique('REST'), kind: 'form', ownerUnit: unit.id, source: { ...forged, migrationRun: run.id }, publishedBy: admin.id, publishedAt: importedAt },
    })
    expect(created.status).toBe(201)
    const id = created.json.doc.id as number
    const stored = await payload.findByID({ collection: 'documents', id, draft: true, overrideAccess: true })
    expect(stored.source).toMatchObject({ path: null, otherPaths: null, sha256: null, modifiedAt: null, migrationRun: null, needsReview: null, reviewReasons: [] })
    expect(stored).toMatchObject({ publishedBy: null, publishedAt: null })

    const patched = await rest(`documents/${id}?draft=true`, { method: 'PATCH', token, body: { source: { ...forged, migrationRun: run.id }, publishedBy: admin.id } })
    expect(patched.status).toBe(200)
    const after = await payload.findByID({ collection: 'documents', id, draft: true, overrideAccess: true })
    expect(after.source).toMatchObject({ path: null, sha256: null, migrationRun: null, reviewReasons: [] })
    expect(after.publishedBy).toBeNull()
  })

  it('GraphQL update leaves an imported document’s source as the tool wrote it', async () => {
    const doc = await imported('draft', migration())
    const token = await loginAs(editor.email)
    const { json } = await graphqlQuery(
      `mutation { updateDocument(id: ${doc.id}, draft: true, data: { source: { path: "gefälscht.docx", sha256: "fake", modifiedAt: "2001-01-01T00:00:00.000Z", reviewReasons: ocr } }) { id source { path sha256 } } }`,
      token,
    )
    expect(json.errors ?? []).toEqual([])
    const stored = await payload.findByID({ collection: 'documents', id: doc.id, draft: true, overrideAccess: true })
    expect(stored.source).toMatchObject({ path: doc.source?.path, sha256: doc.source?.sha256, modifiedAt: doc.source?.modifiedAt, reviewReasons: ['unmatched'] })
  })

  it('lets the unit’s editor clear the review flag, but not raise it on a new document', async () => {
    const doc = await imported('draft', migration())
    const token = await loginAs(editor.email)
    const cleared = await rest(`documents/${doc.id}?draft=true`, { method: 'PATCH', token, body: { source: { needsReview: false } } })
    expect(cleared.status).toBe(200)
    expect((await payload.findByID({ collection: 'documents', id: doc.id, draft: true, overrideAccess: true })).source?.needsReview).toBe(false)
  })
})

describe('checkApprover', () => {
  it('accepts an admin and an editor or manager of every owning unit', async () => {
    await expect(checkApprover(payload, admin.email, [unit.id, other.id])).resolves.toMatchObject({ id: admin.id })
    await expect(checkApprover(payload, reviewer.email.toUpperCase(), [unit.id])).resolves.toMatchObject({ id: reviewer.id })
    const manager = await buildUser(payload, ['manager'], { orgUnit: other.id, managerOf: [unit.id] })
    await expect(checkApprover(payload, manager.email, [unit.id, other.id])).resolves.toMatchObject({ id: manager.id })
  })

  it('refuses an unknown address, a person without the right to approve, and one of another unit', async () => {
    await expect(checkApprover(payload, 'niemand@test.lotse', [unit.id])).rejects.toThrow(/No person with the address niemand@test.lotse/)
    const staff = await buildUser(payload, ['staff'], { orgUnit: unit.id })
    await expect(checkApprover(payload, staff.email, [unit.id])).rejects.toThrow(/may not approve documents \(roles: staff\)/)
    await expect(checkApprover(payload, reviewer.email, [unit.id, other.id])).rejects.toThrow(new RegExp(`may not approve documents of ${other.shortCode}`))
  })
})

describe('enqueueSearchBatch (the lean path’s one outbox write per batch)', () => {
  const rows = async (ids: number[]) =>
    (await payload.find({ collection: 'search-outbox', where: { documentId: { in: ids.map(String) } }, sort: 'id', pagination: false, overrideAccess: true })).docs

  it('queues nothing itself while skipSearchSync is set, then one upsert per published document and a removal only for an updated one', async () => {
    const req = await createLocalReq({ context: { skipSearchSync: true, ...migration(reviewer.id) } }, payload)
    await initTransaction(req)
    const published = await payload.create({ collection: 'documents', data: { title: unique('Stapel'), kind: 'form', ownerUnit: unit.id, classification: 'internal', workflowStatus: 'published', _status: 'published', source: source() }, req, overrideAccess: true })
    const draft = await payload.create({ collection: 'documents', data: { title: unique('Stapel'), kind: 'form', ownerUnit: unit.id, source: source() }, draft: true, req, overrideAccess: true })
    expect(await enqueueSearchBatch(req, [published.id, draft.id])).toBe(1)
    await commitTransaction(req)
    expect((await rows([published.id, draft.id])).map((row) => [row.documentId, row.op, (row.record as { sourcePath?: string } | null)?.sourcePath])).toEqual([
      [String(published.id), 'upsert', published.source?.path],
    ])

    const unpublished = await payload.update({ collection: 'documents', id: published.id, data: { _status: 'draft' }, context: { skipSearchSync: true }, overrideAccess: true })
    expect(await enqueueSearchBatch(await createLocalReq({}, payload), [], [unpublished.id])).toBe(1)
    expect((await rows([published.id])).map((row) => row.op)).toEqual(['upsert', 'delete'])
  })
})
