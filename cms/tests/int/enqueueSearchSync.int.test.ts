import { createLocalReq, initTransaction, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { buildDocument, testUnit, unique } from './factories.ts'
import { getTestPayload } from './getTestPayload.ts'

let payload: Payload
beforeAll(async () => {
  payload = await getTestPayload()
})
afterAll(() => payload.destroy())

const outboxRows = async (documentId: number | string) =>
  (
    await payload.find({
      collection: 'search-outbox',
      where: { documentId: { equals: String(documentId) } },
      sort: 'id',
      limit: 0,
      overrideAccess: true,
    })
  ).docs

const lastRow = async (documentId: number | string) => (await outboxRows(documentId)).at(-1)

describe('enqueueSearchSync', () => {
  it('queues an upsert with the search record when a document is published', async () => {
    const doc = await buildDocument(payload, { title: 'Arbeitshilfe Wohngeld', kind: 'work-aid' })
    const rows = await outboxRows(doc.id)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({
      op: 'upsert',
      attempts: 0,
      record: { id: `documents-${doc.id}`, documentId: String(doc.id), title: 'Arbeitshilfe Wohngeld', kind: 'work-aid', status: 'published' },
    })
    expect(rows[0].record).toMatchObject({ body: 'Abschnitt\nEin Absatz mit Inhalt.' })
  })

  it('queues a delete, never the draft, for a document that was only saved as a draft', async () => {
    const doc = await buildDocument(payload, { _status: 'draft' })
    const rows = await outboxRows(doc.id)
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ op: 'delete', record: null })
  })

  it('keeps the published state indexed when a draft is saved over it', async () => {
    const doc = await buildDocument(payload, { title: 'Richtlinie veröffentlicht' })
    await payload.update({
      collection: 'documents',
      id: doc.id,
      data: { title: 'Richtlinie Entwurf', _status: 'draft' },
      draft: true,
      overrideAccess: true,
    })
    const rows = await outboxRows(doc.id)
    expect(rows).toHaveLength(2)
    expect(rows[1]).toMatchObject({ op: 'upsert', record: { title: 'Richtlinie veröffentlicht' } })
  })

  it('queues the new text when a changed document is published again', async () => {
    const doc = await buildDocument(payload, { title: 'Formular alt' })
    await payload.update({ collection: 'documents', id: doc.id, data: { title: 'Formular neu', _status: 'published' }, overrideAccess: true })
    expect(await lastRow(doc.id)).toMatchObject({ op: 'upsert', record: { title: 'Formular neu' } })
  })

  it('queues a delete when a document is unpublished', async () => {
    const doc = await buildDocument(payload)
    await payload.update({ collection: 'documents', id: doc.id, data: { _status: 'draft' }, overrideAccess: true })
    expect(await lastRow(doc.id)).toMatchObject({ op: 'delete', record: null })
  })

  it('queues a delete when a document is deleted', async () => {
    const doc = await buildDocument(payload)
    await payload.delete({ collection: 'documents', id: doc.id, overrideAccess: true })
    expect(await lastRow(doc.id)).toMatchObject({ op: 'delete' })
  })

  it('writes nothing when the caller syncs later (req.context.skipSearchSync)', async () => {
    const doc = await payload.create({
      collection: 'documents',
      data: { title: unique('Import'), kind: 'form', ownerUnit: (await testUnit(payload)).id, classification: 'internal', workflowStatus: 'published', _status: 'published' },
      context: { skipSearchSync: true },
      overrideAccess: true,
    })
    await payload.delete({ collection: 'documents', id: doc.id, context: { skipSearchSync: true }, overrideAccess: true })
    expect(await outboxRows(doc.id)).toHaveLength(0)
  })

  it('queues the newest committed state last when a draft save races a publish of the same document', async () => {
    const doc = await buildDocument(payload, { title: unique('Fassung 1') })
    const newTitle = unique('Fassung 2')
    const publish = await createLocalReq({}, payload)
    await initTransaction(publish)
    await payload.update({ collection: 'documents', id: doc.id, data: { title: newTitle, _status: 'published' }, req: publish, overrideAccess: true })
    // A draft save starts while the publish has not committed yet; the older published state must not be queued after
    // the newer one (Payload's draft save waits for the publish's lock on the document row: measured 0.34 s here).
    const draftSave = payload.update({ collection: 'documents', id: doc.id, data: { summary: 'Entwurf' }, draft: true, overrideAccess: true })
    await new Promise((resolve) => setTimeout(resolve, 300))
    await payload.db.commitTransaction(publish.transactionID as string | number)
    await draftSave
    expect(await lastRow(doc.id)).toMatchObject({ op: 'upsert', record: { title: newTitle } })
  })

  it('rolls the outbox row back with the write that caused it', async () => {
    const ownerUnit = (await testUnit(payload)).id
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    const title = unique('Zurückgerollt')
    const doc = await payload.create({ collection: 'documents', data: { title, kind: 'news', ownerUnit, classification: 'internal', workflowStatus: 'published', _status: 'published' }, req, overrideAccess: true })
    expect(await outboxRows(doc.id)).toHaveLength(0) // outside the transaction the row is not visible yet
    await payload.db.rollbackTransaction(req.transactionID as string | number)

    expect(await outboxRows(doc.id)).toHaveLength(0)
    const found = await payload.find({ collection: 'documents', where: { title: { equals: title } }, overrideAccess: true })
    expect(found.totalDocs).toBe(0)
  })
})
