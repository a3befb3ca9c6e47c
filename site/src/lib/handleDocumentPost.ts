import { isSiteError } from './SiteError.ts'
import { confirmAcknowledgement } from './acknowledgementsClient.ts'
import { sendFeedback } from './feedbackClient.ts'
import { pinDocument, unpinDocument } from './pinsClient.ts'
import { submitFeedback, type FeedbackOutcome } from './submitFeedback.ts'
import type { Viewer } from './Viewer.ts'

export type DocumentPostResult =
  | { kind: 'redirect'; location: string }
  | { kind: 'feedbackError'; outcome: FeedbackOutcome & { ok: false } }
  | { kind: 'badRequest' }
  | { kind: 'unauthenticated' }

export interface DocumentPostDeps {
  confirm: typeof confirmAcknowledgement
  send: typeof sendFeedback
  pin: typeof pinDocument
  unpin: typeof unpinDocument
}

const defaults: DocumentPostDeps = { confirm: confirmAcknowledgement, send: sendFeedback, pin: pinDocument, unpin: unpinDocument }

/**
 * A form posted on the document page (the middleware already refused other origins): "Gelesen und verstanden",
 * feedback, or pinning and unpinning. Success redirects back to the page (Post/Redirect/Get, so a reload never sends twice); a feedback error
 * renders the form again with what was typed.
 */
export async function handleDocumentPost(viewer: Viewer, id: string, form: FormData, deps: Partial<DocumentPostDeps> = {}): Promise<DocumentPostResult> {
  const { confirm, send, pin, unpin } = { ...defaults, ...deps }
  const page = `/documents/${encodeURIComponent(id)}`
  try {
    switch (form.get('action')) {
      case 'acknowledge': {
        const round = Number(form.get('round'))
        if (!Number.isInteger(round) || round < 1) return { kind: 'badRequest' }
        const outcome = await confirm(viewer, id, round)
        const ack = outcome === 'notAsked' ? 'not-asked' : outcome
        return { kind: 'redirect', location: `${page}?ack=${ack}#acknowledgement` }
      }
      case 'feedback': {
        const outcome = await submitFeedback(form, (kind, comment) => send(viewer, id, kind, comment))
        return outcome.ok ? { kind: 'redirect', location: `${page}?feedback=sent#feedback` } : { kind: 'feedbackError', outcome }
      }
      case 'pin':
      case 'unpin': {
        const pinning = form.get('action') === 'pin'
        const outcome = await (pinning ? pin : unpin)(viewer, id).then(
          () => (pinning ? 'added' : 'removed'),
          (error: unknown) => {
            if (isSiteError(error, 'unauthenticated')) throw error
            console.error('[site] pin on document %s failed:', id, error instanceof Error ? error.message : error)
            return 'failed'
          },
        )
        return { kind: 'redirect', location: `${page}?pin=${outcome}#pin` }
      }
      default:
        return { kind: 'badRequest' }
    }
  } catch (error) {
    if (isSiteError(error, 'unauthenticated')) return { kind: 'unauthenticated' }
    // A confirmation that fails for another reason: back to the page, which shows the state as the CMS has it.
    console.error('[site] form on document %s failed:', id, error instanceof Error ? error.message : error)
    return { kind: 'redirect', location: `${page}?ack=failed#acknowledgement` }
  }
}
