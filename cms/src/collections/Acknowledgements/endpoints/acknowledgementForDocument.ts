import { isAddressedTo, visibilityFactsOf } from '@lotse/domain'
import type { PayloadHandler } from 'payload'
import { viewerOf } from '../../../access/viewerOf.ts'
import { jsonError } from '../../../utilities/jsonError.ts'
import { parseId } from '../../../utilities/parseId.ts'
import { acknowledgementRound } from '../lib/acknowledgementRound.ts'

/**
 * `GET /api/acknowledgements/document/:documentId` — the caller's own acknowledgement state for one document they may
 * read: whether it asks them (addressed and published), the current round with its due date, and when they confirmed
 * it. One query for the document page instead of the whole pending list.
 */
export const acknowledgementForDocument: PayloadHandler = async (req) => {
  const user = req.user
  const viewer = await viewerOf(req)
  if (!user || !viewer) return jsonError(401, 'Log in first.')
  const documentId = parseId(req.routeParams?.documentId)
  const doc = documentId && (await req.payload.findByID({ collection: 'documents', id: documentId, depth: 0, user, overrideAccess: false, disableErrors: true, req }))
  if (!doc) return jsonError(404, `There is no document ${String(req.routeParams?.documentId)} that you may read.`)
  const round = acknowledgementRound(doc)
  const asked = Boolean(round) && doc.workflowStatus === 'published' && isAddressedTo(viewer, visibilityFactsOf(doc))
  if (!round || !asked) return Response.json({ asked: false })
  const { docs } = await req.payload.find({
    collection: 'acknowledgements',
    where: { and: [{ user: { equals: user.id } }, { document: { equals: doc.id } }, { round: { equals: round.round } }] },
    limit: 1,
    depth: 0,
    overrideAccess: true,
    req,
  })
  return Response.json({ asked: true, ...round, versionLabel: doc.versionLabel ?? null, acknowledgedAt: docs[0]?.acknowledgedAt ?? null })
}
