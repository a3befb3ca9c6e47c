import { isSiteError } from './SiteError.ts'
import { listPendingAcknowledgements, type PendingAcknowledgement } from './acknowledgementsClient.ts'
import { inForceWhere, listDocuments, type DocumentListItem } from './documentList.ts'
import { listPinnedDocuments, type PinnedDocument } from './pinsClient.ts'
import type { Viewer } from './Viewer.ts'

/** Each part of the start page loads on its own: one failing shows its own message, the rest still shows. */
export type Part<T> = { ok: true; items: T[] } | { ok: false }

export type HomePageState =
  | {
      state: 'ok'
      pending: Part<PendingAcknowledgement>
      changed: Part<DocumentListItem>
      ownUnit: Part<DocumentListItem> | null
      pinned: Part<PinnedDocument>
    }
  | { state: 'unauthenticated' }

export interface HomePageDeps {
  pending: typeof listPendingAcknowledgements
  documents: typeof listDocuments
  pinned: typeof listPinnedDocuments
}

const defaults: HomePageDeps = { pending: listPendingAcknowledgements, documents: listDocuments, pinned: listPinnedDocuments }

/** Kinds people must know about when they change (Weisungen, Dienstanweisungen, Arbeitshilfen). */
export const WATCHED_KINDS = ['directive', 'instruction', 'work-aid'] as const

/**
 * The start page: open read confirmations (overdue first), directives, service instructions and work aids published
 * since `since`, the current documents of the viewer's own unit, and the documents they pinned — loaded at once.
 * Never throws.
 */
export async function loadHomePage(viewer: Viewer, since: Date, now: Date, deps: Partial<HomePageDeps> = {}): Promise<HomePageState> {
  const { pending, documents, pinned } = { ...defaults, ...deps }
  let expired = false
  const part = async <T>(load: () => Promise<T[]>): Promise<Part<T>> => {
    try {
      return { ok: true, items: await load() }
    } catch (error) {
      if (isSiteError(error, 'unauthenticated')) expired = true
      else console.error('[site] start page part failed:', error instanceof Error ? error.message : error)
      return { ok: false }
    }
  }
  const [pendingPart, changed, ownUnit, pinnedPart] = await Promise.all([
    part(() => pending(viewer)),
    part(() =>
      documents(viewer, { and: [{ workflowStatus: { equals: 'published' } }, { kind: { in: [...WATCHED_KINDS] } }, { publishedAt: { greater_than: since.toISOString() } }] }, { limit: 10 }),
    ),
    viewer.orgUnit ? part(() => documents(viewer, { and: [inForceWhere(now), { ownerUnit: { equals: viewer.orgUnit! } }] }, { limit: 8 })) : Promise.resolve(null),
    part(() => pinned(viewer)),
  ])
  if (expired) return { state: 'unauthenticated' }
  return { state: 'ok', pending: pendingPart, changed, ownUnit, pinned: pinnedPart }
}
