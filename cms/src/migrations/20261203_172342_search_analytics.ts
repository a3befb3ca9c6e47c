import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

/**
 * Search analytics, written and read by the search service with SQL (search/src/analytics): its contract with it.
 * One row per search — the normalised query, filters, result count, latency, mode and the searcher's unit, never the
 * person — and one per result click. The service chooses a search's id (returned as `searchId`), so that recording
 * never delays an answer. Rows older than the retention (default 90 days) are removed by the service.
 */
export async function up({ db }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
  CREATE TABLE "search_log" (
    "id" uuid PRIMARY KEY,
    "searched_at" timestamptz NOT NULL DEFAULT now(),
    "query" varchar NOT NULL,
    "filters" jsonb NOT NULL DEFAULT '{}'::jsonb,
    "results" integer NOT NULL,
    "latency_ms" integer NOT NULL,
    "degraded" boolean NOT NULL DEFAULT false,
    "org_unit_id" integer
  );
  CREATE INDEX "search_log_searched_at_idx" ON "search_log" USING btree ("searched_at");
  CREATE INDEX "search_log_org_unit_idx" ON "search_log" USING btree ("org_unit_id", "searched_at");
  CREATE TABLE "search_clicks" (
    "id" bigserial PRIMARY KEY,
    "search_id" uuid NOT NULL REFERENCES "search_log"("id") ON DELETE CASCADE,
    "document_id" integer NOT NULL,
    "clicked_at" timestamptz NOT NULL DEFAULT now()
  );
  CREATE INDEX "search_clicks_search_idx" ON "search_clicks" USING btree ("search_id");`)
}

export async function down({ db }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
  DROP TABLE IF EXISTS "search_clicks";
  DROP TABLE IF EXISTS "search_log";`)
}
