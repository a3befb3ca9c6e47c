import { idOf, isAddressedTo, visibilityFactsOf } from '@lotse/domain'
import type { PayloadHandler } from 'payload'
import { viewerOf } from '../../../access/viewerOf.ts'
import { jsonError } from '../../../utilities/jsonError.ts'
import { acknowledgementRound } from '../lib/acknowledgementRound.ts'

/** `GET /api/acknowledgements/pending` — the caller's documents still to acknowledge, soonest due first. */
export const pendingAcknowledgements: PayloadHandler = async (req) => {
  const user = req.user
  const viewer = await viewerOf(req)
  if (!user || !viewer) return jsonError(401, 'Log in first.')
  const { docs } = await req.payload.find({
    collection: 'documents',
    where: { and: [{ requiresAcknowledgement: { equals: true } }, { workflowStatus: { equals: 'published' } }] },
    pagination: false,
    depth: 0,
    user,
    overrideAccess: false,
    req,
  })
  const addressed = docs.filter((doc) => isAddressedTo(viewer, visibilityFactsOf(doc)))
  const confirmed = await req.payload.find({
    collection: 'acknowledgements',
    where: { and: [{ user: { equals: user.id } }, { document: { in: addressed.map((doc) => doc.id) } }] },
    pagination: false,
    depth: 0,
    overrideAccess: true,
    req,
  })
  const done = new Set(confirmed.docs.map((ack) => `${idOf(ack.document)}:${ack.round}`))
  const pending = addressed
    .map((doc) => ({ doc, round: acknowledgementRound(doc) }))
    .filter(({ doc, round }) => round && !done.has(`${doc.id}:${round.round}`))
    .map(({ doc, round }) => ({ id: doc.id, title: doc.title, kind: doc.kind, versionLabel: doc.versionLabel ?? null, ...round! }))
    .sort((a, b) => a.dueAt.localeCompare(b.dueAt))
  return Response.json({ pending })
}
