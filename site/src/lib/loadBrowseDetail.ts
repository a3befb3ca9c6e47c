import { isSiteError } from './SiteError.ts'
import { inForceWhere, listDocumentPage, type DocumentListPage } from './documentList.ts'
import type { QueryValue } from './payloadQuery.ts'
import { listEntriesOf, type BrowseKind } from './loadBrowseIndex.ts'
import { parsePage } from './searchClient.ts'
import type { TaxonomyEntry } from './taxonomyClient.ts'
import { ancestorsOf, compareEntries } from './taxonomyTree.ts'
import type { Viewer } from './Viewer.ts'

export const BROWSE_PAGE_SIZE = 20

const ENTRY_ID = /^[1-9][0-9]{0,9}$/

export type BrowseDetailState =
  | {
      state: 'ok'
      entry: TaxonomyEntry
      ancestors: TaxonomyEntry[]
      children: TaxonomyEntry[]
      /** null when the document list failed to load (the rest of the page still shows). */
      documents: DocumentListPage | null
    }
  | { state: 'notFound' }
  | { state: 'unavailable' }
  | { state: 'unauthenticated' }

export interface BrowseDetailDeps {
  list: (viewer: Viewer) => Promise<TaxonomyEntry[]>
  documents: typeof listDocumentPage
}

/**
 * `/units/:id` and `/topics/:id`: the unit or topic, where it sits, what lies below it, and one page of the current
 * documents (published and in force) it owns or is tagged with — as the viewer may read them: the CMS applies its
 * access rule to the list and to its count. An unknown id is `notFound`. Never throws.
 */
export async function loadBrowseDetail(
  viewer: Viewer,
  kind: BrowseKind,
  id: string | undefined,
  pageParam: string | null,
  now: Date,
  deps: Partial<BrowseDetailDeps> = {},
): Promise<BrowseDetailState> {
  const { list, documents } = { list: listEntriesOf(kind), documents: listDocumentPage, ...deps }
  if (!id || !ENTRY_ID.test(id)) return { state: 'notFound' }
  const byThis: QueryValue = kind === 'units' ? { ownerUnit: { equals: id } } : { topics: { in: [id] } }
  const page = parsePage(pageParam)
  const failed = (error: unknown) => {
    if (isSiteError(error, 'unauthenticated')) return { state: 'unauthenticated' } as const
    console.error(`[site] /${kind}/${id} failed:`, error instanceof Error ? error.message : error)
    return null
  }
  const [entries, docs] = await Promise.all([
    list(viewer).catch(failed),
    documents(viewer, { and: [inForceWhere(now), byThis] }, page, BROWSE_PAGE_SIZE).catch(failed),
  ])
  if ((entries && 'state' in entries) || (docs && 'state' in docs)) return { state: 'unauthenticated' }
  if (!entries) return { state: 'unavailable' }
  const entry = entries.find((candidate) => candidate.id === id)
  if (!entry) return { state: 'notFound' }
  const children = entries.filter((candidate) => candidate.parentId === id).sort(compareEntries)
  return { state: 'ok', entry, ancestors: ancestorsOf(entries, id), children, documents: docs }
}
