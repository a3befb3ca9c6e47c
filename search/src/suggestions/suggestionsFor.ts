import type { VisibilityViewer } from '@lotse/domain'
import type pg from 'pg'
import type { SearchResponse } from '../api/searchDocuments.ts'
import { FEW_HITS, suggestSpellings } from './suggestSpellings.ts'

/**
 * The `suggestions` of a `/search` answer: spelling corrections when a query found no or few documents, else none.
 * A viewer who can find nothing gets none; a failure costs the hint, never the answer.
 */
export async function suggestionsFor(pool: pg.Pool, viewer: VisibilityViewer, q: string, response: SearchResponse, log: (line: string) => void): Promise<string[]> {
  if (response.estimatedTotalHits >= FEW_HITS || !q.trim() || viewer.roles.length === 0) return []
  return suggestSpellings(pool, q).catch((error: Error) => {
    log(`search: spelling suggestions failed: ${error.message}`)
    return []
  })
}
