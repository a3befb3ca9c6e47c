import { randomUUID } from 'node:crypto'
import type { VisibilityViewer } from '@lotse/domain'
import type pg from 'pg'
import type { SearchQuery } from '../api/searchQuery.ts'
import { isCmsId } from '../api/isCmsId.ts'
import { normaliseSearchQuery } from './normaliseSearchQuery.ts'

export interface SearchRecordedFacts {
  viewer: VisibilityViewer
  query: SearchQuery
  results: number
  latencyMs: number
  degraded: boolean
}

/**
 * Records one search (table `search_log`, CMS migration `search_analytics`): the normalised query, the filters, the
 * result count, latency and mode, and the searcher's unit — never the person. Returns the search's id at once; the
 * row is written in the background (a failure is logged, the search is answered anyway).
 */
export function recordSearch(pool: pg.Pool, facts: SearchRecordedFacts, log: (line: string) => void): string {
  const id = randomUUID()
  const { kind, orgUnit, topic, validity } = facts.query
  const filters = { ...(kind && { kind }), ...(orgUnit && { orgUnit }), ...(topic && { topic }), ...(validity === 'all' && { validity }) }
  const unit = facts.viewer.orgUnit && isCmsId(facts.viewer.orgUnit) ? Number(facts.viewer.orgUnit) : null
  pool
    .query('INSERT INTO search_log (id, query, filters, results, latency_ms, degraded, org_unit_id) VALUES ($1, $2, $3, $4, $5, $6, $7)', [
      id,
      normaliseSearchQuery(facts.query.q),
      JSON.stringify(filters),
      facts.results,
      Math.round(facts.latencyMs),
      facts.degraded,
      unit,
    ])
    .catch((error: Error) => log(`search: recording a search for analytics failed: ${error.message}`))
  return id
}
