import { isSiteError } from './SiteError.ts'
import { MAX_QUERY_LENGTH, normaliseQuery, parsePage, searchDocuments, type SearchResults } from './searchClient.ts'
import { parseSearchFilters, type SearchFilters } from './searchFilters.ts'
import { listOrgUnits, type TaxonomyEntry } from './taxonomyClient.ts'
import type { Viewer } from './Viewer.ts'

export type SearchPageState =
  | { state: 'empty'; filters: SearchFilters }
  | { state: 'tooLong'; query: string; filters: SearchFilters }
  | { state: 'results'; results: SearchResults; units: TaxonomyEntry[] }
  | { state: 'badRequest'; query: string; filters: SearchFilters }
  | { state: 'unavailable'; query: string; filters: SearchFilters }
  | { state: 'unauthenticated' }

export interface SearchPageDeps {
  search: typeof searchDocuments
  /** The org units, to name the unit filter by name; without them the filter shows the short codes. */
  units: (viewer: Viewer) => Promise<TaxonomyEntry[]>
}

/** What the search page shows for its URL parameters. Never throws: every failure is a state the page renders. */
export async function loadSearchPage(viewer: Viewer, params: URLSearchParams, deps: Partial<SearchPageDeps> = {}): Promise<SearchPageState> {
  const { search, units } = { search: searchDocuments, units: listOrgUnits, ...deps }
  const query = normaliseQuery(params.get('q'))
  const filters = parseSearchFilters(params)
  if (!query) return { state: 'empty', filters }
  if (query.length > MAX_QUERY_LENGTH) return { state: 'tooLong', query, filters }
  const unitList = units(viewer).catch((error: unknown) => {
    if (!isSiteError(error, 'unauthenticated')) console.error('[site] org units for the search filters failed:', error instanceof Error ? error.message : error)
    return []
  })
  try {
    const results = await search(viewer, query, parsePage(params.get('page')), filters)
    return { state: 'results', results, units: await unitList }
  } catch (error) {
    await unitList
    if (isSiteError(error, 'unauthenticated')) return { state: 'unauthenticated' }
    if (isSiteError(error, 'bad_request')) return { state: 'badRequest', query, filters }
    console.error('[site] search failed:', error instanceof Error ? error.message : error)
    return { state: 'unavailable', query, filters }
  }
}

/** The HTTP status of a search page state. */
export function statusOfSearchState(state: SearchPageState): number {
  switch (state.state) {
    case 'tooLong':
    case 'badRequest':
      return 400
    case 'unavailable':
      return 503
    default:
      return 200
  }
}
