import { idOf } from '@lotse/domain'
import { Forbidden, ValidationError, type PayloadHandler, type PayloadRequest } from 'payload'
import type { Document } from '../../../payload-types.ts'
import { jsonError } from '../../../utilities/jsonError.ts'
import { parseId } from '../../../utilities/parseId.ts'
import { loadWorkflowState } from '../lib/loadWorkflowState.ts'
import { WORKFLOW_ACTIONS, type WorkflowAction } from '../lib/workflowActions.ts'

const german = (req: PayloadRequest) => req.i18n?.language !== 'en'

/** The save each action is: the lifecycle hook judges it like any other save of this person. */
const saves: Partial<Record<WorkflowAction, { data: Partial<Document>; draft: boolean }>> = {
  submit: { data: { workflowStatus: 'in-review' }, draft: true },
  approve: { data: { workflowStatus: 'published', _status: 'published' }, draft: false },
  withdraw: { data: { workflowStatus: 'withdrawn', _status: 'published' }, draft: false },
  return: { data: { workflowStatus: 'draft' }, draft: true },
}

/** What a successor starts with: the predecessor's content and metadata, as a fresh draft that supersedes it. */
const successorOf = (doc: Document): Partial<Document> => ({
  title: doc.title,
  kind: doc.kind,
  ownerUnit: doc.ownerUnit,
  responsible: doc.responsible,
  classification: doc.classification,
  topics: doc.topics,
  summary: doc.summary,
  body: doc.body,
  legalBasis: doc.legalBasis,
  audienceAll: doc.audienceAll,
  audienceUnits: doc.audienceUnits,
  audienceRoles: doc.audienceRoles,
  requiresAcknowledgement: doc.requiresAcknowledgement,
  acknowledgeWithinDays: doc.acknowledgeWithinDays,
  supersedes: doc.id,
  workflowStatus: 'draft',
})

/**
 * `POST /api/documents/:id/workflow` with `{ "action": "submit" | "approve" | "return" | "withdraw" | "supersede",
 * "comment"?: string }` — one workflow step of the admin's buttons, saved as the signed-in person so the lifecycle
 * hook decides exactly as for any other save. "return" sends a document in review back to draft with a required
 * comment for its editor; "supersede" starts a successor draft and answers its id.
 */
export const runWorkflowAction: PayloadHandler = async (req) => {
  if (!req.user) return jsonError(401, 'Log in first.')
  const id = parseId(req.routeParams?.id)
  const body: unknown = await req.json?.().catch(() => null)
  const { action, comment } = (body ?? {}) as { action?: unknown; comment?: unknown }
  if (typeof action !== 'string' || !(WORKFLOW_ACTIONS as readonly string[]).includes(action)) {
    return jsonError(400, `Name the action: {"action": one of ${WORKFLOW_ACTIONS.join(', ')}}.`)
  }
  const state = id ? await loadWorkflowState(req, id) : null
  if (!state) return jsonError(404, `Document ${String(req.routeParams?.id)} does not exist or you may not read it.`)
  const step = action as WorkflowAction
  const note = typeof comment === 'string' ? comment.trim() : ''
  if (step === 'return' || step === 'supersede') {
    // Not lifecycle transitions of their own: the endpoint lets only those do them whom the rule lets approve or retire.
    if (!state.actions.includes(step)) {
      return jsonError(403, german(req) ? 'Diesen Schritt können Sie bei diesem Dokument in seinem jetzigen Status nicht ausführen.' : 'You cannot take this step with this document in its current status.')
    }
    if (step === 'return' && (!note || note.length > 2000)) {
      return jsonError(400, german(req) ? 'Bitte schreiben Sie, was zu ändern ist (höchstens 2000 Zeichen): Die Redaktion sieht Ihren Hinweis.' : 'Say what should change (at most 2,000 characters): the editor sees your comment.')
    }
  }
  try {
    if (step === 'supersede') {
      const successor = await req.payload.create({ collection: 'documents', data: successorOf(state.doc), draft: true, depth: 0, user: req.user, overrideAccess: false, req })
      return Response.json({ id: successor.id, status: successor.workflowStatus })
    }
    const save = saves[step]!
    const doc = await req.payload.update({ collection: 'documents', id: state.doc.id, data: save.data, draft: save.draft, depth: 0, user: req.user, overrideAccess: false, req })
    if (step === 'return') {
      // Trusted write after the person's own save passed the rule above; nobody writes notes through the API.
      await req.payload.create({ collection: 'review-notes', data: { document: doc.id, ownerUnit: Number(idOf(doc.ownerUnit)), comment: note, author: req.user.id }, overrideAccess: true, req })
    }
    return Response.json({ id: doc.id, status: doc.workflowStatus })
  } catch (error) {
    if (error instanceof ValidationError) return jsonError(400, error.message)
    if (error instanceof Forbidden) return jsonError(403, error.message)
    throw error
  }
}
