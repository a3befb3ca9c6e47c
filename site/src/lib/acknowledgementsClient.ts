import { SiteError } from './SiteError.ts'
import { cmsRequest, expectOk } from './cmsRequest.ts'
import { payloadQuery } from './payloadQuery.ts'
import type { Viewer } from './Viewer.ts'

/** The viewer's read confirmation of one document: whether it asks them, and when they confirmed the current round. */
export type AcknowledgementState =
  | { asked: false }
  | { asked: true; round: number; dueAt: Date; overdue: boolean; acknowledgedAt: Date | null }

/** A read confirmation still open for the viewer. */
export interface PendingAcknowledgement {
  id: string
  title: string
  kind: string | null
  versionLabel: string | null
  dueAt: Date
  overdue: boolean
}

/** A read confirmation the viewer gave. */
export interface DoneAcknowledgement {
  documentId: string
  /** Null when the viewer may no longer read the document (the CMS did not populate it). */
  title: string | null
  versionLabel: string | null
  acknowledgedAt: Date
}

function toDate(value: unknown): Date | null {
  if (typeof value !== 'string') return null
  const parsed = new Date(value)
  return Number.isNaN(parsed.getTime()) ? null : parsed
}

const str = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null)
const idText = (value: unknown) => (typeof value === 'number' ? String(value) : str(value))

/** The viewer's state for a document they may read (`not_found` otherwise). */
export async function getAcknowledgementState(viewer: Viewer, documentId: string): Promise<AcknowledgementState> {
  const response = await cmsRequest(viewer, `/api/acknowledgements/document/${encodeURIComponent(documentId)}`)
  if (response.status === 404 || response.status === 400) throw new SiteError('not_found', `acknowledgement of document ${documentId}: ${response.status}`)
  const body = expectOk(response, `the acknowledgement state of document ${documentId}`)
  const round = body.round
  const dueAt = toDate(body.dueAt)
  if (body.asked !== true || typeof round !== 'number' || !dueAt) return { asked: false }
  return { asked: true, round, dueAt, overdue: body.overdue === true, acknowledgedAt: toDate(body.acknowledgedAt) }
}

export type ConfirmOutcome = 'confirmed' | 'changed' | 'notAsked'

/**
 * Confirms exactly the round the viewer was shown. `changed`: a material change started a new round meanwhile;
 * `notAsked`: the document asks for no confirmation (any more).
 */
export async function confirmAcknowledgement(viewer: Viewer, documentId: string, round: number): Promise<ConfirmOutcome> {
  const response = await cmsRequest(viewer, `/api/acknowledgements/confirm/${encodeURIComponent(documentId)}?round=${round}`, { method: 'POST' })
  if (response.status === 409) return 'changed'
  if (response.status === 400) return 'notAsked'
  if (response.status === 404) throw new SiteError('not_found', `confirm document ${documentId}: 404`)
  expectOk(response, `the confirmation of document ${documentId}`)
  return 'confirmed'
}

/** The viewer's open confirmations, overdue and soonest due first. */
export async function listPendingAcknowledgements(viewer: Viewer): Promise<PendingAcknowledgement[]> {
  const body = expectOk(await cmsRequest(viewer, '/api/acknowledgements/pending'), 'the pending acknowledgements')
  const list = Array.isArray(body.pending) ? body.pending : []
  return list
    .flatMap((entry): PendingAcknowledgement[] => {
      const rec = (entry ?? {}) as Record<string, unknown>
      const id = idText(rec.id)
      const title = str(rec.title)
      const dueAt = toDate(rec.dueAt)
      return id && title && dueAt ? [{ id, title, kind: str(rec.kind), versionLabel: str(rec.versionLabel), dueAt, overdue: rec.overdue === true }] : []
    })
    .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.dueAt.getTime() - b.dueAt.getTime())
}

/** The viewer's own confirmations, newest first (at most `limit`). */
export async function listDoneAcknowledgements(viewer: Viewer, limit = 100): Promise<DoneAcknowledgement[]> {
  const query = payloadQuery({
    where: { user: { equals: viewer.id } },
    sort: '-acknowledgedAt',
    limit,
    depth: 1,
    select: { document: true, versionLabel: true, acknowledgedAt: true },
    populate: { documents: { title: true } },
  })
  const body = expectOk(await cmsRequest(viewer, `/api/acknowledgements?${query}`), 'the confirmations')
  const docs = Array.isArray(body.docs) ? body.docs : []
  return docs.flatMap((entry): DoneAcknowledgement[] => {
    const rec = (entry ?? {}) as Record<string, unknown>
    const document = rec.document
    const populated = typeof document === 'object' && document !== null ? (document as Record<string, unknown>) : null
    const documentId = idText(populated ? populated.id : document)
    const acknowledgedAt = toDate(rec.acknowledgedAt)
    if (!documentId || !acknowledgedAt) return []
    return [{ documentId, title: populated ? str(populated.title) : null, versionLabel: str(rec.versionLabel), acknowledgedAt }]
  })
}
