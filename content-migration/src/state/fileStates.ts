import type { SqlRunner } from '@lotse/cms/migration'
// Not through @lotse/cms/migration: importing that loads the CMS config, which must wait for the connection (connectCms).
import { sql } from '@payloadcms/db-postgres'
import type { FileEntry } from '../report/MigrationReport.ts'

/** One row of `migration_file_states`: what a run did with a file, keyed by the drive's root and the file's path. */
export interface FileState extends FileEntry {
  runId: number | null
}

interface Row extends Record<string, unknown> {
  path: string
  sha256: string
  outcome: FileEntry['outcome']
  document_id: number | null
  duplicate_of: string | null
  version_of: string | null
  title: string | null
  error: string | null
  run_id: number | null
}

/** Every recorded file of a drive, by path. */
export async function loadFileStates(db: SqlRunner, root: string): Promise<Map<string, FileState>> {
  const { rows } = await db.execute<Row>(
    sql`SELECT path, sha256, outcome, document_id, duplicate_of, version_of, title, error, run_id FROM migration_file_states WHERE root = ${root}`,
  )
  return new Map(
    rows.map((row) => [
      row.path,
      {
        path: row.path,
        sha256: row.sha256,
        outcome: row.outcome,
        documentId: row.document_id === null ? null : String(row.document_id),
        duplicateOf: row.duplicate_of,
        versionOf: row.version_of,
        title: row.title,
        error: row.error,
        runId: row.run_id,
      },
    ]),
  )
}

/** Records files (in the caller's transaction): a file recorded again replaces its row. */
export async function saveFileStates(db: SqlRunner, root: string, states: readonly FileState[]): Promise<void> {
  if (!states.length) return
  const values = states.map(
    (state) =>
      sql`(${root}, ${state.path}, ${state.sha256 ?? ''}, ${state.outcome}, ${state.documentId === null ? null : Number(state.documentId)}, ${state.duplicateOf}, ${state.versionOf}, ${state.title}, ${state.error}, ${state.runId})`,
  )
  await db.execute(sql`
    INSERT INTO migration_file_states (root, path, sha256, outcome, document_id, duplicate_of, version_of, title, error, run_id)
    VALUES ${sql.join(values, sql`, `)}
    ON CONFLICT (root, path) DO UPDATE SET sha256 = EXCLUDED.sha256, outcome = EXCLUDED.outcome, document_id = EXCLUDED.document_id,
      duplicate_of = EXCLUDED.duplicate_of, version_of = EXCLUDED.version_of, title = EXCLUDED.title, error = EXCLUDED.error,
      run_id = EXCLUDED.run_id, updated_at = now()`)
}
