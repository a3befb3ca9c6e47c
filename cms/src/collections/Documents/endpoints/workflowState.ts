import type { PayloadHandler } from 'payload'
import { jsonError } from '../../../utilities/jsonError.ts'
import { parseId } from '../../../utilities/parseId.ts'
import { comparableVersions } from '../lib/comparableVersions.ts'
import { latestReturn } from '../lib/latestReturn.ts'
import { loadWorkflowState } from '../lib/loadWorkflowState.ts'
import { refusalText } from '../lib/refusalText.ts'

/**
 * `GET /api/documents/:id/workflow` — the document's status and the workflow actions the signed-in person may take
 * (the admin's buttons), whether they may change it at all, why approval is blocked for them, the reviewer's comment when it was returned, and the
 * versions to compare before approving (latest against the one published last).
 */
export const workflowState: PayloadHandler = async (req) => {
  if (!req.user) return jsonError(401, 'Log in first.')
  const id = parseId(req.routeParams?.id)
  const state = id ? await loadWorkflowState(req, id) : null
  if (!state) return jsonError(404, `Document ${String(req.routeParams?.id)} does not exist or you may not read it.`)
  return Response.json({
    status: state.doc.workflowStatus,
    actions: state.actions,
    mayChange: state.mayChange,
    blocked: state.blocked.map((error) => refusalText(error, req.i18n?.language)),
    returned: await latestReturn(req, state.doc),
    versions: await comparableVersions(req, state.doc.id),
  })
}
