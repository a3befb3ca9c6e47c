import { isSiteError } from './SiteError.ts'

export const FEEDBACK_KINDS = ['outdated', 'wrong', 'unclear'] as const
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number]

/** As the CMS's `comment` field allows. */
export const MAX_FEEDBACK_LENGTH = 4000

export type FeedbackOutcome =
  | { ok: true }
  | { ok: false; status: number; error: 'missingKind' | 'tooLong' | 'failed'; kind: FeedbackKind | null; comment: string }

function isFeedbackKind(value: unknown): value is FeedbackKind {
  return (FEEDBACK_KINDS as readonly unknown[]).includes(value)
}

/**
 * The posted feedback form: a kind is required, the text optional (≤ 4,000 characters). What the person typed comes
 * back with every error, so nothing is lost.
 */
export async function submitFeedback(form: FormData, send: (kind: FeedbackKind, comment: string) => Promise<void>): Promise<FeedbackOutcome> {
  const rawKind = form.get('kind')
  const rawComment = form.get('comment')
  const kind = isFeedbackKind(rawKind) ? rawKind : null
  const comment = typeof rawComment === 'string' ? rawComment.replace(/\r\n/g, '\n').trim() : ''
  if (!kind) return { ok: false, status: 400, error: 'missingKind', kind, comment: comment.slice(0, MAX_FEEDBACK_LENGTH * 2) }
  if (comment.length > MAX_FEEDBACK_LENGTH) return { ok: false, status: 400, error: 'tooLong', kind, comment: comment.slice(0, MAX_FEEDBACK_LENGTH * 2) }
  try {
    await send(kind, comment)
    return { ok: true }
  } catch (error) {
    if (isSiteError(error, 'unauthenticated')) throw error
    console.error('[site] feedback failed:', error instanceof Error ? error.message : error)
    return { ok: false, status: isSiteError(error, 'not_found') ? 404 : 503, error: 'failed', kind, comment }
  }
}
