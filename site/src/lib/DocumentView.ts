import { isDocumentKind, isDocumentStatus, type DocumentKind, type DocumentStatus } from './documentKinds.ts'

/** A related record the CMS populated (and the viewer may read): its id and what the page names it by. */
export interface RelatedRef {
  id: string
  name: string
}

export interface UnitRef extends RelatedRef {
  shortCode: string | null
}

export interface DocumentRef {
  id: string
  title: string
  validFrom: Date | null
}

export interface AttachmentView {
  id: string
  filename: string
  mimeType: string | null
  /** Bytes. */
  filesize: number | null
}

/** What the document page shows, taken from the CMS's document (untrusted shape, checked field by field). */
export interface DocumentView {
  id: string
  title: string
  summary: string | null
  /** Lexical editor state, rendered by `lexicalToHtml`. */
  body: unknown
  kind: DocumentKind | null
  status: DocumentStatus | null
  updatedAt: Date | null
  publishedAt: Date | null
  validFrom: Date | null
  validUntil: Date | null
  versionLabel: string | null
  changeNote: string | null
  legalBasis: string | null
  ownerUnit: UnitRef | null
  responsible: RelatedRef | null
  topics: RelatedRef[]
  /** Only when the CMS populated it, i.e. the viewer may read it; a bare id is never linked. */
  supersedes: DocumentRef | null
  supersededBy: DocumentRef | null
  attachments: AttachmentView[]
  /** Where a migrated document lay on the network drive, relative to the imported root. */
  sourcePath: string | null
  requiresAcknowledgement: boolean
  /** The current acknowledgement round (the form confirms exactly this one). */
  acknowledgementRound: number | null
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null
}

function date(value: unknown): Date | null {
  if (typeof value !== 'string') return null
  const parsed = new Date(value)
  return Number.isNaN(parsed.getTime()) ? null : parsed
}

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null
}

function idOf(value: unknown): string | null {
  return typeof value === 'number' && Number.isFinite(value) ? String(value) : text(value)
}

/** A populated relation → `{ id, name }`; a bare id (not populated, or not readable) → null. */
function related(value: unknown, nameField = 'name'): RelatedRef | null {
  const rec = record(value)
  const id = rec && idOf(rec.id)
  const name = rec && text(rec[nameField])
  return id && name ? { id, name } : null
}

function unit(value: unknown): UnitRef | null {
  const ref = related(value)
  return ref ? { ...ref, shortCode: text(record(value)?.shortCode) } : null
}

function documentRef(value: unknown): DocumentRef | null {
  const ref = related(value, 'title')
  return ref ? { id: ref.id, title: ref.name, validFrom: date(record(value)?.validFrom) } : null
}

function attachment(value: unknown): AttachmentView | null {
  const rec = record(value)
  const id = rec && idOf(rec.id)
  const filename = rec && text(rec.filename)
  if (!id || !filename) return null
  const size = rec.filesize
  return { id, filename, mimeType: text(rec.mimeType), filesize: typeof size === 'number' && size >= 0 ? size : null }
}

/** Payload answers a join field as `{ docs: [...] }`. */
function joined(value: unknown): unknown[] {
  const docs = record(value)?.docs
  return Array.isArray(docs) ? docs : []
}

function present<T>(value: T | null): value is T {
  return value !== null
}

export function toDocumentView(raw: unknown): DocumentView | null {
  const doc = record(raw)
  if (!doc) return null
  const id = idOf(doc.id)
  const title = text(doc.title)
  if (!id || !title) return null
  const status = doc.workflowStatus ?? doc.status
  const round = doc.acknowledgementRound
  return {
    id,
    title,
    summary: text(doc.summary),
    body: doc.body ?? null,
    kind: isDocumentKind(doc.kind) ? doc.kind : null,
    status: isDocumentStatus(status) ? status : null,
    updatedAt: date(doc.updatedAt),
    publishedAt: date(doc.publishedAt),
    validFrom: date(doc.validFrom),
    validUntil: date(doc.validUntil),
    versionLabel: text(doc.versionLabel),
    changeNote: text(doc.changeNote),
    legalBasis: text(doc.legalBasis),
    ownerUnit: unit(doc.ownerUnit),
    responsible: related(doc.responsible),
    topics: Array.isArray(doc.topics) ? doc.topics.map((topic) => related(topic)).filter(present) : [],
    supersedes: documentRef(doc.supersedes),
    supersededBy: documentRef(doc.supersededBy),
    attachments: joined(doc.attachments).map(attachment).filter(present),
    sourcePath: text(record(doc.source)?.path),
    requiresAcknowledgement: doc.requiresAcknowledgement === true,
    acknowledgementRound: typeof round === 'number' && Number.isInteger(round) && round > 0 ? round : null,
  }
}
