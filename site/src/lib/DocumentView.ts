import { isDocumentKind, isDocumentStatus, type DocumentKind, type DocumentStatus } from './documentKinds.ts'

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
  validFrom: Date | null
  versionLabel: string | null
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null
}

function date(value: unknown): Date | null {
  if (typeof value !== 'string') return null
  const parsed = new Date(value)
  return Number.isNaN(parsed.getTime()) ? null : parsed
}

export function toDocumentView(raw: unknown): DocumentView | null {
  if (typeof raw !== 'object' || raw === null) return null
  const doc = raw as Record<string, unknown>
  const id = typeof doc.id === 'number' ? String(doc.id) : text(doc.id)
  const title = text(doc.title)
  if (!id || !title) return null
  const status = doc.workflowStatus ?? doc.status
  return {
    id,
    title,
    summary: text(doc.summary),
    body: doc.body ?? null,
    kind: isDocumentKind(doc.kind) ? doc.kind : null,
    status: isDocumentStatus(status) ? status : null,
    updatedAt: date(doc.updatedAt),
    validFrom: date(doc.validFrom),
    versionLabel: text(doc.versionLabel),
  }
}
