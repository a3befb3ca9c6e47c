import type { Hit } from 'meilisearch'
import type { SearchRecord } from '../records/SearchRecord.ts'
import { toSnippetHtml } from './snippet.ts'

/** One hit of the search API contract (DESIGN.md). Access-control fields never leave the service. */
export interface SearchHit {
  id: string
  title: string
  kind: string
  snippet: string
  url: string
  sourcePath: string | null
  orgUnit: string | null
  validFrom: string | null
  status: string
}

export function presentHit(hit: Hit<SearchRecord>): SearchHit {
  const formatted = hit._formatted ?? {}
  const bodyMatch = typeof formatted.body === 'string' && formatted.body.includes('\u0001')
  const snippetSource = bodyMatch ? formatted.body : formatted.summary || formatted.body || ''
  return {
    id: hit.documentId,
    title: hit.title,
    kind: hit.kind,
    snippet: toSnippetHtml(String(snippetSource)),
    url: hit.url,
    sourcePath: hit.sourcePath ?? null,
    orgUnit: hit.orgUnit ?? null,
    validFrom: hit.validFrom ?? null,
    status: hit.status,
  }
}
