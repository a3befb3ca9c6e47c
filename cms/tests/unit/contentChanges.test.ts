import { flattenAllFields, type Field } from 'payload'
import { describe, expect, it } from 'vitest'
import { contentChanges } from '../../src/collections/Documents/lib/contentChanges.ts'

const fields = flattenAllFields({
  fields: [
    { name: 'title', type: 'text' },
    { type: 'tabs', tabs: [{ label: 'Inhalt', fields: [{ name: 'body', type: 'richText' }, { name: 'attachments', type: 'join', collection: 'files', on: 'document' }] }] },
    { name: 'topics', type: 'relationship', relationTo: 'topics', hasMany: true },
    { name: 'ownerUnit', type: 'relationship', relationTo: 'org-units' },
    { name: 'validFrom', type: 'date' },
    { name: 'source', type: 'group', fields: [{ name: 'path', type: 'text' }] },
    { name: 'workflowStatus', type: 'select', options: ['draft', 'published'] },
    { name: 'publishedBy', type: 'relationship', relationTo: 'users' },
  ] as Field[],
})

const body = (text: string) => ({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text }] }] } })
const stored = {
  title: 'Weisung',
  body: body('Erste Fassung.'),
  topics: [1, 2],
  ownerUnit: 7,
  validFrom: '2027-01-01T00:00:00.000Z',
  source: { path: 'a/b.docx' },
  workflowStatus: 'published',
  publishedBy: 3,
  summary: null,
}

describe('contentChanges', () => {
  it('finds no change in the same content, however it arrives', () => {
    const same = {
      ...stored,
      body: { root: { children: [{ children: [{ text: 'Erste Fassung.', type: 'text' }], type: 'paragraph' }], type: 'root' } },
      topics: [{ id: 1 }, '2'],
      ownerUnit: { id: 7, name: 'Amt' },
      validFrom: '2027-01-01T00:00:00Z',
      attachments: { docs: [9] },
    }
    expect(contentChanges(fields, stored, same)).toEqual([])
  })

  it('leaves out what the workflow maintains', () => {
    expect(contentChanges(fields, stored, { ...stored, workflowStatus: 'withdrawn', publishedBy: 4 })).toEqual([])
  })

  it('names each changed content field, nested ones by their top-level field', () => {
    const changed = { ...stored, title: 'Neu', body: body('Zweite Fassung.'), topics: [2, 1], ownerUnit: 8, validFrom: '2027-02-01T00:00:00.000Z', source: { path: 'x.docx' } }
    expect(contentChanges(fields, stored, changed)).toEqual(['title', 'body', 'topics', 'ownerUnit', 'validFrom', 'source'])
  })

  it('treats empty values alike but not an emptied field', () => {
    expect(contentChanges(fields, { ...stored, title: null, topics: [] }, { ...stored, title: '', topics: null })).toEqual([])
    expect(contentChanges(fields, stored, { ...stored, title: '' })).toEqual(['title'])
  })
})
