import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_documents_source_review_reasons" AS ENUM('unmatched', 'versions', 'ocr', 'titleFromFileName', 'noAttachment', 'changedOnDrive');
  CREATE TYPE "public"."enum__documents_v_version_source_review_reasons" AS ENUM('unmatched', 'versions', 'ocr', 'titleFromFileName', 'noAttachment', 'changedOnDrive');
  CREATE TYPE "public"."enum_migration_runs_status" AS ENUM('running', 'finished', 'aborted');
  CREATE TABLE "documents_source_review_reasons" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_documents_source_review_reasons",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_documents_v_version_source_review_reasons" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__documents_v_version_source_review_reasons",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  ALTER TABLE "documents" ADD COLUMN "source_needs_review" boolean;
  ALTER TABLE "_documents_v" ADD COLUMN "version_source_needs_review" boolean;
  ALTER TABLE "migration_runs" ADD COLUMN "status" "enum_migration_runs_status" DEFAULT 'running' NOT NULL;
  ALTER TABLE "migration_runs" ADD COLUMN "started_by" varchar;
  ALTER TABLE "migration_runs" ADD COLUMN "approved_by_id" integer;
  ALTER TABLE "migration_runs" ADD COLUMN "dry_run" boolean DEFAULT false;
  ALTER TABLE "migration_runs" ADD COLUMN "options" jsonb;
  ALTER TABLE "migration_runs" ADD COLUMN "totals_files" numeric DEFAULT 0;
  ALTER TABLE "migration_runs" ADD COLUMN "totals_imported" numeric DEFAULT 0;
  ALTER TABLE "migration_runs" ADD COLUMN "totals_duplicates" numeric DEFAULT 0;
  ALTER TABLE "migration_runs" ADD COLUMN "totals_versions" numeric DEFAULT 0;
  ALTER TABLE "migration_runs" ADD COLUMN "totals_junk" numeric DEFAULT 0;
  ALTER TABLE "migration_runs" ADD COLUMN "totals_unreadable" numeric DEFAULT 0;
  ALTER TABLE "migration_runs" ADD COLUMN "totals_needs_ocr" numeric DEFAULT 0;
  ALTER TABLE "migration_runs" ADD COLUMN "totals_failed" numeric DEFAULT 0;
  ALTER TABLE "documents_source_review_reasons" ADD CONSTRAINT "documents_source_review_reasons_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_documents_v_version_source_review_reasons" ADD CONSTRAINT "_documents_v_version_source_review_reasons_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "documents_source_review_reasons_order_idx" ON "documents_source_review_reasons" USING btree ("order");
  CREATE INDEX "documents_source_review_reasons_parent_idx" ON "documents_source_review_reasons" USING btree ("parent_id");
  CREATE INDEX "_documents_v_version_source_review_reasons_order_idx" ON "_documents_v_version_source_review_reasons" USING btree ("order");
  CREATE INDEX "_documents_v_version_source_review_reasons_parent_idx" ON "_documents_v_version_source_review_reasons" USING btree ("parent_id");
  ALTER TABLE "migration_runs" ADD CONSTRAINT "migration_runs_approved_by_id_users_id_fk" FOREIGN KEY ("approved_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "documents_source_source_needs_review_idx" ON "documents" USING btree ("source_needs_review");
  CREATE INDEX "_documents_v_version_source_version_source_needs_review_idx" ON "_documents_v" USING btree ("version_source_needs_review");
  CREATE INDEX "migration_runs_status_idx" ON "migration_runs" USING btree ("status");
  CREATE INDEX "migration_runs_approved_by_idx" ON "migration_runs" USING btree ("approved_by_id");`)
  // What the content-migration tool did with each file of a drive: it resumes and re-runs from here. Not a collection:
  // only the tool reads and writes it, with plain SQL (content-migration/src/state/), in the transaction of its imports.
  await db.execute(sql`
  CREATE TABLE "migration_file_states" (
    "root" varchar NOT NULL,
    "path" varchar NOT NULL,
    "sha256" varchar NOT NULL,
    "outcome" varchar NOT NULL,
    "document_id" integer REFERENCES "public"."documents"("id") ON DELETE set null,
    "duplicate_of" varchar,
    "version_of" varchar,
    "title" varchar,
    "error" varchar,
    "run_id" integer REFERENCES "public"."migration_runs"("id") ON DELETE set null,
    "updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
    PRIMARY KEY ("root", "path")
  );
  CREATE INDEX "migration_file_states_document_idx" ON "migration_file_states" USING btree ("document_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TABLE "migration_file_states";`)
  await db.execute(sql`
   ALTER TABLE "documents_source_review_reasons" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_documents_v_version_source_review_reasons" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "documents_source_review_reasons" CASCADE;
  DROP TABLE "_documents_v_version_source_review_reasons" CASCADE;
  ALTER TABLE "migration_runs" DROP CONSTRAINT "migration_runs_approved_by_id_users_id_fk";
  
  DROP INDEX "documents_source_source_needs_review_idx";
  DROP INDEX "_documents_v_version_source_version_source_needs_review_idx";
  DROP INDEX "migration_runs_status_idx";
  DROP INDEX "migration_runs_approved_by_idx";
  ALTER TABLE "documents" DROP COLUMN "source_needs_review";
  ALTER TABLE "_documents_v" DROP COLUMN "version_source_needs_review";
  ALTER TABLE "migration_runs" DROP COLUMN "status";
  ALTER TABLE "migration_runs" DROP COLUMN "started_by";
  ALTER TABLE "migration_runs" DROP COLUMN "approved_by_id";
  ALTER TABLE "migration_runs" DROP COLUMN "dry_run";
  ALTER TABLE "migration_runs" DROP COLUMN "options";
  ALTER TABLE "migration_runs" DROP COLUMN "totals_files";
  ALTER TABLE "migration_runs" DROP COLUMN "totals_imported";
  ALTER TABLE "migration_runs" DROP COLUMN "totals_duplicates";
  ALTER TABLE "migration_runs" DROP COLUMN "totals_versions";
  ALTER TABLE "migration_runs" DROP COLUMN "totals_junk";
  ALTER TABLE "migration_runs" DROP COLUMN "totals_unreadable";
  ALTER TABLE "migration_runs" DROP COLUMN "totals_needs_ocr";
  ALTER TABLE "migration_runs" DROP COLUMN "totals_failed";
  DROP TYPE "public"."enum_documents_source_review_reasons";
  DROP TYPE "public"."enum__documents_v_version_source_review_reasons";
  DROP TYPE "public"."enum_migration_runs_status";`)
}
