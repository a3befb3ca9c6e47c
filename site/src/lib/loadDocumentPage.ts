import { isSiteError } from './SiteError.ts'
import { getAcknowledgementState, type AcknowledgementState } from './acknowledgementsClient.ts'
import { getDocument } from './cmsClient.ts'
import type { DocumentView } from './DocumentView.ts'
import type { Viewer } from './Viewer.ts'

/** What the page says after a form on it was sent (Post/Redirect/Get: the redirect carries it in the query). */
export type DocumentNotice = 'confirmed' | 'changed' | 'notAsked' | 'ackFailed' | 'feedbackSent' | null

export type DocumentPageState =
  | { state: 'ok'; document: DocumentView; acknowledgement: AcknowledgementState; notice: DocumentNotice }
  | { state: 'notFound' }
  | { state: 'unavailable' }
  | { state: 'unauthenticated' }

export interface DocumentPageDeps {
  fetchDocument: typeof getDocument
  fetchAcknowledgement: typeof getAcknowledgementState
}

const defaults: DocumentPageDeps = { fetchDocument: getDocument, fetchAcknowledgement: getAcknowledgementState }

const NOTICES: Record<string, DocumentNotice> = { confirmed: 'confirmed', changed: 'changed', 'not-asked': 'notAsked', failed: 'ackFailed' }

/** The notice named by the page's query string (`?ack=confirmed`, `?feedback=sent`). */
export function noticeOf(params: URLSearchParams): DocumentNotice {
  if (params.get('feedback') === 'sent') return 'feedbackSent'
  return NOTICES[params.get('ack') ?? ''] ?? null
}

/**
 * The document page's data: the document, and — only when it asks for a read confirmation — the viewer's state of it
 * (a second round trip that most documents do not need). Missing and forbidden documents are the same `notFound`.
 * Never throws.
 */
export async function loadDocumentPage(
  viewer: Viewer,
  id: string | undefined,
  params: URLSearchParams = new URLSearchParams(),
  deps: Partial<DocumentPageDeps> = {},
): Promise<DocumentPageState> {
  const { fetchDocument, fetchAcknowledgement } = { ...defaults, ...deps }
  if (!id) return { state: 'notFound' }
  try {
    const document = await fetchDocument(viewer, id)
    const acknowledgement: AcknowledgementState =
      document.requiresAcknowledgement && document.status === 'published' ? await fetchAcknowledgement(viewer, document.id) : { asked: false }
    return { state: 'ok', document, acknowledgement, notice: noticeOf(params) }
  } catch (error) {
    if (isSiteError(error, 'not_found')) return { state: 'notFound' }
    if (isSiteError(error, 'unauthenticated')) return { state: 'unauthenticated' }
    console.error('[site] document %s failed:', id, error instanceof Error ? error.message : error)
    return { state: 'unavailable' }
  }
}
