import { getEnv } from '../env.ts'
import { SiteError } from './SiteError.ts'
import { requestJson } from './requestJson.ts'
import { sanitizeSnippet } from './sanitizeSnippet.ts'
import { safeNextPath } from './safeNextPath.ts'
import { isDocumentKind, isDocumentStatus, type DocumentKind, type DocumentStatus } from './documentKinds.ts'
import type { Viewer } from './Viewer.ts'
import { filterParams, NO_FILTERS, type SearchFilters } from './searchFilters.ts'

export const MAX_QUERY_LENGTH = 200
export const PAGE_SIZE = 10

export interface SearchHit {
  id: string
  title: string
  kind: DocumentKind | null
  /** Safe HTML: escaped text with `<mark>` only. */
  snippetHtml: string
  /** Site-relative link to the document. */
  url: string
  orgUnit: string | null
  validFrom: Date | null
  status: DocumentStatus | null
}

export interface SearchResults {
  query: string
  hits: SearchHit[]
  total: number
  page: number
  pages: number
  /** The search API answered from its fallback (Meilisearch unavailable): results may be less complete. */
  degraded?: boolean
  filters: SearchFilters
  /** Counts per facet value over the viewer's matching documents (the API computes them under the visibility filter). */
  facets: SearchFacetCounts
  /** Spelling corrections the API offers (when it does), as plain text. */
  suggestions: string[]
  /** The API's id of this search, for recording result clicks (search analytics); null when it sent none. */
  searchId: string | null
}

export interface SearchFacetCounts {
  kind: Record<string, number>
  orgUnit: Record<string, number>
  topics: Record<string, number>
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** One facet's counts from the API: string keys of sensible length, positive integer counts, nothing else. */
function counts(raw: unknown): Record<string, number> {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return {}
  const kept: Record<string, number> = {}
  for (const [key, count] of Object.entries(raw as Record<string, unknown>)) {
    if (key.trim() && key.length <= 100 && typeof count === 'number' && Number.isInteger(count) && count > 0) kept[key] = count
  }
  return kept
}

function facetCounts(raw: unknown): SearchFacetCounts {
  const record = (typeof raw === 'object' && raw !== null ? raw : {}) as Record<string, unknown>
  return { kind: counts(record.kind), orgUnit: counts(record.orgUnit), topics: counts(record.topics) }
}

/** Up to three distinct, non-empty suggestions that differ from the query. */
function suggestionsOf(raw: unknown, query: string): string[] {
  if (!Array.isArray(raw)) return []
  const texts = raw
    .filter((item): item is string => typeof item === 'string')
    .map(normaliseQuery)
    .filter((text) => text && text.length <= MAX_QUERY_LENGTH && text.toLowerCase() !== query.toLowerCase())
  return [...new Set(texts)].slice(0, 3)
}

function toHit(raw: unknown): SearchHit | null {
  if (typeof raw !== 'object' || raw === null) return null
  const hit = raw as Record<string, unknown>
  const id = typeof hit.id === 'number' ? String(hit.id) : typeof hit.id === 'string' ? hit.id : ''
  const title = typeof hit.title === 'string' ? hit.title.trim() : ''
  if (!id || !title) return null
  const fallbackUrl = `/documents/${encodeURIComponent(id)}`
  const validFrom = typeof hit.validFrom === 'string' ? new Date(hit.validFrom) : null
  return {
    id,
    title,
    kind: isDocumentKind(hit.kind) ? hit.kind : null,
    snippetHtml: sanitizeSnippet(hit.snippet),
    url: safeNextPath(hit.url, fallbackUrl),
    orgUnit: typeof hit.orgUnit === 'string' && hit.orgUnit.trim() ? hit.orgUnit.trim() : null,
    validFrom: validFrom && !Number.isNaN(validFrom.getTime()) ? validFrom : null,
    status: isDocumentStatus(hit.status) ? hit.status : null,
  }
}

/** Normalises the `q` parameter: trimmed, inner whitespace collapsed. */
export function normaliseQuery(raw: string | null | undefined): string {
  return (raw ?? '').replace(/\s+/g, ' ').trim()
}

/** A 1-based page number from the `page` parameter (bad input → 1). */
export function parsePage(raw: string | null | undefined): number {
  const page = Number(raw)
  return Number.isInteger(page) && page >= 1 && page <= 1000 ? page : 1
}

/**
 * Full-text search as the viewer: the search API filters by the viewer's token (visibility is decided there, from
 * the user, never from the request). Throws `bad_request`, `unauthenticated` or `upstream_*`.
 */
export async function searchDocuments(viewer: Viewer, query: string, page = 1, filters: SearchFilters = NO_FILTERS): Promise<SearchResults> {
  if (!query) throw new SiteError('bad_request', 'empty query')
  if (query.length > MAX_QUERY_LENGTH) throw new SiteError('bad_request', `query longer than ${MAX_QUERY_LENGTH}`)
  const params = new URLSearchParams([['q', query], ['limit', String(PAGE_SIZE)], ['offset', String((page - 1) * PAGE_SIZE)], ...filterParams(filters)])
  const { status, body } = await requestJson(`${getEnv().searchUrl}/search?${params}`, {
    token: viewer.token,
    timeoutMs: getEnv().upstreamTimeoutMs,
    service: 'search API',
  })
  if (status === 401) throw new SiteError('unauthenticated', 'search API did not accept the token')
  if (status >= 400 && status < 500) {
    const message = (body as { error?: { message?: unknown } } | null)?.error?.message
    throw new SiteError('bad_request', `search API refused the query (${status}): ${typeof message === 'string' ? message : ''}`)
  }
  if (status === 503) throw new SiteError('upstream_unreachable', 'search API reports it is unavailable (503)')
  if (status !== 200) throw new SiteError('upstream_failed', `search API answered ${status}`)
  const record = (body ?? {}) as Record<string, unknown>
  const hits = (Array.isArray(record.hits) ? record.hits : []).map(toHit).filter((hit) => hit !== null)
  const estimated = typeof record.estimatedTotalHits === 'number' ? record.estimatedTotalHits : hits.length
  const total = Math.max(estimated, (page - 1) * PAGE_SIZE + hits.length)
  return {
    query,
    hits,
    total,
    page,
    pages: Math.max(1, Math.ceil(total / PAGE_SIZE)),
    degraded: record.degraded === true,
    filters,
    facets: facetCounts(record.facets),
    suggestions: suggestionsOf(record.suggestions, query),
    searchId: typeof record.searchId === 'string' && UUID.test(record.searchId) ? record.searchId : null,
  }
}
