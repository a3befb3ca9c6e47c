import type pg from 'pg'

/** Removes searches (and their clicks) older than the retention; returns how many searches went. */
export async function pruneSearchLog(pool: pg.Pool, retentionDays: number): Promise<number> {
  const { rowCount } = await pool.query('DELETE FROM search_log WHERE searched_at < now() - make_interval(days => $1)', [retentionDays])
  return rowCount ?? 0
}
