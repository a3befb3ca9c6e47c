import { createHmac, timingSafeEqual } from 'node:crypto'
import { DOCUMENT_ID } from './cmsClient.ts'

/**
 * Result links of the search page go through `/search/click`, which records the click for search analytics and then
 * redirects to the document. The link carries the search's id, the document's id and a signature keyed with the
 * viewer's session token: only links the site rendered for this session count, so a page elsewhere cannot make a
 * visitor's browser inflate clicks. The target is always built from the document id (`/documents/<id>`), never taken
 * from the link, so the redirect cannot leave the site.
 */

const SEARCH_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
const SIGNATURE = /^[A-Za-z0-9_-]{22}$/

function sign(token: string, searchId: string, documentId: string): string {
  return createHmac('sha256', token).update(`lotse-search-click\n${searchId.toLowerCase()}\n${documentId}`).digest('base64url').slice(0, 22)
}

/** The site path of a document. */
export function documentPath(documentId: string): string {
  return `/documents/${encodeURIComponent(documentId)}`
}

/** The link for a result: through `/search/click` when the search has an id, else straight to the document. */
export function resultHref(token: string, searchId: string | null, documentId: string): string {
  if (!searchId || !SEARCH_ID.test(searchId) || !DOCUMENT_ID.test(documentId)) return documentPath(documentId)
  const params = new URLSearchParams({ s: searchId, d: documentId, sig: sign(token, searchId, documentId) })
  return `/search/click?${params}`
}

export interface SearchClick {
  /** Where to send the browser: always a document path on this site. */
  location: string
  documentId: string
  /** Set only when the link was signed for this session: then the click is recorded. */
  searchId: string | null
}

/** Reads a click link; null when it names no valid document (the route answers 400). */
export function readSearchClick(params: URLSearchParams, token: string): SearchClick | null {
  const documentId = params.get('d') ?? ''
  if (!DOCUMENT_ID.test(documentId)) return null
  const searchId = params.get('s') ?? ''
  const signature = params.get('sig') ?? ''
  const signed =
    SEARCH_ID.test(searchId) &&
    SIGNATURE.test(signature) &&
    timingSafeEqual(Buffer.from(signature), Buffer.from(sign(token, searchId, documentId)))
  return { location: documentPath(documentId), documentId, searchId: signed ? searchId.toLowerCase() : null }
}
