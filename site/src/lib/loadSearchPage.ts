import { isSiteError } from './SiteError.ts'
import { MAX_QUERY_LENGTH, normaliseQuery, parsePage, searchDocuments, type SearchResults } from './searchClient.ts'
import type { Viewer } from './Viewer.ts'

export type SearchPageState =
  | { state: 'empty' }
  | { state: 'tooLong'; query: string }
  | { state: 'results'; results: SearchResults }
  | { state: 'badRequest'; query: string }
  | { state: 'unavailable'; query: string }
  | { state: 'unauthenticated' }

/** What the search page shows for its URL parameters. Never throws: every failure is a state the page renders. */
export async function loadSearchPage(
  viewer: Viewer,
  params: URLSearchParams,
  search: typeof searchDocuments = searchDocuments,
): Promise<SearchPageState> {
  const query = normaliseQuery(params.get('q'))
  if (!query) return { state: 'empty' }
  if (query.length > MAX_QUERY_LENGTH) return { state: 'tooLong', query }
  try {
    return { state: 'results', results: await search(viewer, query, parsePage(params.get('page'))) }
  } catch (error) {
    if (isSiteError(error, 'unauthenticated')) return { state: 'unauthenticated' }
    if (isSiteError(error, 'bad_request')) return { state: 'badRequest', query }
    console.error('[site] search failed:', error instanceof Error ? error.message : error)
    return { state: 'unavailable', query }
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
