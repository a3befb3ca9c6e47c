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
  const doc = { id: 7, title: 'Dienstanweisung', summary: 'Kurz', body, kind: 'directive', _status: 'published', updatedAt: '2026-01-01T00:00:00.000Z' }

  it('builds a record with a collision-free id for a published document', () => {
    expect(buildSearchRecord(doc)).toMatchObject({ id: 'documents-7', documentId: '7', title: 'Dienstanweisung', kind: 'directive', url: '/documents/7', status: 'published' })
  })

  it.each(['draft', undefined, null])('keeps a document with status %s out of the index', (status) => {
    expect(buildSearchRecord({ ...doc, _status: status })).toBeNull()
  })
})
