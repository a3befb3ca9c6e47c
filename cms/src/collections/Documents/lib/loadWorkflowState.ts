import { idOf } from '@lotse/domain'
import type { PayloadRequest } from 'payload'
import { hasRole } from '../../../access/hasRole.ts'
import { unitsOf } from '../../../access/unitsOf.ts'
import { viewerOf } from '../../../access/viewerOf.ts'
import type { Document } from '../../../payload-types.ts'
import { workflowActions, type WorkflowAction } from './workflowActions.ts'
import type { FieldError } from './workflowTransition.ts'

export interface WorkflowState {
  /** The latest version (a draft when there is one), as the person may read it. */
  doc: Document
  actions: WorkflowAction[]
  blocked: FieldError[]
  /** Whether the person may change the document (and so restore an old version as its draft). */
  mayChange: boolean
}

/**
 * The latest version of a document and what the signed-in person may do with it, from the same facts the save hook
 * (hooks/enforceWorkflow.ts) judges by. Null when the person may not read the document.
 */
export async function loadWorkflowState(req: PayloadRequest, id: number): Promise<WorkflowState | null> {
  const viewer = await viewerOf(req)
  if (!viewer || !req.user) return null
  const doc = await req.payload.findByID({ collection: 'documents', id, draft: true, depth: 0, user: req.user, overrideAccess: false, disableErrors: true, req })
  if (!doc) return null
  const ownerUnit = idOf(doc.ownerUnit)
  const isAdmin = hasRole(req.user, 'admin')
  const onOwningSide = hasRole(req.user, 'editor', 'manager') && !!ownerUnit && unitsOf(viewer).includes(ownerUnit)
  const lastPublished = doc.publishedAt
    ? await req.payload.findByID({ collection: 'documents', id, draft: false, depth: 0, overrideAccess: true, disableErrors: true, req })
    : null
  const { actions, blocked } = workflowActions({
    status: doc.workflowStatus,
    actor: { id: String(req.user.id), isAdmin, onOwningSide },
    canEdit: isAdmin || onOwningSide,
    submittedBy: idOf(doc.submittedBy),
    previousChangeNote: lastPublished ? (lastPublished.changeNote ?? '') : null,
    changeNote: doc.changeNote,
  })
  return { doc, actions, blocked, mayChange: isAdmin || onOwningSide }
}
