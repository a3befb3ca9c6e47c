import { RELEASED_STATUSES, visibilityFactsOf, type DocumentVisibilityFields, type Ref } from '@lotse/domain'
import { lexicalToText } from './lexicalToText.ts'
import { searchRecordId, type SearchRecord } from './SearchRecord.ts'

/** The subset of a CMS document the index needs; the CMS passes its generated `Document` type (depth 1), which fits. */
export interface IndexableDocument extends DocumentVisibilityFields {
  id: string | number
  title?: string | null
  summary?: string | null
  body?: unknown
  kind?: string | null
  _status?: string | null
  topics?: Ref[] | null
  validFrom?: string | null
  validUntil?: string | null
  source?: { path?: string | null } | null
  updatedAt: string
}

/** Display label of a populated unit or topic (short code first). */
const labelOf = (ref: Ref): string | null => {
  if (!ref || typeof ref !== 'object') return null
  const { shortCode, name } = ref as { shortCode?: string | null; name?: string | null }
  return shortCode || name || null
}

const epochSeconds = (date: string | null | undefined) => (date ? Math.floor(new Date(date).getTime() / 1000) : null)

/**
 * The search record for a document as it is stored (its published state), or null when it must not be in the index.
 * Fails closed: anything not positively released stays out, and an unknown classification counts as confidential.
 */
export function buildSearchRecord(doc: IndexableDocument): SearchRecord | null {
  const status = doc.workflowStatus
  if (doc._status !== 'published' || !doc.title || !status || !(RELEASED_STATUSES as readonly string[]).includes(status)) return null
  return {
    ...visibilityFactsOf(doc),
    id: searchRecordId(doc.id),
    documentId: String(doc.id),
    title: doc.title,
    summary: doc.summary ?? '',
    body: lexicalToText(doc.body),
    kind: doc.kind ?? 'instruction',
    status,
    url: `/documents/${doc.id}`,
    sourcePath: doc.source?.path ?? null,
    orgUnit: labelOf(doc.ownerUnit),
    topics: (doc.topics ?? []).map(labelOf).filter((topic): topic is string => topic !== null),
    validFrom: doc.validFrom ?? null,
    validUntil: doc.validUntil ?? null,
    validFromTs: epochSeconds(doc.validFrom),
    validUntilTs: epochSeconds(doc.validUntil),
    updatedAt: doc.updatedAt,
  }
}
