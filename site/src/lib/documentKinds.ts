import type { MessageKey } from './i18n.ts'

export const DOCUMENT_KINDS = ['directive', 'policy', 'work-aid', 'instruction', 'form', 'news'] as const
export type DocumentKind = (typeof DOCUMENT_KINDS)[number]

export const DOCUMENT_STATUSES = ['draft', 'in-review', 'published', 'superseded', 'withdrawn'] as const
export type DocumentStatus = (typeof DOCUMENT_STATUSES)[number]

export function isDocumentKind(value: unknown): value is DocumentKind {
  return (DOCUMENT_KINDS as readonly unknown[]).includes(value)
}

export function isDocumentStatus(value: unknown): value is DocumentStatus {
  return (DOCUMENT_STATUSES as readonly unknown[]).includes(value)
}

/** The i18n key of a kind's label; unknown kinds read "Dokument". */
export function kindLabelKey(kind: unknown): MessageKey {
  return isDocumentKind(kind) ? `kind.${kind}` : 'kind.unknown'
}

export function statusLabelKey(status: DocumentStatus): MessageKey {
  return `status.${status}`
}
