import { getEnv } from '../env.ts'
import { SiteError } from './SiteError.ts'
import { requestJson } from './requestJson.ts'
import { sanitizeSnippet } from './sanitizeSnippet.ts'
import { safeNextPath } from './safeNextPath.ts'
import { isDocumentKind, isDocumentStatus, type DocumentKind, type DocumentStatus } from './documentKinds.ts'
import type { Viewer } from './Viewer.ts'

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
export async function searchDocuments(viewer: Viewer, query: string, page = 1): Promise<SearchResults> {
  if (!query) throw new SiteError('bad_request', 'empty query')
  if (query.length > MAX_QUERY_LENGTH) throw new SiteError('bad_request', `query longer than ${MAX_QUERY_LENGTH}`)
  const params = new URLSearchParams({ q: query, limit: String(PAGE_SIZE), offset: String((page - 1) * PAGE_SIZE) })
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
  return { query, hits, total, page, pages: Math.max(1, Math.ceil(total / PAGE_SIZE)), degraded: record.degraded === true }
}
