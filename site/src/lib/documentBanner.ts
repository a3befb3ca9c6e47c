import type { DocumentRef, DocumentView } from './DocumentView.ts'

/**
 * The state a reader must know before reading a document, shown as a banner above it (never only as a badge):
 * whether it applies today, since or until when, and what replaced it.
 */
export type DocumentBanner =
  | { state: 'inForce'; tone: 'ok'; from: Date | null; until: Date | null }
  | { state: 'notYetInForce'; tone: 'info'; from: Date; until: Date | null }
  | { state: 'expired'; tone: 'warn'; since: Date }
  | { state: 'superseded'; tone: 'warn'; successor: DocumentRef | null }
  | { state: 'withdrawn'; tone: 'warn' }
  | { state: 'draft'; tone: 'info'; inReview: boolean }

/** The banner of a document at `now`. Workflow state wins over dates: a superseded document is superseded, whatever its dates say. */
export function documentBanner(
  document: Pick<DocumentView, 'status' | 'validFrom' | 'validUntil' | 'supersededBy'>,
  now: Date,
): DocumentBanner {
  const { status, validFrom, validUntil } = document
  // No date: the CMS records when a document last changed, not when it was withdrawn.
  if (status === 'withdrawn') return { state: 'withdrawn', tone: 'warn' }
  if (status === 'superseded' || document.supersededBy) return { state: 'superseded', tone: 'warn', successor: document.supersededBy }
  if (status === 'draft' || status === 'in-review') return { state: 'draft', tone: 'info', inReview: status === 'in-review' }
  if (validFrom && validFrom.getTime() > now.getTime()) return { state: 'notYetInForce', tone: 'info', from: validFrom, until: validUntil }
  if (validUntil && validUntil.getTime() <= now.getTime()) return { state: 'expired', tone: 'warn', since: validUntil }
  return { state: 'inForce', tone: 'ok', from: validFrom, until: validUntil }
}
