import type { Hit } from 'meilisearch'
import type { IndexedRecord } from '../records/withAnalysedFields.ts'
import { escapeHtml, toSnippetHtml } from './snippet.ts'

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
  /** The attached file whose passage matched (the snippet is from it and names it); null for the document's text. */
  attachment: string | null
}

export function presentHit(hit: Hit<Partial<IndexedRecord> & Pick<IndexedRecord, 'documentId' | 'title' | 'kind' | 'url' | 'status'>>): SearchHit {
  const formatted = hit._formatted ?? {}
  const bodyMatch = typeof formatted.body === 'string' && formatted.body.includes('\u0001')
  const snippetSource = bodyMatch ? formatted.body : formatted.summary || formatted.body || ''
  return {
    id: hit.documentId,
    title: hit.title,
    kind: hit.kind,
    // A passage of an attachment says which file it is from: the site shows the snippet as it is.
    snippet: (hit.attachment ? `${escapeHtml(`Anhang „${hit.attachment}“`)}: ` : '') + toSnippetHtml(String(snippetSource)),
    url: hit.url,
    sourcePath: hit.sourcePath ?? null,
    orgUnit: hit.orgUnit ?? null,
    validFrom: hit.validFrom ?? null,
    status: hit.status,
    attachment: hit.attachment ?? null,
  }
}
