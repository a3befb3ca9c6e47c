import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "review_notes" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"document_id" integer NOT NULL,
  	"owner_unit_id" integer NOT NULL,
  	"comment" varchar NOT NULL,
  	"author_id" integer NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "review_notes" ADD CONSTRAINT "review_notes_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_notes" ADD CONSTRAINT "review_notes_owner_unit_id_org_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."org_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "review_notes" ADD CONSTRAINT "review_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "review_notes_document_idx" ON "review_notes" USING btree ("document_id");
  CREATE INDEX "review_notes_owner_unit_idx" ON "review_notes" USING btree ("owner_unit_id");
  CREATE INDEX "review_notes_author_idx" ON "review_notes" USING btree ("author_id");
  CREATE INDEX "review_notes_updated_at_idx" ON "review_notes" USING btree ("updated_at");
  CREATE INDEX "review_notes_created_at_idx" ON "review_notes" USING btree ("created_at");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "review_notes" CASCADE;`)
}
