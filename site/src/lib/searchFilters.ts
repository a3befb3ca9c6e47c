import { isDocumentKind, type DocumentKind } from './documentKinds.ts'

/**
 * The filters of the search page, as the search API takes them (DESIGN: `kind`, `orgUnit`, `topic`, `validity`).
 * They only narrow what the API already limits to the viewer; visibility is never a parameter.
 */
export interface SearchFilters {
  kind: DocumentKind | null
  /** The unit's facet value (its short code, or its name where it has none). */
  orgUnit: string | null
  /** The topic's facet value (its name). */
  topic: string | null
  /** `current` (default): only what is in force today; `all`: also expired, future, superseded and withdrawn. */
  validity: 'current' | 'all'
}

export const NO_FILTERS: SearchFilters = { kind: null, orgUnit: null, topic: null, validity: 'current' }

/** The longest facet value the search API accepts. */
const MAX_VALUE_LENGTH = 100

function value(raw: string | null): string | null {
  const trimmed = (raw ?? '').trim()
  return trimmed && trimmed.length <= MAX_VALUE_LENGTH ? trimmed : null
}

/** The filters in a search page URL; unknown or malformed values are dropped (the page then searches without them). */
export function parseSearchFilters(params: URLSearchParams): SearchFilters {
  const kind = params.get('kind')
  return {
    kind: isDocumentKind(kind) ? kind : null,
    orgUnit: value(params.get('orgUnit')),
    topic: value(params.get('topic')),
    validity: params.get('validity') === 'all' ? 'all' : 'current',
  }
}

export function hasNarrowingFilter(filters: SearchFilters): boolean {
  return Boolean(filters.kind || filters.orgUnit || filters.topic)
}

/** The filters as query parameters (only those set; `validity` only when it is not the default). */
export function filterParams(filters: SearchFilters): [string, string][] {
  const pairs: [string, string][] = []
  if (filters.kind) pairs.push(['kind', filters.kind])
  if (filters.orgUnit) pairs.push(['orgUnit', filters.orgUnit])
  if (filters.topic) pairs.push(['topic', filters.topic])
  if (filters.validity === 'all') pairs.push(['validity', 'all'])
  return pairs
}

/** A link to the search page for `query` with `filters`, on `page` (1 = no parameter). */
export function searchHref(query: string, filters: SearchFilters, page = 1): string {
  const params = new URLSearchParams([['q', query], ...filterParams(filters)])
  if (page > 1) params.set('page', String(page))
  return `/search?${params}`
}
