import type { Payload, PayloadRequest } from 'payload'
import type { Document } from '../../payload-types.ts'

const DAY_MS = 86_400_000

/**
 * When a demo document would have been published, had it been published in real life: a few days before it came into
 * force, and an announced one (valid from a later date) two days ago. Its acknowledgement round started when it came
 * into force, so the demo has overdue, due and fresh read confirmations whenever it is seeded.
 */
export function demoPublicationDates(doc: Pick<Document, 'validFrom' | 'acknowledgementRound'>, now: Date) {
  const validFrom = doc.validFrom ? new Date(doc.validFrom).getTime() : now.getTime() - 30 * DAY_MS
  const publishedAt = new Date(validFrom > now.getTime() ? now.getTime() - 2 * DAY_MS : validFrom - 5 * DAY_MS)
  const roundStartedAt = doc.acknowledgementRound ? new Date(Math.min(validFrom, now.getTime())) : null
  return { publishedAt, roundStartedAt }
}

/**
 * Moves a seeded document's publication (and acknowledgement round) into the past. Written to the document row directly:
 * the hooks would treat it as a new edit, and these are system fields nobody edits. Mutates `doc` to match.
 */
export async function backdatePublication(payload: Payload, req: PayloadRequest, doc: Document, now: Date): Promise<void> {
  if (!doc.publishedAt) return
  const { publishedAt, roundStartedAt } = demoPublicationDates(doc, now)
  const data = { publishedAt: publishedAt.toISOString(), ...(roundStartedAt ? { acknowledgementRoundStartedAt: roundStartedAt.toISOString() } : {}) }
  await payload.db.updateOne({ collection: 'documents', id: doc.id, data, req, returning: false })
  Object.assign(doc, data)
}
