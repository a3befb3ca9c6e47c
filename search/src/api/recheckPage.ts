import type { VisibilityViewer } from '@lotse/domain'
import type pg from 'pg'
import { searchableCondition } from '../fallback/searchableCondition.ts'
import { isCmsId } from './isCmsId.ts'
import type { SearchQuery } from './searchQuery.ts'
import type { SearchResponse } from './searchDocuments.ts'

/**
 * Defence in depth against index lag: keeps only the hits that the current database still shows this viewer —
 * released, in force (unless `validity=all`) and readable by the one rule — in one query by primary key for the
 * page. Returns the checked response and the ids it dropped (their index entries are outdated).
 */
export async function recheckPage(
  pool: pg.Pool,
  viewer: VisibilityViewer,
  query: SearchQuery,
  response: SearchResponse,
): Promise<{ response: SearchResponse; dropped: string[] }> {
  if (response.hits.length === 0) return { response, dropped: [] }
  const ids = response.hits.map((hit) => hit.id).filter(isCmsId)
  const searchable = searchableCondition(viewer, query.validity, 2)
  const visible = new Set<string>()
  if (searchable !== false && ids.length > 0) {
    const { rows } = await pool.query<{ id: number }>(`SELECT d.id FROM documents d WHERE d.id = ANY($1::int[]) AND ${searchable.sql}`, [ids, ...searchable.params])
    for (const row of rows) visible.add(String(row.id))
  }
  const hits = response.hits.filter((hit) => visible.has(hit.id))
  const dropped = response.hits.filter((hit) => !visible.has(hit.id)).map((hit) => hit.id)
  if (dropped.length === 0) return { response, dropped }
  return { response: { ...response, hits, estimatedTotalHits: Math.max(hits.length, response.estimatedTotalHits - dropped.length) }, dropped }
}
