import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_documents_audience_roles" AS ENUM('staff', 'manager', 'editor', 'admin');
  CREATE TYPE "public"."enum_documents_workflow_status" AS ENUM('draft', 'in-review', 'published', 'superseded', 'withdrawn');
  CREATE TYPE "public"."enum_documents_classification" AS ENUM('public', 'internal', 'confidential');
  CREATE TYPE "public"."enum__documents_v_version_audience_roles" AS ENUM('staff', 'manager', 'editor', 'admin');
  CREATE TYPE "public"."enum__documents_v_version_workflow_status" AS ENUM('draft', 'in-review', 'published', 'superseded', 'withdrawn');
  CREATE TYPE "public"."enum__documents_v_version_classification" AS ENUM('public', 'internal', 'confidential');
  CREATE TYPE "public"."enum_feedback_kind" AS ENUM('outdated', 'wrong', 'unclear');
  CREATE TYPE "public"."enum_feedback_status" AS ENUM('open', 'resolved');
  CREATE TYPE "public"."enum_audit_log_action" AS ENUM('create', 'update', 'submit', 'approve', 'supersede', 'withdraw', 'delete', 'acknowledge');
  CREATE TABLE "documents_audience_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_documents_audience_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "documents_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"org_units_id" integer
  );
  
  CREATE TABLE "_documents_v_version_audience_roles" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum__documents_v_version_audience_roles",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  CREATE TABLE "_documents_v_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"topics_id" integer,
  	"org_units_id" integer
  );
  
  CREATE TABLE "files" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"document_id" integer,
  	"extracted_text" varchar,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"url" varchar,
  	"thumbnail_u_r_l" varchar,
  	"filename" varchar,
  	"mime_type" varchar,
  	"filesize" numeric,
  	"width" numeric,
  	"height" numeric,
  	"focal_x" numeric,
  	"focal_y" numeric,
  	"sizes_thumbnail_url" varchar,
  	"sizes_thumbnail_width" numeric,
  	"sizes_thumbnail_height" numeric,
  	"sizes_thumbnail_mime_type" varchar,
  	"sizes_thumbnail_filesize" numeric,
  	"sizes_thumbnail_filename" varchar
  );
  
  CREATE TABLE "topics" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"parent_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "acknowledgements" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"user_id" integer NOT NULL,
  	"document_id" integer NOT NULL,
  	"round" numeric NOT NULL,
  	"version_label" varchar,
  	"acknowledged_at" timestamp(3) with time zone NOT NULL,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "feedback" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"document_id" integer NOT NULL,
  	"kind" "enum_feedback_kind" NOT NULL,
  	"comment" varchar,
  	"created_by_id" integer,
  	"status" "enum_feedback_status" DEFAULT 'open',
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "users_rels" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"order" integer,
  	"parent_id" integer NOT NULL,
  	"path" varchar NOT NULL,
  	"org_units_id" integer
  );
  
  CREATE TABLE "org_units" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"name" varchar NOT NULL,
  	"short_code" varchar NOT NULL,
  	"parent_id" integer,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "audit_log" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"action" "enum_audit_log_action" NOT NULL,
  	"document_id" varchar,
  	"document_title" varchar,
  	"user_id" varchar,
  	"user_name" varchar,
  	"details" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  CREATE TABLE "migration_runs" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"root" varchar NOT NULL,
  	"started_at" timestamp(3) with time zone NOT NULL,
  	"finished_at" timestamp(3) with time zone,
  	"kpi" numeric,
  	"report" jsonb,
  	"updated_at" timestamp(3) with time zone DEFAULT now() NOT NULL,
  	"created_at" timestamp(3) with time zone DEFAULT now() NOT NULL
  );
  
  ALTER TABLE "documents" ADD COLUMN "workflow_status" "enum_documents_workflow_status" DEFAULT 'draft';
  ALTER TABLE "documents" ADD COLUMN "owner_unit_id" integer;
  ALTER TABLE "documents" ADD COLUMN "responsible_id" integer;
  ALTER TABLE "documents" ADD COLUMN "classification" "enum_documents_classification" DEFAULT 'internal';
  ALTER TABLE "documents" ADD COLUMN "legal_basis" varchar;
  ALTER TABLE "documents" ADD COLUMN "valid_from" timestamp(3) with time zone;
  ALTER TABLE "documents" ADD COLUMN "valid_until" timestamp(3) with time zone;
  ALTER TABLE "documents" ADD COLUMN "review_due" timestamp(3) with time zone;
  ALTER TABLE "documents" ADD COLUMN "version_label" varchar;
  ALTER TABLE "documents" ADD COLUMN "change_note" varchar;
  ALTER TABLE "documents" ADD COLUMN "material_change" boolean DEFAULT false;
  ALTER TABLE "documents" ADD COLUMN "supersedes_id" integer;
  ALTER TABLE "documents" ADD COLUMN "superseded_by_id" integer;
  ALTER TABLE "documents" ADD COLUMN "audience_all" boolean DEFAULT true;
  ALTER TABLE "documents" ADD COLUMN "requires_acknowledgement" boolean DEFAULT false;
  ALTER TABLE "documents" ADD COLUMN "acknowledge_within_days" numeric DEFAULT 14;
  ALTER TABLE "documents" ADD COLUMN "source_path" varchar;
  ALTER TABLE "documents" ADD COLUMN "source_other_paths" jsonb;
  ALTER TABLE "documents" ADD COLUMN "source_sha256" varchar;
  ALTER TABLE "documents" ADD COLUMN "source_modified_at" timestamp(3) with time zone;
  ALTER TABLE "documents" ADD COLUMN "source_migration_run_id" integer;
  ALTER TABLE "documents" ADD COLUMN "submitted_by_id" integer;
  ALTER TABLE "documents" ADD COLUMN "published_by_id" integer;
  ALTER TABLE "documents" ADD COLUMN "published_at" timestamp(3) with time zone;
  ALTER TABLE "documents" ADD COLUMN "acknowledgement_round" numeric;
  ALTER TABLE "documents" ADD COLUMN "acknowledgement_round_started_at" timestamp(3) with time zone;
  ALTER TABLE "_documents_v" ADD COLUMN "version_workflow_status" "enum__documents_v_version_workflow_status" DEFAULT 'draft';
  ALTER TABLE "_documents_v" ADD COLUMN "version_owner_unit_id" integer;
  ALTER TABLE "_documents_v" ADD COLUMN "version_responsible_id" integer;
  ALTER TABLE "_documents_v" ADD COLUMN "version_classification" "enum__documents_v_version_classification" DEFAULT 'internal';
  ALTER TABLE "_documents_v" ADD COLUMN "version_legal_basis" varchar;
  ALTER TABLE "_documents_v" ADD COLUMN "version_valid_from" timestamp(3) with time zone;
  ALTER TABLE "_documents_v" ADD COLUMN "version_valid_until" timestamp(3) with time zone;
  ALTER TABLE "_documents_v" ADD COLUMN "version_review_due" timestamp(3) with time zone;
  ALTER TABLE "_documents_v" ADD COLUMN "version_version_label" varchar;
  ALTER TABLE "_documents_v" ADD COLUMN "version_change_note" varchar;
  ALTER TABLE "_documents_v" ADD COLUMN "version_material_change" boolean DEFAULT false;
  ALTER TABLE "_documents_v" ADD COLUMN "version_supersedes_id" integer;
  ALTER TABLE "_documents_v" ADD COLUMN "version_superseded_by_id" integer;
  ALTER TABLE "_documents_v" ADD COLUMN "version_audience_all" boolean DEFAULT true;
  ALTER TABLE "_documents_v" ADD COLUMN "version_requires_acknowledgement" boolean DEFAULT false;
  ALTER TABLE "_documents_v" ADD COLUMN "version_acknowledge_within_days" numeric DEFAULT 14;
  ALTER TABLE "_documents_v" ADD COLUMN "version_source_path" varchar;
  ALTER TABLE "_documents_v" ADD COLUMN "version_source_other_paths" jsonb;
  ALTER TABLE "_documents_v" ADD COLUMN "version_source_sha256" varchar;
  ALTER TABLE "_documents_v" ADD COLUMN "version_source_modified_at" timestamp(3) with time zone;
  ALTER TABLE "_documents_v" ADD COLUMN "version_source_migration_run_id" integer;
  ALTER TABLE "_documents_v" ADD COLUMN "version_submitted_by_id" integer;
  ALTER TABLE "_documents_v" ADD COLUMN "version_published_by_id" integer;
  ALTER TABLE "_documents_v" ADD COLUMN "version_published_at" timestamp(3) with time zone;
  ALTER TABLE "_documents_v" ADD COLUMN "version_acknowledgement_round" numeric;
  ALTER TABLE "_documents_v" ADD COLUMN "version_acknowledgement_round_started_at" timestamp(3) with time zone;
  ALTER TABLE "users" ADD COLUMN "org_unit_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "files_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "topics_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "acknowledgements_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "feedback_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "org_units_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "audit_log_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "migration_runs_id" integer;
  ALTER TABLE "documents_audience_roles" ADD CONSTRAINT "documents_audience_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."documents"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "documents_rels" ADD CONSTRAINT "documents_rels_org_units_fk" FOREIGN KEY ("org_units_id") REFERENCES "public"."org_units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_documents_v_version_audience_roles" ADD CONSTRAINT "_documents_v_version_audience_roles_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_documents_v_rels" ADD CONSTRAINT "_documents_v_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."_documents_v"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_documents_v_rels" ADD CONSTRAINT "_documents_v_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "_documents_v_rels" ADD CONSTRAINT "_documents_v_rels_org_units_fk" FOREIGN KEY ("org_units_id") REFERENCES "public"."org_units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "files" ADD CONSTRAINT "files_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "topics" ADD CONSTRAINT "topics_parent_id_topics_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."topics"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "acknowledgements" ADD CONSTRAINT "acknowledgements_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "acknowledgements" ADD CONSTRAINT "acknowledgements_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_document_id_documents_id_fk" FOREIGN KEY ("document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "feedback" ADD CONSTRAINT "feedback_created_by_id_users_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "users_rels" ADD CONSTRAINT "users_rels_org_units_fk" FOREIGN KEY ("org_units_id") REFERENCES "public"."org_units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "org_units" ADD CONSTRAINT "org_units_parent_id_org_units_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."org_units"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "documents_audience_roles_order_idx" ON "documents_audience_roles" USING btree ("order");
  CREATE INDEX "documents_audience_roles_parent_idx" ON "documents_audience_roles" USING btree ("parent_id");
  CREATE INDEX "documents_rels_order_idx" ON "documents_rels" USING btree ("order");
  CREATE INDEX "documents_rels_parent_idx" ON "documents_rels" USING btree ("parent_id");
  CREATE INDEX "documents_rels_path_idx" ON "documents_rels" USING btree ("path");
  CREATE INDEX "documents_rels_topics_id_idx" ON "documents_rels" USING btree ("topics_id");
  CREATE INDEX "documents_rels_org_units_id_idx" ON "documents_rels" USING btree ("org_units_id");
  CREATE INDEX "_documents_v_version_audience_roles_order_idx" ON "_documents_v_version_audience_roles" USING btree ("order");
  CREATE INDEX "_documents_v_version_audience_roles_parent_idx" ON "_documents_v_version_audience_roles" USING btree ("parent_id");
  CREATE INDEX "_documents_v_rels_order_idx" ON "_documents_v_rels" USING btree ("order");
  CREATE INDEX "_documents_v_rels_parent_idx" ON "_documents_v_rels" USING btree ("parent_id");
  CREATE INDEX "_documents_v_rels_path_idx" ON "_documents_v_rels" USING btree ("path");
  CREATE INDEX "_documents_v_rels_topics_id_idx" ON "_documents_v_rels" USING btree ("topics_id");
  CREATE INDEX "_documents_v_rels_org_units_id_idx" ON "_documents_v_rels" USING btree ("org_units_id");
  CREATE INDEX "files_document_idx" ON "files" USING btree ("document_id");
  CREATE INDEX "files_updated_at_idx" ON "files" USING btree ("updated_at");
  CREATE INDEX "files_created_at_idx" ON "files" USING btree ("created_at");
  CREATE UNIQUE INDEX "files_filename_idx" ON "files" USING btree ("filename");
  CREATE INDEX "files_sizes_thumbnail_sizes_thumbnail_filename_idx" ON "files" USING btree ("sizes_thumbnail_filename");
  CREATE UNIQUE INDEX "topics_name_idx" ON "topics" USING btree ("name");
  CREATE INDEX "topics_parent_idx" ON "topics" USING btree ("parent_id");
  CREATE INDEX "topics_updated_at_idx" ON "topics" USING btree ("updated_at");
  CREATE INDEX "topics_created_at_idx" ON "topics" USING btree ("created_at");
  CREATE INDEX "acknowledgements_user_idx" ON "acknowledgements" USING btree ("user_id");
  CREATE INDEX "acknowledgements_document_idx" ON "acknowledgements" USING btree ("document_id");
  CREATE INDEX "acknowledgements_updated_at_idx" ON "acknowledgements" USING btree ("updated_at");
  CREATE INDEX "acknowledgements_created_at_idx" ON "acknowledgements" USING btree ("created_at");
  CREATE UNIQUE INDEX "user_document_round_idx" ON "acknowledgements" USING btree ("user_id","document_id","round");
  CREATE INDEX "feedback_document_idx" ON "feedback" USING btree ("document_id");
  CREATE INDEX "feedback_created_by_idx" ON "feedback" USING btree ("created_by_id");
  CREATE INDEX "feedback_updated_at_idx" ON "feedback" USING btree ("updated_at");
  CREATE INDEX "feedback_created_at_idx" ON "feedback" USING btree ("created_at");
  CREATE INDEX "users_rels_order_idx" ON "users_rels" USING btree ("order");
  CREATE INDEX "users_rels_parent_idx" ON "users_rels" USING btree ("parent_id");
  CREATE INDEX "users_rels_path_idx" ON "users_rels" USING btree ("path");
  CREATE INDEX "users_rels_org_units_id_idx" ON "users_rels" USING btree ("org_units_id");
  CREATE UNIQUE INDEX "org_units_short_code_idx" ON "org_units" USING btree ("short_code");
  CREATE INDEX "org_units_parent_idx" ON "org_units" USING btree ("parent_id");
  CREATE INDEX "org_units_updated_at_idx" ON "org_units" USING btree ("updated_at");
  CREATE INDEX "org_units_created_at_idx" ON "org_units" USING btree ("created_at");
  CREATE INDEX "audit_log_document_id_idx" ON "audit_log" USING btree ("document_id");
  CREATE INDEX "audit_log_user_id_idx" ON "audit_log" USING btree ("user_id");
  CREATE INDEX "audit_log_updated_at_idx" ON "audit_log" USING btree ("updated_at");
  CREATE INDEX "audit_log_created_at_idx" ON "audit_log" USING btree ("created_at");
  CREATE INDEX "migration_runs_updated_at_idx" ON "migration_runs" USING btree ("updated_at");
  CREATE INDEX "migration_runs_created_at_idx" ON "migration_runs" USING btree ("created_at");
  ALTER TABLE "documents" ADD CONSTRAINT "documents_owner_unit_id_org_units_id_fk" FOREIGN KEY ("owner_unit_id") REFERENCES "public"."org_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_responsible_id_users_id_fk" FOREIGN KEY ("responsible_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_supersedes_id_documents_id_fk" FOREIGN KEY ("supersedes_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_superseded_by_id_documents_id_fk" FOREIGN KEY ("superseded_by_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_source_migration_run_id_migration_runs_id_fk" FOREIGN KEY ("source_migration_run_id") REFERENCES "public"."migration_runs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_submitted_by_id_users_id_fk" FOREIGN KEY ("submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "documents" ADD CONSTRAINT "documents_published_by_id_users_id_fk" FOREIGN KEY ("published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_owner_unit_id_org_units_id_fk" FOREIGN KEY ("version_owner_unit_id") REFERENCES "public"."org_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_responsible_id_users_id_fk" FOREIGN KEY ("version_responsible_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_supersedes_id_documents_id_fk" FOREIGN KEY ("version_supersedes_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_superseded_by_id_documents_id_fk" FOREIGN KEY ("version_superseded_by_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_source_migration_run_id_migration_runs_id_fk" FOREIGN KEY ("version_source_migration_run_id") REFERENCES "public"."migration_runs"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_submitted_by_id_users_id_fk" FOREIGN KEY ("version_submitted_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_documents_v" ADD CONSTRAINT "_documents_v_version_published_by_id_users_id_fk" FOREIGN KEY ("version_published_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "users" ADD CONSTRAINT "users_org_unit_id_org_units_id_fk" FOREIGN KEY ("org_unit_id") REFERENCES "public"."org_units"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_files_fk" FOREIGN KEY ("files_id") REFERENCES "public"."files"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_topics_fk" FOREIGN KEY ("topics_id") REFERENCES "public"."topics"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_acknowledgements_fk" FOREIGN KEY ("acknowledgements_id") REFERENCES "public"."acknowledgements"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_feedback_fk" FOREIGN KEY ("feedback_id") REFERENCES "public"."feedback"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_org_units_fk" FOREIGN KEY ("org_units_id") REFERENCES "public"."org_units"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_audit_log_fk" FOREIGN KEY ("audit_log_id") REFERENCES "public"."audit_log"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_migration_runs_fk" FOREIGN KEY ("migration_runs_id") REFERENCES "public"."migration_runs"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "documents_kind_idx" ON "documents" USING btree ("kind");
  CREATE INDEX "documents_workflow_status_idx" ON "documents" USING btree ("workflow_status");
  CREATE INDEX "documents_owner_unit_idx" ON "documents" USING btree ("owner_unit_id");
  CREATE INDEX "documents_responsible_idx" ON "documents" USING btree ("responsible_id");
  CREATE INDEX "documents_classification_idx" ON "documents" USING btree ("classification");
  CREATE INDEX "documents_valid_from_idx" ON "documents" USING btree ("valid_from");
  CREATE INDEX "documents_valid_until_idx" ON "documents" USING btree ("valid_until");
  CREATE INDEX "documents_review_due_idx" ON "documents" USING btree ("review_due");
  CREATE INDEX "documents_supersedes_idx" ON "documents" USING btree ("supersedes_id");
  CREATE INDEX "documents_superseded_by_idx" ON "documents" USING btree ("superseded_by_id");
  CREATE INDEX "documents_audience_all_idx" ON "documents" USING btree ("audience_all");
  CREATE INDEX "documents_source_source_path_idx" ON "documents" USING btree ("source_path");
  CREATE INDEX "documents_source_source_sha256_idx" ON "documents" USING btree ("source_sha256");
  CREATE INDEX "documents_source_source_migration_run_idx" ON "documents" USING btree ("source_migration_run_id");
  CREATE INDEX "documents_submitted_by_idx" ON "documents" USING btree ("submitted_by_id");
  CREATE INDEX "documents_published_by_idx" ON "documents" USING btree ("published_by_id");
  CREATE INDEX "_documents_v_version_version_kind_idx" ON "_documents_v" USING btree ("version_kind");
  CREATE INDEX "_documents_v_version_version_workflow_status_idx" ON "_documents_v" USING btree ("version_workflow_status");
  CREATE INDEX "_documents_v_version_version_owner_unit_idx" ON "_documents_v" USING btree ("version_owner_unit_id");
  CREATE INDEX "_documents_v_version_version_responsible_idx" ON "_documents_v" USING btree ("version_responsible_id");
  CREATE INDEX "_documents_v_version_version_classification_idx" ON "_documents_v" USING btree ("version_classification");
  CREATE INDEX "_documents_v_version_version_valid_from_idx" ON "_documents_v" USING btree ("version_valid_from");
  CREATE INDEX "_documents_v_version_version_valid_until_idx" ON "_documents_v" USING btree ("version_valid_until");
  CREATE INDEX "_documents_v_version_version_review_due_idx" ON "_documents_v" USING btree ("version_review_due");
  CREATE INDEX "_documents_v_version_version_supersedes_idx" ON "_documents_v" USING btree ("version_supersedes_id");
  CREATE INDEX "_documents_v_version_version_superseded_by_idx" ON "_documents_v" USING btree ("version_superseded_by_id");
  CREATE INDEX "_documents_v_version_version_audience_all_idx" ON "_documents_v" USING btree ("version_audience_all");
  CREATE INDEX "_documents_v_version_source_version_source_path_idx" ON "_documents_v" USING btree ("version_source_path");
  CREATE INDEX "_documents_v_version_source_version_source_sha256_idx" ON "_documents_v" USING btree ("version_source_sha256");
  CREATE INDEX "_documents_v_version_source_version_source_migration_run_idx" ON "_documents_v" USING btree ("version_source_migration_run_id");
  CREATE INDEX "_documents_v_version_version_submitted_by_idx" ON "_documents_v" USING btree ("version_submitted_by_id");
  CREATE INDEX "_documents_v_version_version_published_by_idx" ON "_documents_v" USING btree ("version_published_by_id");
  CREATE INDEX "users_org_unit_idx" ON "users" USING btree ("org_unit_id");
  CREATE INDEX "payload_locked_documents_rels_files_id_idx" ON "payload_locked_documents_rels" USING btree ("files_id");
  CREATE INDEX "payload_locked_documents_rels_topics_id_idx" ON "payload_locked_documents_rels" USING btree ("topics_id");
  CREATE INDEX "payload_locked_documents_rels_acknowledgements_id_idx" ON "payload_locked_documents_rels" USING btree ("acknowledgements_id");
  CREATE INDEX "payload_locked_documents_rels_feedback_id_idx" ON "payload_locked_documents_rels" USING btree ("feedback_id");
  CREATE INDEX "payload_locked_documents_rels_org_units_id_idx" ON "payload_locked_documents_rels" USING btree ("org_units_id");
  CREATE INDEX "payload_locked_documents_rels_audit_log_id_idx" ON "payload_locked_documents_rels" USING btree ("audit_log_id");
  CREATE INDEX "payload_locked_documents_rels_migration_runs_id_idx" ON "payload_locked_documents_rels" USING btree ("migration_runs_id");`)
  // The audit log is append-only below Payload, too: no UPDATE or DELETE for anyone, whatever API or tool is used.
  await db.execute(sql`
  CREATE FUNCTION "audit_log_refuse_change"() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION 'The audit log is append-only: % is not allowed', TG_OP USING ERRCODE = 'insufficient_privilege';
  END $$;
  CREATE TRIGGER "audit_log_append_only" BEFORE UPDATE OR DELETE ON "audit_log" FOR EACH ROW EXECUTE FUNCTION "audit_log_refuse_change"();`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`DROP TRIGGER "audit_log_append_only" ON "audit_log"; DROP FUNCTION "audit_log_refuse_change"();`)
  await db.execute(sql`
   ALTER TABLE "documents_audience_roles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "documents_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_documents_v_version_audience_roles" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "_documents_v_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "files" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "topics" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "acknowledgements" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "feedback" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "users_rels" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "org_units" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "audit_log" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "migration_runs" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "documents_audience_roles" CASCADE;
  DROP TABLE "documents_rels" CASCADE;
  DROP TABLE "_documents_v_version_audience_roles" CASCADE;
  DROP TABLE "_documents_v_rels" CASCADE;
  DROP TABLE "files" CASCADE;
  DROP TABLE "topics" CASCADE;
  DROP TABLE "acknowledgements" CASCADE;
  DROP TABLE "feedback" CASCADE;
  DROP TABLE "users_rels" CASCADE;
  DROP TABLE "org_units" CASCADE;
  DROP TABLE "audit_log" CASCADE;
  DROP TABLE "migration_runs" CASCADE;
  ALTER TABLE "documents" DROP CONSTRAINT "documents_owner_unit_id_org_units_id_fk";
  
  ALTER TABLE "documents" DROP CONSTRAINT "documents_responsible_id_users_id_fk";
  
  ALTER TABLE "documents" DROP CONSTRAINT "documents_supersedes_id_documents_id_fk";
  
  ALTER TABLE "documents" DROP CONSTRAINT "documents_superseded_by_id_documents_id_fk";
  
  ALTER TABLE "documents" DROP CONSTRAINT "documents_source_migration_run_id_migration_runs_id_fk";
  
  ALTER TABLE "documents" DROP CONSTRAINT "documents_submitted_by_id_users_id_fk";
  
  ALTER TABLE "documents" DROP CONSTRAINT "documents_published_by_id_users_id_fk";
  
  ALTER TABLE "_documents_v" DROP CONSTRAINT "_documents_v_version_owner_unit_id_org_units_id_fk";
  
  ALTER TABLE "_documents_v" DROP CONSTRAINT "_documents_v_version_responsible_id_users_id_fk";
  
  ALTER TABLE "_documents_v" DROP CONSTRAINT "_documents_v_version_supersedes_id_documents_id_fk";
  
  ALTER TABLE "_documents_v" DROP CONSTRAINT "_documents_v_version_superseded_by_id_documents_id_fk";
  
  ALTER TABLE "_documents_v" DROP CONSTRAINT "_documents_v_version_source_migration_run_id_migration_runs_id_fk";
  
  ALTER TABLE "_documents_v" DROP CONSTRAINT "_documents_v_version_submitted_by_id_users_id_fk";
  
  ALTER TABLE "_documents_v" DROP CONSTRAINT "_documents_v_version_published_by_id_users_id_fk";
  
  ALTER TABLE "users" DROP CONSTRAINT "users_org_unit_id_org_units_id_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_files_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_topics_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_acknowledgements_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_feedback_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_org_units_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_audit_log_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_migration_runs_fk";
  
  DROP INDEX "documents_kind_idx";
  DROP INDEX "documents_workflow_status_idx";
  DROP INDEX "documents_owner_unit_idx";
  DROP INDEX "documents_responsible_idx";
  DROP INDEX "documents_classification_idx";
  DROP INDEX "documents_valid_from_idx";
  DROP INDEX "documents_valid_until_idx";
  DROP INDEX "documents_review_due_idx";
  DROP INDEX "documents_supersedes_idx";
  DROP INDEX "documents_superseded_by_idx";
  DROP INDEX "documents_audience_all_idx";
  DROP INDEX "documents_source_source_path_idx";
  DROP INDEX "documents_source_source_sha256_idx";
  DROP INDEX "documents_source_source_migration_run_idx";
  DROP INDEX "documents_submitted_by_idx";
  DROP INDEX "documents_published_by_idx";
  DROP INDEX "_documents_v_version_version_kind_idx";
  DROP INDEX "_documents_v_version_version_workflow_status_idx";
  DROP INDEX "_documents_v_version_version_owner_unit_idx";
  DROP INDEX "_documents_v_version_version_responsible_idx";
  DROP INDEX "_documents_v_version_version_classification_idx";
  DROP INDEX "_documents_v_version_version_valid_from_idx";
  DROP INDEX "_documents_v_version_version_valid_until_idx";
  DROP INDEX "_documents_v_version_version_review_due_idx";
  DROP INDEX "_documents_v_version_version_supersedes_idx";
  DROP INDEX "_documents_v_version_version_superseded_by_idx";
  DROP INDEX "_documents_v_version_version_audience_all_idx";
  DROP INDEX "_documents_v_version_source_version_source_path_idx";
  DROP INDEX "_documents_v_version_source_version_source_sha256_idx";
  DROP INDEX "_documents_v_version_source_version_source_migration_run_idx";
  DROP INDEX "_documents_v_version_version_submitted_by_idx";
  DROP INDEX "_documents_v_version_version_published_by_idx";
  DROP INDEX "users_org_unit_idx";
  DROP INDEX "payload_locked_documents_rels_files_id_idx";
  DROP INDEX "payload_locked_documents_rels_topics_id_idx";
  DROP INDEX "payload_locked_documents_rels_acknowledgements_id_idx";
  DROP INDEX "payload_locked_documents_rels_feedback_id_idx";
  DROP INDEX "payload_locked_documents_rels_org_units_id_idx";
  DROP INDEX "payload_locked_documents_rels_audit_log_id_idx";
  DROP INDEX "payload_locked_documents_rels_migration_runs_id_idx";
  ALTER TABLE "documents" DROP COLUMN "workflow_status";
  ALTER TABLE "documents" DROP COLUMN "owner_unit_id";
  ALTER TABLE "documents" DROP COLUMN "responsible_id";
  ALTER TABLE "documents" DROP COLUMN "classification";
  ALTER TABLE "documents" DROP COLUMN "legal_basis";
  ALTER TABLE "documents" DROP COLUMN "valid_from";
  ALTER TABLE "documents" DROP COLUMN "valid_until";
  ALTER TABLE "documents" DROP COLUMN "review_due";
  ALTER TABLE "documents" DROP COLUMN "version_label";
  ALTER TABLE "documents" DROP COLUMN "change_note";
  ALTER TABLE "documents" DROP COLUMN "material_change";
  ALTER TABLE "documents" DROP COLUMN "supersedes_id";
  ALTER TABLE "documents" DROP COLUMN "superseded_by_id";
  ALTER TABLE "documents" DROP COLUMN "audience_all";
  ALTER TABLE "documents" DROP COLUMN "requires_acknowledgement";
  ALTER TABLE "documents" DROP COLUMN "acknowledge_within_days";
  ALTER TABLE "documents" DROP COLUMN "source_path";
  ALTER TABLE "documents" DROP COLUMN "source_other_paths";
  ALTER TABLE "documents" DROP COLUMN "source_sha256";
  ALTER TABLE "documents" DROP COLUMN "source_modified_at";
  ALTER TABLE "documents" DROP COLUMN "source_migration_run_id";
  ALTER TABLE "documents" DROP COLUMN "submitted_by_id";
  ALTER TABLE "documents" DROP COLUMN "published_by_id";
  ALTER TABLE "documents" DROP COLUMN "published_at";
  ALTER TABLE "documents" DROP COLUMN "acknowledgement_round";
  ALTER TABLE "documents" DROP COLUMN "acknowledgement_round_started_at";
  ALTER TABLE "_documents_v" DROP COLUMN "version_workflow_status";
  ALTER TABLE "_documents_v" DROP COLUMN "version_owner_unit_id";
  ALTER TABLE "_documents_v" DROP COLUMN "version_responsible_id";
  ALTER TABLE "_documents_v" DROP COLUMN "version_classification";
  ALTER TABLE "_documents_v" DROP COLUMN "version_legal_basis";
  ALTER TABLE "_documents_v" DROP COLUMN "version_valid_from";
  ALTER TABLE "_documents_v" DROP COLUMN "version_valid_until";
  ALTER TABLE "_documents_v" DROP COLUMN "version_review_due";
  ALTER TABLE "_documents_v" DROP COLUMN "version_version_label";
  ALTER TABLE "_documents_v" DROP COLUMN "version_change_note";
  ALTER TABLE "_documents_v" DROP COLUMN "version_material_change";
  ALTER TABLE "_documents_v" DROP COLUMN "version_supersedes_id";
  ALTER TABLE "_documents_v" DROP COLUMN "version_superseded_by_id";
  ALTER TABLE "_documents_v" DROP COLUMN "version_audience_all";
  ALTER TABLE "_documents_v" DROP COLUMN "version_requires_acknowledgement";
  ALTER TABLE "_documents_v" DROP COLUMN "version_acknowledge_within_days";
  ALTER TABLE "_documents_v" DROP COLUMN "version_source_path";
  ALTER TABLE "_documents_v" DROP COLUMN "version_source_other_paths";
  ALTER TABLE "_documents_v" DROP COLUMN "version_source_sha256";
  ALTER TABLE "_documents_v" DROP COLUMN "version_source_modified_at";
  ALTER TABLE "_documents_v" DROP COLUMN "version_source_migration_run_id";
  ALTER TABLE "_documents_v" DROP COLUMN "version_submitted_by_id";
  ALTER TABLE "_documents_v" DROP COLUMN "version_published_by_id";
  ALTER TABLE "_documents_v" DROP COLUMN "version_published_at";
  ALTER TABLE "_documents_v" DROP COLUMN "version_acknowledgement_round";
  ALTER TABLE "_documents_v" DROP COLUMN "version_acknowledgement_round_started_at";
  ALTER TABLE "users" DROP COLUMN "org_unit_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "files_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "topics_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "acknowledgements_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "feedback_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "org_units_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "audit_log_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "migration_runs_id";
  DROP TYPE "public"."enum_documents_audience_roles";
  DROP TYPE "public"."enum_documents_workflow_status";
  DROP TYPE "public"."enum_documents_classification";
  DROP TYPE "public"."enum__documents_v_version_audience_roles";
  DROP TYPE "public"."enum__documents_v_version_workflow_status";
  DROP TYPE "public"."enum__documents_v_version_classification";
  DROP TYPE "public"."enum_feedback_kind";
  DROP TYPE "public"."enum_feedback_status";
  DROP TYPE "public"."enum_audit_log_action";`)
}
