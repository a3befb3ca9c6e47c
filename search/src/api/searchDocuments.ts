import { meiliString as quote, type VisibilityViewer } from '@lotse/domain'
import type { Meilisearch } from 'meilisearch'
import { SearchError } from '../errors.ts'
import type { IndexedRecord } from '../records/withAnalysedFields.ts'
import { FACETS, INDEX_LOCALE } from '../settings/documentsIndexSettings.ts'
import { presentHit, type SearchHit } from './presentHit.ts'
import type { SearchQuery } from './searchQuery.ts'
import { highlightTags } from './snippet.ts'
import { analyseQuery } from '../analysis/analyseQuery.ts'
import { visibilityFilter } from './visibilityFilter.ts'

export interface SearchResponse {
  hits: SearchHit[]
  estimatedTotalHits: number
  facets: Record<string, Record<string, number>>
  processingTimeMs: number
  /** Answered from PostgreSQL while Meilisearch is unavailable (search/src/fallback). */
  degraded?: true
}

/**
 * `searchForUser` in Meilisearch: the viewer's visibility filter is always part of the query; callers cannot widen it.
 * `signal` aborts the request (the API's timeout).
 */
export async function searchDocuments(
  meili: Meilisearch,
  indexUid: string,
  viewer: VisibilityViewer,
  query: SearchQuery,
  signal?: AbortSignal,
): Promise<SearchResponse> {
  const visible = visibilityFilter(viewer)
  if (visible === false) return { hits: [], estimatedTotalHits: 0, facets: {}, processingTimeMs: 0 }
  const filter = visible === true ? [] : [visible]
  if (query.kind) filter.push(`kind = ${quote(query.kind)}`)
  if (query.orgUnit) filter.push(`orgUnit = ${quote(query.orgUnit)}`)
  if (query.topic) filter.push(`topics = ${quote(query.topic)}`)
  if (query.validity === 'current') {
    const now = Math.floor(Date.now() / 1000)
    filter.push('status = "published"', `(validFromTs IS NULL OR validFromTs <= ${now})`, `(validUntilTs IS NULL OR validUntilTs > ${now})`)
  }
  const analysed = analyseQuery(query.q)
  const search = (matchingStrategy: typeof analysed.matchingStrategy) =>
    meili.index<IndexedRecord>(indexUid).search(analysed.terms, {
      filter,
      limit: query.limit,
      offset: query.offset,
      facets: [...FACETS],
      attributesToRetrieve: ['documentId', 'title', 'kind', 'summary', 'url', 'sourcePath', 'orgUnit', 'validFrom', 'status', 'attachment'],
      attributesToHighlight: ['title', 'summary', 'body'],
      attributesToCrop: ['body'],
      cropLength: 30,
      ...highlightTags,
      matchingStrategy,
      locales: [INDEX_LOCALE],
    }, { signal })
  try {
    let result = await search(analysed.matchingStrategy)
    // A single word whose parts are not all found (often a typo inside a compound): let the last parts go.
    if (analysed.matchingStrategy === 'all' && result.estimatedTotalHits === 0) result = await search('last')
    return {
      hits: result.hits.map(presentHit),
      estimatedTotalHits: result.estimatedTotalHits ?? result.hits.length,
      facets: result.facetDistribution ?? {},
      processingTimeMs: result.processingTimeMs,
    }
  } catch (error) {
    throw new SearchError('SEARCH_UNAVAILABLE', 'The search index cannot be reached right now; try again in a moment.', { cause: error })
  }
}
