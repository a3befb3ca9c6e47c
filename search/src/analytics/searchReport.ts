import type pg from 'pg'
import { isCmsId } from '../api/isCmsId.ts'

export interface QueryCount {
  query: string
  count: number
}

export interface SearchReport {
  days: number
  searches: number
  topQueries: QueryCount[]
  /** Queries that found nothing. */
  noResults: QueryCount[]
  /** Queries that found something, where no result was ever clicked. */
  noClicks: QueryCount[]
}

const TOP = 20

/** What was searched over the last `days` days, by everyone or by the given units and their sub-units. */
export async function searchReport(pool: pg.Pool, days: number, scope: 'all' | { units: string[] }): Promise<SearchReport> {
  const units = scope === 'all' ? [] : scope.units.filter(isCmsId)
  const counted = (where: string, having = '') =>
    `(SELECT coalesce(json_agg(t), '[]') FROM (SELECT query, count(*)::int AS count FROM s WHERE query <> '' ${where} GROUP BY query ${having}
        ORDER BY count(*) DESC, query LIMIT ${TOP}) t)`
  const { rows } = await pool.query<Omit<SearchReport, 'days'>>(
    `WITH RECURSIVE scope AS (
       SELECT id FROM org_units WHERE id = ANY($2::int[])
       UNION SELECT c.id FROM org_units c JOIN scope ON c.parent_id = scope.id),
     s AS (
       SELECT l.query, l.results, EXISTS (SELECT 1 FROM search_clicks c WHERE c.search_id = l.id) AS clicked FROM search_log l
        WHERE l.searched_at > now() - make_interval(days => $1) AND ($3 OR l.org_unit_id IN (SELECT id FROM scope)))
     SELECT (SELECT count(*)::int FROM s) AS searches, ${counted('')} AS "topQueries", ${counted('AND results = 0')} AS "noResults",
            ${counted('AND results > 0', 'HAVING NOT bool_or(clicked)')} AS "noClicks"`,
    [days, units, scope === 'all'],
  )
  return { days, ...rows[0] }
}
