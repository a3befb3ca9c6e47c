import { describe, expect, it } from 'vitest'
import { indexedRecords } from '../../src/chunks/indexedRecords.ts'
import { buildRecord } from '../support/buildRecord.ts'

const paragraph = (i: number) => `Absatz ${i}: Die Dienststelle regelt allgemeine Verfahrensfragen der Verwaltung ohne besonderen Bezug zum Thema.`
const longText = (n: number, extra = '') => [...Array.from({ length: n }, (_, i) => paragraph(i)), extra].join('\n')

describe('indexedRecords', () => {
  it('is the record alone for a short document without attachments', () => {
    const entries = indexedRecords(buildRecord(7, { body: 'Kurzer Text.' }), [], 'g1')
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ id: 'documents-7', documentId: '7', body: 'Kurzer Text.', attachment: null, generation: 'g1' })
    expect(entries[0].bodyAnalysed).toContain('kurz')
  })

  it('splits a long body and each attachment into entries that carry the document’s id, facts and display fields', () => {
    const record = buildRecord(8, { title: 'Reisekosten', summary: 'Kurzfassung', body: longText(40), classification: 'confidential', ownerUnit: '3' })
    const entries = indexedRecords(record, [{ fileId: '55', filename: 'Anlage.pdf', text: longText(30, 'Tagegeld Sonderfall').replaceAll('Absatz', 'Anlagenabschnitt') }], 'g2')
    const files = entries.filter((entry) => entry.attachment === 'Anlage.pdf')
    const bodyParts = entries.filter((entry) => entry.attachment === null)
    expect(bodyParts.length).toBeGreaterThan(1)
    expect(files.length).toBeGreaterThan(1)
    expect(new Set(entries.map((entry) => entry.id)).size).toBe(entries.length)
    for (const entry of entries) {
      expect(entry).toMatchObject({ documentId: '8', title: 'Reisekosten', url: '/documents/8', classification: 'confidential', ownerUnit: '3', generation: 'g2' })
      expect(entry.body.length).toBeLessThanOrEqual(1_500)
    }
    // The summary is the document's: only its first entry holds it.
    expect(entries.filter((entry) => entry.summary).map((entry) => entry.id)).toEqual(['documents-8'])
    expect(files.at(-1)!.body).toContain('Tagegeld Sonderfall')
  })

  it('adds nothing for an attachment whose text the body already holds (a migrated original)', () => {
    const body = longText(5)
    const entries = indexedRecords(buildRecord(9, { body }), [{ fileId: '1', filename: 'Original.docx', text: body.replace(/\n/g, '\n\n') }], 'g3')
    expect(entries.map((entry) => entry.attachment)).toEqual([null])
  })
})
