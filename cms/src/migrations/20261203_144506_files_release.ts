import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "files" ADD COLUMN "released_at" timestamp(3) with time zone;
  ALTER TABLE "files" ADD COLUMN "changed_by_id" integer;
  ALTER TABLE "files" ADD CONSTRAINT "files_changed_by_id_users_id_fk" FOREIGN KEY ("changed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "files_changed_by_idx" ON "files" USING btree ("changed_by_id");`)
  // Files stored before releases existed were readable with their documents: they stay so until someone changes them.
  await db.execute(sql`UPDATE "files" SET "released_at" = now();`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "files" DROP CONSTRAINT "files_changed_by_id_users_id_fk";
  
  DROP INDEX "files_changed_by_idx";
  ALTER TABLE "files" DROP COLUMN "released_at";
  ALTER TABLE "files" DROP COLUMN "changed_by_id";`)
}
