import { SiteError } from './SiteError.ts'
import { cmsRequest, expectOk } from './cmsRequest.ts'
import type { DocumentStatus } from './documentKinds.ts'
import { toListItem, type DocumentListItem } from './documentList.ts'
import { toDocumentView, type DocumentRef } from './DocumentView.ts'
import { payloadQuery } from './payloadQuery.ts'
import type { Viewer } from './Viewer.ts'

/** How many pins the start page shows (newest first); a person with more unpins on the document pages. */
export const MAX_PINS = 30

const documentIdOf = (pin: unknown): string | null => {
  const document = (pin as { document?: unknown } | null)?.document
  return typeof document === 'number' && Number.isInteger(document) ? String(document) : null
}

/**
 * The ids of the documents the viewer pinned, newest pin first. The CMS answers only the viewer's own pins; whether
 * each document is still readable is decided when the documents themselves are loaded.
 */
export async function listPinnedIds(viewer: Viewer): Promise<string[]> {
  const query = payloadQuery({ sort: '-createdAt', limit: MAX_PINS, depth: 0, select: { document: true } })
  const body = expectOk(await cmsRequest(viewer, `/api/pins?${query}`), 'the pinned documents')
  return (Array.isArray(body.docs) ? body.docs : []).map(documentIdOf).filter((id): id is string => id !== null)
}

/** Whether the viewer pinned this document. */
export async function isPinned(viewer: Viewer, documentId: string): Promise<boolean> {
  const query = payloadQuery({ where: { document: { equals: documentId } }, limit: 1, depth: 0, select: { document: true } })
  const body = expectOk(await cmsRequest(viewer, `/api/pins?${query}`), `the pin of document ${documentId}`)
  return Array.isArray(body.docs) && body.docs.length > 0
}

/** Pins a document for the viewer; pinning it again changes nothing. Throws `not_found` for a document they may not read. */
export async function pinDocument(viewer: Viewer, documentId: string): Promise<void> {
  const response = await cmsRequest(viewer, '/api/pins', { method: 'POST', json: { document: Number(documentId) } })
  if (response.status === 400 && (await isPinned(viewer, documentId))) return
  if (response.status === 400 || response.status === 403 || response.status === 404) {
    throw new SiteError('not_found', `CMS refused to pin document ${documentId} (${response.status})`)
  }
  expectOk(response, `pinning document ${documentId}`)
}

/** Removes the viewer's pin of a document (the CMS deletes only the viewer's own pins); no pin is no error. */
export async function unpinDocument(viewer: Viewer, documentId: string): Promise<void> {
  const query = payloadQuery({ where: { document: { equals: documentId } } })
  const response = await cmsRequest(viewer, `/api/pins?${query}`, { method: 'DELETE' })
  if (response.status === 404) return
  expectOk(response, `unpinning document ${documentId}`)
}

/** A pinned document as the start page lists it: a list line, plus what says whether it still applies. */
export interface PinnedDocument extends DocumentListItem {
  status: DocumentStatus | null
  validUntil: Date | null
  supersededBy: DocumentRef | null
}

const PINNED_SELECT = { title: true, kind: true, publishedAt: true, validFrom: true, validUntil: true, changeNote: true, versionLabel: true, workflowStatus: true, supersededBy: true }

/**
 * The viewer's pinned documents that they may still read, in pin order (newest first). The documents are loaded
 * through the CMS's visibility rule: one that became confidential or was withdrawn from their audience is simply not
 * answered, so neither its title nor that it exists reaches the page.
 */
export async function listPinnedDocuments(viewer: Viewer): Promise<PinnedDocument[]> {
  const pinned = await listPinnedIds(viewer)
  if (pinned.length === 0) return []
  const query = payloadQuery({
    where: { id: { in: pinned } },
    limit: pinned.length,
    depth: 1,
    select: PINNED_SELECT,
    populate: { documents: { title: true, validFrom: true } },
  })
  const body = expectOk(await cmsRequest(viewer, `/api/documents?${query}`), 'the pinned documents')
  const docs = Array.isArray(body.docs) ? body.docs : []
  const byId = new Map<string, PinnedDocument>()
  for (const raw of docs) {
    const item = toListItem(raw)
    const view = toDocumentView(raw)
    if (item && view) byId.set(item.id, { ...item, status: view.status, validUntil: view.validUntil, supersededBy: view.supersededBy })
  }
  return pinned.flatMap((id) => byId.get(id) ?? [])
}
