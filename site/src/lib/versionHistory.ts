import { SiteError } from './SiteError.ts'
import { cmsRequest, expectOk } from './cmsRequest.ts'
import { isDocumentStatus, type DocumentStatus } from './documentKinds.ts'
import { payloadQuery } from './payloadQuery.ts'
import type { Viewer } from './Viewer.ts'

/** States a reader's version history lists: what was released, never drafts or versions in review. */
export const RELEASED = ['published', 'superseded', 'withdrawn'] as const

/** One released version ("Fassung") of a document, as the history lists it. */
export interface VersionEntry {
  /** The CMS's version id (what `/compare` takes). */
  id: string
  status: DocumentStatus | null
  versionLabel: string | null
  changeNote: string | null
  /** When this version was published (approved); versions of one publication share it. */
  publishedAt: Date | null
  savedAt: Date | null
}

const text = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null)
const date = (value: unknown) => {
  const parsed = typeof value === 'string' ? new Date(value) : null
  return parsed && !Number.isNaN(parsed.getTime()) ? parsed : null
}
const record = (value: unknown): Record<string, unknown> => (typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {})

export function toVersionEntry(raw: unknown): VersionEntry | null {
  const rec = record(raw)
  const id = typeof rec.id === 'number' ? String(rec.id) : text(rec.id)
  const version = record(rec.version)
  if (!id) return null
  return {
    id,
    status: isDocumentStatus(version.workflowStatus) ? version.workflowStatus : null,
    versionLabel: text(version.versionLabel),
    changeNote: text(version.changeNote),
    publishedAt: date(version.publishedAt),
    savedAt: date(rec.updatedAt),
  }
}

/**
 * One entry per publication, newest first: withdrawing or superseding a document saves its released content again
 * under a new status, which is the same version for a reader. The newest save of each publication stands for it.
 */
export function collapsePublications(entries: VersionEntry[]): VersionEntry[] {
  const seen = new Set<string>()
  return entries.filter((entry) => {
    const key = entry.publishedAt ? String(entry.publishedAt.getTime()) : `version-${entry.id}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** The released versions of a document the viewer may read (the CMS's version access decides), newest first. */
export async function listVersions(viewer: Viewer, documentId: string): Promise<VersionEntry[]> {
  const query = payloadQuery({
    where: { and: [{ parent: { equals: documentId } }, { 'version._status': { equals: 'published' } }, { 'version.workflowStatus': { in: [...RELEASED] } }] },
    sort: '-updatedAt',
    limit: 100,
    depth: 0,
    select: { version: { workflowStatus: true, versionLabel: true, changeNote: true, publishedAt: true } },
  })
  const body = expectOk(await cmsRequest(viewer, `/api/documents/versions?${query}`), `the versions of document ${documentId}`)
  const docs = Array.isArray(body.docs) ? body.docs : []
  return collapsePublications(docs.map(toVersionEntry).filter((entry): entry is VersionEntry => entry !== null))
}

export interface DiffPart {
  op: 'equal' | 'insert' | 'delete'
  text: string
}

/** A metadata field that differs between the two versions (dates as ISO strings). */
export interface FieldChange {
  field: 'versionLabel' | 'kind' | 'validFrom' | 'validUntil' | 'legalBasis' | 'requiresAcknowledgement'
  from: string | boolean | null
  to: string | boolean | null
}

export interface VersionComparison {
  from: VersionEntry
  to: VersionEntry
  changes: DiffPart[]
  fields: FieldChange[]
}

const FIELDS = new Set<FieldChange['field']>(['versionLabel', 'kind', 'validFrom', 'validUntil', 'legalBasis', 'requiresAcknowledgement'])
const OPS = new Set<DiffPart['op']>(['equal', 'insert', 'delete'])
const scalar = (value: unknown) => (typeof value === 'string' || typeof value === 'boolean' ? value : null)

/** The CMS's comparison (untrusted shape, checked part by part), or null when it does not look like one. */
export function toComparison(raw: unknown): VersionComparison | null {
  const body = record(raw)
  const side = (value: unknown) => {
    const rec = record(value)
    return toVersionEntry({ id: rec.id, updatedAt: rec.updatedAt, version: { ...rec, workflowStatus: rec.status } })
  }
  const from = side(body.from)
  const to = side(body.to)
  if (!from || !to || !Array.isArray(body.changes)) return null
  const changes = body.changes
    .map(record)
    .filter((part) => OPS.has(part.op as DiffPart['op']) && typeof part.text === 'string')
    .map((part) => ({ op: part.op as DiffPart['op'], text: part.text as string }))
  const fields = (Array.isArray(body.fields) ? body.fields : [])
    .map(record)
    .filter((change) => FIELDS.has(change.field as FieldChange['field']))
    .map((change) => ({ field: change.field as FieldChange['field'], from: scalar(change.from), to: scalar(change.to) }))
  return { from, to, changes, fields }
}

export const VERSION_ID = /^[1-9][0-9]{0,9}$/

/**
 * Two versions of a document compared by the CMS, which reads both through the viewer's version access (staff:
 * released versions only). Versions the viewer may not read, or of another document, throw `not_found`.
 */
export async function compareVersions(viewer: Viewer, documentId: string, from: string, to: string): Promise<VersionComparison> {
  if (!VERSION_ID.test(from) || !VERSION_ID.test(to)) throw new SiteError('not_found', 'version ids are positive whole numbers')
  const query = payloadQuery({ from, to })
  const response = await cmsRequest(viewer, `/api/documents/${encodeURIComponent(documentId)}/compare?${query}`)
  if (response.status === 400 || response.status === 403 || response.status === 404) throw new SiteError('not_found', `CMS refused comparing versions of document ${documentId} (${response.status})`)
  const comparison = toComparison(expectOk(response, `comparing versions of document ${documentId}`))
  if (!comparison) throw new SiteError('upstream_failed', `CMS answered a comparison of document ${documentId} without its parts`)
  return comparison
}
