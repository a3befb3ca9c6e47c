import type pg from 'pg'

// The outbox table as the CMS migration creates it: its columns are the contract between cms and search.
const OUTBOX_DDL = `CREATE TABLE IF NOT EXISTS search_outbox (
  id serial PRIMARY KEY, document_id varchar NOT NULL, op varchar NOT NULL, record jsonb,
  attempts numeric DEFAULT 0, last_error varchar, available_at timestamptz,
  created_at timestamptz NOT NULL DEFAULT now(), updated_at timestamptz NOT NULL DEFAULT now())`

/** Creates the outbox table where the CMS migrations have not (search's tests may run alone). */
export const createOutboxTable = (pool: pg.Pool) => pool.query(OUTBOX_DDL)
