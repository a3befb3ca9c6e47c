import { describe, expect, it } from 'vitest'
import { buildSearchRecord } from '../../src/records/buildSearchRecord.ts'
import { lexicalToText } from '../../src/records/lexicalToText.ts'

const body = {
  root: {
    type: 'root',
    children: [
      { type: 'heading', tag: 'h2', children: [{ type: 'text', text: 'Geltungsbereich' }] },
      { type: 'paragraph', children: [{ type: 'text', text: 'Gilt für ' }, { type: 'text', text: 'alle', format: 1 }, { type: 'linebreak' }, { type: 'text', text: 'Ämter.' }] },
      { type: 'list', children: [{ type: 'listitem', children: [{ type: 'text', text: 'Punkt eins' }] }] },
    ],
  },
}

describe('lexicalToText', () => {
  it('keeps one line per block and inline text together', () => {
    expect(lexicalToText(body)).toBe('Geltungsbereich\nGilt für alle\nÄmter.\nPunkt eins')
  })

  it.each([null, undefined, {}, 'text', { root: {} }])('returns empty text for %j', (value) => {
    expect(lexicalToText(value)).toBe('')
  })
})

describe('buildSearchRecord', () => {
  const doc = {
    id: 7, title: 'Dienstanweisung', summary: 'Kurz', body, kind: 'directive', _status: 'published', workflowStatus: 'published',
    classification: 'internal', ownerUnit: { id: 3, name: 'Amt für Soziale Dienste', shortCode: 'Amt 50' }, audienceUnits: [5, { id: 6 }],
    audienceRoles: ['manager'], topics: [{ id: 1, name: 'Arbeitszeit' }], updatedAt: '2026-01-01T00:00:00.000Z',
  }

  it('builds a record with a collision-free id for a published document', () => {
    expect(buildSearchRecord(doc)).toMatchObject({ id: 'documents-7', documentId: '7', title: 'Dienstanweisung', kind: 'directive', url: '/documents/7', status: 'published' })
  })

  it('carries the visibility facts and display labels', () => {
    expect(buildSearchRecord(doc)).toMatchObject({
      ownerUnit: '3', orgUnit: 'Amt 50', audienceUnits: ['5', '6'], audienceRoles: ['manager'], audienceAll: false,
      classification: 'internal', workflowStatus: 'published', topics: ['Arbeitszeit'],
    })
  })

  it('counts an unknown classification as confidential (fails closed)', () => {
    expect(buildSearchRecord({ ...doc, classification: 'geheim' })?.classification).toBe('confidential')
  })

  it.each(['draft', 'in-review', undefined])('keeps a published row with workflow status %s out of the index', (workflowStatus) => {
    expect(buildSearchRecord({ ...doc, workflowStatus })).toBeNull()
  })

  it.each(['superseded', 'withdrawn'])('indexes a %s document (readable with a banner)', (workflowStatus) => {
    expect(buildSearchRecord({ ...doc, workflowStatus })?.status).toBe(workflowStatus)
  })

  it.each(['draft', undefined, null])('keeps a document with status %s out of the index', (status) => {
    expect(buildSearchRecord({ ...doc, _status: status })).toBeNull()
  })
})
