import type { Document } from '../../../payload-types.ts'

export type AuditAction = 'create' | 'update' | 'submit' | 'approve' | 'supersede' | 'withdraw'

/** What a save did, told from the states before and after it. */
export function auditAction(operation: 'create' | 'update', previous: Pick<Document, 'workflowStatus'> | undefined, doc: Pick<Document, 'workflowStatus'>): AuditAction {
  const changed = previous?.workflowStatus !== doc.workflowStatus
  if (changed && doc.workflowStatus === 'in-review') return 'submit'
  if (changed && doc.workflowStatus === 'published') return 'approve'
  if (changed && doc.workflowStatus === 'superseded') return 'supersede'
  if (changed && doc.workflowStatus === 'withdrawn') return 'withdraw'
  return operation
}
