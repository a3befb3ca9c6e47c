import type { PostgresAdapter } from '@payloadcms/db-postgres'
import { rm } from 'node:fs/promises'
import { buildFixture } from '@lotse/extraction/testing'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import type { Document, File, OrgUnit } from '../../src/payload-types.ts'
import { buildDocument, buildOrgUnit, buildUser, unique } from './factories.ts'
import { getTestPayload } from './getTestPayload.ts'
import { loginAs } from './restClient.ts'
import { startSearchService, type SearchService } from './searchService.ts'

// Attachments' text is indexed as chunks of their document (search/src/chunks): found like the document, by the
// same people, one hit per document, and gone with the file or the document.
const mediaDir = vi.hoisted(() => {
  const dir = `${process.env.TMPDIR ?? '/tmp'}/lotse-search-attachments-${process.pid}`
  process.env.MEDIA_DIR = dir
  return dir
})

let payload: Payload
let service: SearchService
let owner: OrgUnit
const tokens = { owner: '', other: '' }

const word = (prefix: string) => unique(prefix).replace(/[^A-Za-z0-9]/g, '')
/** A long attached text with `needle` on page "140": far beyond the first chunk. */
const longText = (needle: string) =>
  [...Array.from({ length: 60 }, (_, i) => `Absatz ${i + 1}: Die Dienststelle regelt hier allgemeine Verfahrensfragen der Verwaltung ohne besonderen Bezug.`),
    `Für Sonderfälle gilt: ${needle} ist vor Beginn schriftlich beim Fachbereich anzuzeigen.`,
    ...Array.from({ length: 20 }, (_, i) => `Schlussbestimmung ${i + 1}: weitere Hinweise ohne Bezug.`)].join('\n')

const sql = <T extends object>(text: string, params: unknown[] = []) => (payload.db as unknown as PostgresAdapter).pool.query<T>(text, params).then((r) => r.rows)
/** Every index entry of a document (its record and its chunks). */
const entries = async (id: number) =>
  (await service.meili.index(service.indexUid).getDocuments<Record<string, unknown>>({ filter: `documentId = "${id}"`, limit: 1000 })).results

async function hitsFor(who: keyof typeof tokens, q: string, params: Record<string, string> = {}) {
  const { status, body } = await service.search(tokens[who], { q, limit: '20', ...params })
  expect(status).toBe(200)
  return body.hits as Array<{ id: string; snippet: string; attachment?: string | null }>
}

