import type { VisibilityViewer } from '@lotse/domain'
import type { Meilisearch } from 'meilisearch'
import type pg from 'pg'
import { SearchError } from '../errors.ts'
import type { MeiliCircuit } from '../fallback/MeiliCircuit.ts'
import { searchPostgres } from '../fallback/searchPostgres.ts'
import { recheckPage } from './recheckPage.ts'
import { requeueDocuments } from './requeueDocuments.ts'
import type { SearchQuery } from './searchQuery.ts'
import { searchDocuments, type SearchResponse } from './searchDocuments.ts'

export interface SearchForViewerDeps {
  meili: Meilisearch
  pool: pg.Pool
  indexUid: string
  circuit: MeiliCircuit
  log: (line: string) => void
}

/**
 * What `GET /search` answers: Meilisearch's page, re-checked against the database; or, while Meilisearch is
 * unavailable (the circuit), PostgreSQL's full-text answer marked `degraded`. Fails closed: without the database
 * there is no answer, since neither the re-check nor the fallback can run.
 */
export async function searchForViewer(deps: SearchForViewerDeps, viewer: VisibilityViewer, query: SearchQuery): Promise<SearchResponse> {
  try {
    const attempt = await deps.circuit.attempt((signal) => searchDocuments(deps.meili, deps.indexUid, viewer, query, signal))
    if (!attempt.ok) return await searchPostgres(deps.pool, viewer, query)
    const { response, dropped } = await recheckPage(deps.pool, viewer, query, attempt.value)
    if (dropped.length > 0) {
      deps.log(`search: ${dropped.length} hit(s) no longer match the database (documents ${dropped.join(', ')}): left out and queued for reindexing`)
      requeueDocuments(deps.pool, dropped).catch((error: unknown) => deps.log(`search: queueing documents ${dropped.join(', ')} again failed: ${(error as Error).message}`))
    }
    return response
  } catch (error) {
    if (error instanceof SearchError) throw error
    throw new SearchError('SEARCH_UNAVAILABLE', 'The search cannot reach its database right now; try again in a moment.', { cause: error })
  }
}
