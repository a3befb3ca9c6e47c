import type { PayloadHandler, Where } from 'payload'
import { jsonError } from '../../../utilities/jsonError.ts'
import { parseId } from '../../../utilities/parseId.ts'
import { acknowledgementRound } from '../lib/acknowledgementRound.ts'

/**
 * `POST /api/acknowledgements/confirm/:documentId[?round=N]` — "I have read this version". Idempotent: a second call
 * answers with the existing confirmation. Only a document the caller may read can be confirmed. With `round`, only that
 * round is confirmed (the one the person was shown): 409 when a material change started another one meanwhile.
 */
export const acknowledgeDocument: PayloadHandler = async (req) => {
  const user = req.user
  if (!user || user.collection !== 'users') return jsonError(401, 'Log in first.')
  const documentId = parseId(req.routeParams?.documentId)
  const doc = documentId && (await req.payload.findByID({ collection: 'documents', id: documentId, depth: 0, user, overrideAccess: false, disableErrors: true, req }))
  if (!doc) return jsonError(404, `There is no document ${String(req.routeParams?.documentId)} that you may read.`)
  const round = acknowledgementRound(doc)
  if (!round || doc.workflowStatus !== 'published') return jsonError(400, `Document ${documentId} does not ask for an acknowledgement (or is not in force).`)
  const shown = req.searchParams.get('round')
  if (shown !== null && parseId(shown) !== round.round) {
    return jsonError(409, `Document ${documentId} has changed: its current acknowledgement round is ${round.round}, not ${shown}. Read the current version, then confirm it.`)
  }

  const where: Where = { and: [{ user: { equals: user.id } }, { document: { equals: doc.id } }, { round: { equals: round.round } }] }
  const existing = await req.payload.find({ collection: 'acknowledgements', where, limit: 1, depth: 0, overrideAccess: true, req })
  if (existing.docs[0]) return Response.json({ acknowledgement: existing.docs[0], created: false })
  try {
    const acknowledgement = await req.payload.create({
      collection: 'acknowledgements',
      data: { user: user.id, document: doc.id, round: round.round, versionLabel: doc.versionLabel ?? null, acknowledgedAt: new Date().toISOString() },
      depth: 0,
      overrideAccess: true,
      req,
    })
    return Response.json({ acknowledgement, created: true }, { status: 201 })
  } catch (error) {
    // Two confirmations at once: the unique index let one through; answer with that one.
    const raced = await req.payload.find({ collection: 'acknowledgements', where, limit: 1, depth: 0, overrideAccess: true, req })
    if (raced.docs[0]) return Response.json({ acknowledgement: raced.docs[0], created: false })
    throw error
  }
}