/** Attaches a released file (trusted server code: a reviewed original) with the given text to a document. */
async function attach(doc: Document, name: string, text: string): Promise<File> {
  const bytes = await buildFixture({ format: 'docx', blocks: [{ type: 'paragraph', text: 'Anlage' }], title: name })
  return payload.create({
    collection: 'files',
    data: { document: doc.id, extractedText: text },
    file: { data: bytes, mimetype: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', name, size: bytes.length },
    overrideAccess: true,
  })
}

beforeAll(async () => {
  payload = await getTestPayload()
  owner = await buildOrgUnit(payload)
  const other = await buildOrgUnit(payload)
  tokens.owner = await loginAs((await buildUser(payload, ['staff'], { orgUnit: owner.id })).email)
  tokens.other = await loginAs((await buildUser(payload, ['staff'], { orgUnit: other.id })).email)
  service = await startSearchService(payload)
}, 120_000)
afterAll(async () => {
  await service?.stop()
  await payload.destroy()
  await rm(mediaDir, { recursive: true, force: true })
})

describe('attachment text in search', () => {
  it('finds a document by a passage deep inside its attachment: one hit, the snippet shows the passage and the file', async () => {
    const needle = word('Zuwendungsprufung')
    const doc = await buildDocument(payload, { ownerUnit: owner.id })
    await attach(doc, 'Anlage-Verfahren.docx', longText(needle))
    // The outbox row carries the record only: the worker reads the text from the database.
    const rows = await sql<{ size: number }>('SELECT octet_length(record::text) AS size FROM search_outbox WHERE document_id = $1', [String(doc.id)])
    expect(rows.length).toBeGreaterThan(0)
    expect(Math.max(...rows.map((row) => row.size))).toBeLessThan(4_000)
    await service.worker.drain()

    expect((await entries(doc.id)).length).toBeGreaterThan(3) // the record and several chunks
    const hits = await hitsFor('other', needle)
    expect(hits.map((hit) => hit.id)).toEqual([String(doc.id)])
    expect(hits[0].attachment).toBe('Anlage-Verfahren.docx')
    expect(hits[0].snippet).toContain(`<mark>${needle}</mark> ist vor Beginn`)
    expect(hits[0].snippet).toContain('Anlage-Verfahren.docx')
  })

  it('never finds a confidential document’s attachment text for staff of another unit, and does for its own unit', async () => {
    const needle = word('Geheimvermerk')
    const doc = await buildDocument(payload, { ownerUnit: owner.id, classification: 'confidential' })
    await attach(doc, 'Vertraulich.docx', longText(needle))
    await service.worker.drain()

    const chunks = (await entries(doc.id)).filter((entry) => entry.attachment === 'Vertraulich.docx')
    expect(chunks.length).toBeGreaterThan(1)
    for (const chunk of chunks) expect(chunk).toMatchObject({ classification: 'confidential', ownerUnit: String(owner.id), documentId: String(doc.id) })
    expect(await hitsFor('other', needle)).toEqual([])
    expect(await hitsFor('other', needle, { validity: 'all' })).toEqual([])
    expect((await hitsFor('owner', needle)).map((hit) => hit.id)).toEqual([String(doc.id)])
  })

  it('removes the chunks of a deleted attachment and of a replaced one', async () => {
    const [gone, replaced, added] = [word('Altregelung'), word('Ersetzung'), word('Neufassung')]
    const doc = await buildDocument(payload, { ownerUnit: owner.id })
    const first = await attach(doc, 'Erste.docx', longText(gone))
    const second = await attach(doc, 'Zweite.docx', longText(replaced))
    await service.worker.drain()
    expect((await hitsFor('other', gone)).map((hit) => hit.id)).toEqual([String(doc.id)])
    expect((await hitsFor('other', replaced)).map((hit) => hit.id)).toEqual([String(doc.id)])

    await payload.delete({ collection: 'files', id: first.id, overrideAccess: true })
    await payload.update({ collection: 'files', id: second.id, data: { extractedText: longText(added) }, overrideAccess: true })
    await service.worker.drain()
    expect(await hitsFor('other', gone)).toEqual([])
    expect(await hitsFor('other', replaced)).toEqual([])
    expect((await hitsFor('other', added)).map((hit) => hit.id)).toEqual([String(doc.id)])
    expect((await entries(doc.id)).filter((entry) => entry.attachment === 'Erste.docx')).toEqual([])
  })

  it('indexes an attachment a person changed only once it is released again', async () => {
    const needle = word('Entwurfsanlage')
    const doc = await buildDocument(payload, { ownerUnit: owner.id })
    const file = await attach(doc, 'Entwurf.docx', longText(word('Vorfassung')))
    await payload.db.updateOne({ collection: 'files', id: file.id, data: { releasedAt: null, extractedText: longText(needle) }, returning: false })
    await payload.update({ collection: 'documents', id: doc.id, data: { summary: 'geändert' }, overrideAccess: true })
    await service.worker.drain()
    expect(await hitsFor('owner', needle)).toEqual([])
    expect((await entries(doc.id)).filter((entry) => entry.attachment)).toEqual([])
  })

  it('removes every entry of a document that is unpublished or deleted', async () => {
    const [first, second] = [word('Ruckzug'), word('Loschung')]
    const unpublished = await buildDocument(payload, { ownerUnit: owner.id })
    const deleted = await buildDocument(payload, { ownerUnit: owner.id })
    await attach(unpublished, 'Eins.docx', longText(first))
    await attach(deleted, 'Zwei.docx', longText(second))
    await service.worker.drain()
    expect((await entries(unpublished.id)).length).toBeGreaterThan(1)
    expect((await entries(deleted.id)).length).toBeGreaterThan(1)

    await payload.update({ collection: 'documents', id: unpublished.id, data: { _status: 'draft' }, overrideAccess: true })
    await payload.delete({ collection: 'documents', id: deleted.id, overrideAccess: true })
    await service.worker.drain()
    expect(await entries(unpublished.id)).toEqual([])
    expect(await entries(deleted.id)).toEqual([])
    expect(await hitsFor('owner', first)).toEqual([])
    expect(await hitsFor('owner', second)).toEqual([])
  })

  it('answers from PostgreSQL with the document’s own text while Meilisearch is down (attachments need the index)', async () => {
    const needle = word('Notbetrieb')
    const doc = await buildDocument(payload, { ownerUnit: owner.id, title: `Regelung ${needle}` })
    await attach(doc, 'Notfall.docx', longText(needle))
    await service.worker.drain()
    expect((await hitsFor('other', needle)).map((hit) => hit.id)).toEqual([String(doc.id)])
    await service.killMeilisearch()
    try {
      const { body } = await service.search(tokens.other, { q: needle })
      expect(body.degraded).toBe(true)
      expect(body.hits.map((hit) => hit.id)).toEqual([String(doc.id)])
    } finally {
      await service.restartMeilisearch()
    }
  })
})
