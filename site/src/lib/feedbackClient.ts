import { SiteError } from './SiteError.ts'
import { cmsRequest, expectOk } from './cmsRequest.ts'
import type { FeedbackKind } from './submitFeedback.ts'

/** Sends a staff member's feedback on a document to the CMS's feedback collection, where its owning unit sees it. */
export async function sendFeedback(viewer: { token: string }, documentId: string, kind: FeedbackKind, comment: string): Promise<void> {
  const response = await cmsRequest(viewer, '/api/feedback', { method: 'POST', json: { document: Number(documentId), kind, comment } })
  // The CMS refuses feedback on documents the person may not read as a validation error on `document`.
  if (response.status === 400 || response.status === 403 || response.status === 404) {
    throw new SiteError('not_found', `CMS refused feedback on document ${documentId} (${response.status})`)
  }
  expectOk(response, `feedback on document ${documentId}`)
}
