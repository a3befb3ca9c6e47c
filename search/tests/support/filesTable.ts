import type pg from 'pg'

// The columns of the CMS's `files` table the sync worker reads (search/src/chunks/readAttachmentTexts.ts): a contract.
const FILES_DDL = `CREATE TABLE IF NOT EXISTS files (
  id serial PRIMARY KEY, document_id integer, filename varchar, extracted_text varchar, released_at timestamptz)`

/** Creates the files table where the CMS migrations have not (search's tests may run alone). */
export const createFilesTable = (pool: pg.Pool) => pool.query(FILES_DDL)
