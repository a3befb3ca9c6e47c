import { lexicalToText } from './lexicalToText.ts'
import { searchRecordId, type SearchRecord } from './SearchRecord.ts'

/** The subset of a CMS document the index needs; the CMS passes its generated `Document` type, which fits. */
export interface IndexableDocument {
  id: string | number
  title?: string | null
  summary?: string | null
  body?: unknown
  kind?: string | null
  _status?: string | null
  updatedAt: string
}

/**
 * The search record for a document as it is stored (published state), or null when it must not be in the index.
 * Fails closed: anything not positively published stays out.
 */
export function buildSearchRecord(doc: IndexableDocument): SearchRecord | null {
  if (doc._status !== 'published' || !doc.title) return null
  return {
    id: searchRecordId(doc.id),
    documentId: String(doc.id),
    title: doc.title,
    summary: doc.summary ?? '',
    body: lexicalToText(doc.body),
    kind: doc.kind ?? 'instruction',
    status: 'published',
    url: `/documents/${doc.id}`,
    sourcePath: null,
    orgUnit: null,
    topics: [],
    validFrom: null,
    updatedAt: doc.updatedAt,
  }
}
