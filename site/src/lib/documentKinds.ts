import { DOCUMENT_KINDS, WORKFLOW_STATUSES, type DocumentKind, type WorkflowStatus } from '@lotse/domain'
import type { MessageKey } from './i18n.ts'

export { DOCUMENT_KINDS, type DocumentKind }
export const DOCUMENT_STATUSES = WORKFLOW_STATUSES
export type DocumentStatus = WorkflowStatus

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
