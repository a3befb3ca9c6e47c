import { isSiteError } from './SiteError.ts'
import { getAcknowledgementState, type AcknowledgementState } from './acknowledgementsClient.ts'
import { getDocument } from './cmsClient.ts'
import type { DocumentView } from './DocumentView.ts'
import { isPinned } from './pinsClient.ts'
import { compareVersions, listVersions, type VersionComparison, type VersionEntry } from './versionHistory.ts'
import type { Viewer } from './Viewer.ts'

/** What the page says after a form on it was sent (Post/Redirect/Get: the redirect carries it in the query). */
export type DocumentNotice = 'confirmed' | 'changed' | 'notAsked' | 'ackFailed' | 'feedbackSent' | 'pinned' | 'unpinned' | 'pinFailed' | null

/** The version history and, when the reader chose two versions (`?from=…&to=…`), their comparison. */
export type HistoryState =
  | { ok: false }
  | {
      ok: true
      versions: VersionEntry[]
      comparison:
        | { state: 'none' }
        | { state: 'ok'; result: VersionComparison }
        /** The same version twice, or versions not in this history. */
        | { state: 'invalid' }
        | { state: 'failed' }
    }

export type DocumentPageState =
  | {
      state: 'ok'
      document: DocumentView
      acknowledgement: AcknowledgementState
      notice: DocumentNotice
      /** Null when the pin state could not be loaded (the form is then left out). */
      pinned: boolean | null
      history: HistoryState
    }
  | { state: 'notFound' }
  | { state: 'unavailable' }
  | { state: 'unauthenticated' }

export interface DocumentPageDeps {
  fetchDocument: typeof getDocument
  fetchAcknowledgement: typeof getAcknowledgementState
  fetchPinned: typeof isPinned
  fetchVersions: typeof listVersions
  fetchComparison: typeof compareVersions
}

const defaults: DocumentPageDeps = {
  fetchDocument: getDocument,
  fetchAcknowledgement: getAcknowledgementState,
  fetchPinned: isPinned,
  fetchVersions: listVersions,
  fetchComparison: compareVersions,
}

const NOTICES: Record<string, DocumentNotice> = { confirmed: 'confirmed', changed: 'changed', 'not-asked': 'notAsked', failed: 'ackFailed' }
const PIN_NOTICES: Record<string, DocumentNotice> = { added: 'pinned', removed: 'unpinned', failed: 'pinFailed' }

/** The notice named by the page's query string (`?ack=confirmed`, `?feedback=sent`, `?pin=added`). */
export function noticeOf(params: URLSearchParams): DocumentNotice {
  if (params.get('feedback') === 'sent') return 'feedbackSent'
  return PIN_NOTICES[params.get('pin') ?? ''] ?? NOTICES[params.get('ack') ?? ''] ?? null
}

/** A side part of the page: its failure is logged and shown as such, never fails the page (a lapsed session does). */
async function sidePart<T>(what: string, load: () => Promise<T>): Promise<{ ok: true; value: T } | { ok: false }> {
  try {
    return { ok: true, value: await load() }
  } catch (error) {
    if (isSiteError(error, 'unauthenticated')) throw error
    console.error('[site] %s failed:', what, error instanceof Error ? error.message : error)
    return { ok: false }
  }
}

/** The two chosen versions in reading order (older first), when both are in the history and differ. */
export function chosenVersions(versions: VersionEntry[], params: URLSearchParams): { from: string; to: string } | 'none' | 'invalid' {
  const a = params.get('from')
  const b = params.get('to')
  if (!a && !b) return 'none'
  const ia = versions.findIndex((version) => version.id === a)
  const ib = versions.findIndex((version) => version.id === b)
  if (ia < 0 || ib < 0 || ia === ib) return 'invalid'
  // The history is newest first.
  return ia > ib ? { from: a!, to: b! } : { from: b!, to: a! }
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
  const { fetchDocument, fetchAcknowledgement, fetchPinned, fetchVersions, fetchComparison } = { ...defaults, ...deps }
  if (!id) return { state: 'notFound' }
  // Started together with the document; only shown once the document itself was readable. Document ids are numbers:
  // anything else is not found, and is not sent on as a filter.
  const numeric = /^[1-9][0-9]{0,9}$/.test(id)
  const pinned = numeric ? sidePart(`pin state of document ${id}`, () => fetchPinned(viewer, id)) : Promise.resolve({ ok: false as const })
  const history = numeric ? sidePart(`versions of document ${id}`, () => fetchVersions(viewer, id)) : Promise.resolve({ ok: false as const })
  pinned.catch(() => {})
  history.catch(() => {})
  try {
    const document = await fetchDocument(viewer, id)
    const acknowledgement: AcknowledgementState =
      document.requiresAcknowledgement && document.status === 'published' ? await fetchAcknowledgement(viewer, document.id) : { asked: false }
    const pin = await pinned
    return {
      state: 'ok',
      document,
      acknowledgement,
      notice: noticeOf(params),
      pinned: pin.ok ? pin.value : null,
      history: await historyOf(await history, (from, to) => fetchComparison(viewer, document.id, from, to), params),
    }
  } catch (error) {
    if (isSiteError(error, 'not_found')) return { state: 'notFound' }
    if (isSiteError(error, 'unauthenticated')) return { state: 'unauthenticated' }
    console.error('[site] document %s failed:', id, error instanceof Error ? error.message : error)
    return { state: 'unavailable' }
  }
}

async function historyOf(
  versions: { ok: true; value: VersionEntry[] } | { ok: false },
  compare: (from: string, to: string) => Promise<VersionComparison>,
  params: URLSearchParams,
): Promise<HistoryState> {
  if (!versions.ok) return { ok: false }
  const chosen = chosenVersions(versions.value, params)
  if (chosen === 'none' || chosen === 'invalid') return { ok: true, versions: versions.value, comparison: { state: chosen } }
  const result = await sidePart('comparing versions', () => compare(chosen.from, chosen.to))
  return { ok: true, versions: versions.value, comparison: result.ok ? { state: 'ok', result: result.value } : { state: 'failed' } }
}
