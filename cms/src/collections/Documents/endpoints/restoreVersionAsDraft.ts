import { restoreVersionOperation, type PayloadHandler } from 'payload'
import { jsonError } from '../../../utilities/jsonError.ts'
import { parseId } from '../../../utilities/parseId.ts'

/**
 * `POST /api/documents/versions/:id` — replaces Payload's restore for documents: the version becomes the document's
 * new draft (never published directly, whatever `?draft=` says), so the admin's "restore" button and API callers
 * get what the four-eyes rule allows. Access (update: the owning unit's editors and managers, admins) and the
 * lifecycle hooks decide as for any draft save.
 */
export const restoreVersionAsDraft: PayloadHandler = async (req) => {
  if (!req.user) return jsonError(401, 'Log in first.')
  const id = parseId(req.routeParams?.id)
  if (!id) return jsonError(404, `There is no version ${String(req.routeParams?.id)}.`)
  const depth = Number(req.searchParams.get('depth') ?? 0)
  const result = await restoreVersionOperation({ id, collection: req.payload.collections.documents, depth: Number.isInteger(depth) && depth >= 0 && depth <= 2 ? depth : 0, draft: true, req })
  return Response.json({ ...result, message: req.t('version:restoredSuccessfully') })
}
