import { isSiteError } from './SiteError.ts'
import { getDocument } from './cmsClient.ts'
import type { DocumentView } from './DocumentView.ts'
import type { Viewer } from './Viewer.ts'

export type DocumentPageState =
  | { state: 'ok'; document: DocumentView }
  | { state: 'notFound' }
  | { state: 'unavailable' }
  | { state: 'unauthenticated' }

/** The document page's data. Missing and forbidden documents are the same `notFound`. Never throws. */
export async function loadDocumentPage(
  viewer: Viewer,
  id: string | undefined,
  fetchDocument: typeof getDocument = getDocument,
): Promise<DocumentPageState> {
  if (!id) return { state: 'notFound' }
  try {
    return { state: 'ok', document: await fetchDocument(viewer, id) }
  } catch (error) {
    if (isSiteError(error, 'not_found')) return { state: 'notFound' }
    if (isSiteError(error, 'unauthenticated')) return { state: 'unauthenticated' }
    console.error('[site] document %s failed:', id, error instanceof Error ? error.message : error)
    return { state: 'unavailable' }
  }
}
