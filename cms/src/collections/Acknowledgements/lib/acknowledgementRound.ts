import type { Document } from '../../../payload-types.ts'

const DAY_MS = 86_400_000

/** The current acknowledgement round of a document and when it is due, or null when it asks for none. */
export function acknowledgementRound(doc: Pick<Document, 'requiresAcknowledgement' | 'acknowledgementRound' | 'acknowledgementRoundStartedAt' | 'acknowledgeWithinDays'>) {
  if (!doc.requiresAcknowledgement || !doc.acknowledgementRound) return null
  const startedAt = doc.acknowledgementRoundStartedAt ? new Date(doc.acknowledgementRoundStartedAt) : new Date()
  const dueAt = new Date(startedAt.getTime() + (doc.acknowledgeWithinDays ?? 14) * DAY_MS)
  return { round: doc.acknowledgementRound, startedAt: startedAt.toISOString(), dueAt: dueAt.toISOString(), overdue: dueAt.getTime() < Date.now() }
}
