import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TABLE "pins" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer,
  	"document_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "pins" ADD CONSTRAINT "pins_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "pins" ADD CONSTRAINT "pins_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "pins_user_idx" ON "pins" USING btree ("user_id");
  CREATE INDEX "pins_document_idx" ON "pins" USING btree ("document_id");
  CREATE INDEX "pins_updated_at_idx" ON "pins" USING btree ("updated_at");
  CREATE INDEX "pins_created_at_idx" ON "pins" USING btree ("created_at");
  CREATE UNIQUE INDEX "user_document_idx" ON "pins" USING btree ("user_id","document_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   DROP TABLE "pins" CASCADE;`)
}
