import type pg from 'pg'

/** Records a click on a result of a recorded search; false when no such search is recorded (any more). */
export async function recordClick(pool: pg.Pool, searchId: string, documentId: number): Promise<boolean> {
  const { rowCount } = await pool.query(
    'INSERT INTO search_clicks (search_id, document_id) SELECT id, $2 FROM search_log WHERE id = $1',
    [searchId, documentId],
  )
  return rowCount === 1
}
