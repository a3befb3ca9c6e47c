import { CLASSIFICATIONS, RELEASED_STATUSES } from '@lotse/domain'
import { lexicalToText } from './lexicalToText.ts'
import { searchRecordId, type SearchRecord } from './SearchRecord.ts'

type Ref = string | number | { id: string | number; name?: string | null; shortCode?: string | null } | null | undefined

/** The subset of a CMS document the index needs; the CMS passes its generated `Document` type (depth 1), which fits. */
export interface IndexableDocument {
  id: string | number
  title?: string | null
  summary?: string | null
  body?: unknown
  kind?: string | null
  _status?: string | null
  workflowStatus?: string | null
  classification?: string | null
  ownerUnit?: Ref
  responsible?: Ref
  audienceUnits?: Ref[] | null
  audienceRoles?: string[] | null
  topics?: Ref[] | null
  validFrom?: string | null
  validUntil?: string | null
  source?: { path?: string | null } | null
  updatedAt: string
}

const idOf = (ref: Ref): string | null => (ref === null || ref === undefined ? null : typeof ref === 'object' ? String(ref.id) : String(ref))
const labelOf = (ref: Ref): string | null => (ref && typeof ref === 'object' ? ref.shortCode || ref.name || null : null)

/**
 * The search record for a document as it is stored (its published state), or null when it must not be in the index.
 * Fails closed: anything not positively released stays out, and an unknown classification counts as confidential.
 */
export function buildSearchRecord(doc: IndexableDocument): SearchRecord | null {
  // Transitional until the CMS's workflow field lands: a published document without one counts as published.
  const status = doc.workflowStatus ?? 'published'
  if (doc._status !== 'published' || !doc.title || !(RELEASED_STATUSES as readonly string[]).includes(status)) return null
  const classification = (CLASSIFICATIONS as readonly string[]).includes(doc.classification ?? '') ? doc.classification! : 'confidential'
  const audienceUnits = (doc.audienceUnits ?? []).map(idOf).filter((id): id is string => id !== null)
  const audienceRoles = doc.audienceRoles ?? []
  return {
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
    updatedAt: doc.updatedAt,
    workflowStatus: status,
    classification,
    ownerUnit: idOf(doc.ownerUnit),
    responsible: idOf(doc.responsible),
    audienceAll: audienceUnits.length === 0 && audienceRoles.length === 0,
    audienceUnits,
    audienceRoles,
  }
}
