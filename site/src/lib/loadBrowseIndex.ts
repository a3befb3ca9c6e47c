import { isSiteError } from './SiteError.ts'
import { listOrgUnits, listTopics } from './taxonomyClient.ts'
import { taxonomyTree, type TaxonomyNode } from './taxonomyTree.ts'
import type { Viewer } from './Viewer.ts'

/** What the browse pages list: the org chart (`/units`) or the topics (`/topics`). */
export type BrowseKind = 'units' | 'topics'

export type BrowseIndexState = { state: 'ok'; tree: TaxonomyNode[] } | { state: 'unavailable' } | { state: 'unauthenticated' }

export const listEntriesOf = (kind: BrowseKind) => (kind === 'units' ? listOrgUnits : listTopics)

/** `/units` and `/topics`: every unit or topic as a tree. Never throws. */
export async function loadBrowseIndex(viewer: Viewer, kind: BrowseKind, list = listEntriesOf(kind)): Promise<BrowseIndexState> {
  try {
    return { state: 'ok', tree: taxonomyTree(await list(viewer)) }
  } catch (error) {
    if (isSiteError(error, 'unauthenticated')) return { state: 'unauthenticated' }
    console.error(`[site] /${kind} failed:`, error instanceof Error ? error.message : error)
    return { state: 'unavailable' }
  }
}
