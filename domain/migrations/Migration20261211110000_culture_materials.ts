import { Migration } from '@mikro-orm/migrations';

// §32.2, §35.6: the culture materials library — materials with their files, the employees'
// "read and understood" (one per material and person) and the reminders sent (one a person a day).
export class Migration20261211110000_culture_materials extends Migration {

  override name = 'Migration20261211110000_culture_materials';

  override up(): void | Promise<void> {
    this.addSql(`create table "culture_material" ("id" uuid not null, "organization_id" uuid not null, "kind" text not null, "subject" text not null, "title" jsonb not null, "body" jsonb not null, "status" text not null default 'draft', "link_url" varchar(2000) null, "source" text null, "source_name" varchar(300) null, "file_name" varchar(255) null, "file_type" varchar(100) null, "file_size" int null, "audience_all" boolean not null default true, "audience_org_units" jsonb not null, "audience_roles" jsonb not null, "requires_acknowledgement" boolean not null default false, "acknowledgement_days" int not null default 10, "revision" int not null default 1, "published_at" timestamptz null, "published_by_id" uuid null, "acknowledge_by" date null, "withdrawn_at" timestamptz null, "withdrawn_by_id" uuid null, "created_by_id" uuid not null, "created_at" timestamptz not null, "updated_by_id" uuid not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "culture_material_organization_id_status_index" on "culture_material" ("organization_id", "status");`);
    this.addSql(`alter table "culture_material" add constraint "culture_material_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "culture_material" add constraint "culture_material_published_by_id_foreign" foreign key ("published_by_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "culture_material" add constraint "culture_material_withdrawn_by_id_foreign" foreign key ("withdrawn_by_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "culture_material" add constraint "culture_material_created_by_id_foreign" foreign key ("created_by_id") references "person" ("id");`);
    this.addSql(`alter table "culture_material" add constraint "culture_material_updated_by_id_foreign" foreign key ("updated_by_id") references "person" ("id");`);
    this.addSql(`alter table "culture_material" add constraint "culture_material_kind_check" check ("kind" in ('memo', 'short_guide', 'guide', 'video', 'presentation', 'booklet'));`);
    this.addSql(`alter table "culture_material" add constraint "culture_material_subject_check" check ("subject" in ('conflict_of_interest', 'corruption_risk', 'anti_corruption_policy', 'other'));`);
    this.addSql(`alter table "culture_material" add constraint "culture_material_status_check" check ("status" in ('draft', 'published', 'withdrawn'));`);
    this.addSql(`alter table "culture_material" add constraint "culture_material_source_check" check ("source" in ('u4', 'knowledge_hub', 'basel_institute', 'other'));`);
    this.addSql(`create table "culture_material_file" ("id" uuid not null, "organization_id" uuid not null, "material_id" uuid not null, "data" bytea not null, "uploaded_by_id" uuid not null, "uploaded_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "culture_material_file" add constraint "culture_material_file_material_id_unique" unique ("material_id");`);
    this.addSql(`alter table "culture_material_file" add constraint "culture_material_file_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "culture_material_file" add constraint "culture_material_file_material_id_foreign" foreign key ("material_id") references "culture_material" ("id");`);
    this.addSql(`alter table "culture_material_file" add constraint "culture_material_file_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "person" ("id");`);
    this.addSql(`create table "culture_material_acknowledgement" ("id" uuid not null, "organization_id" uuid not null, "material_id" uuid not null, "person_id" uuid not null, "revision" int not null, "acknowledged_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "culture_material_acknowledgement_person_id_index" on "culture_material_acknowledgement" ("person_id");`);
    this.addSql(`alter table "culture_material_acknowledgement" add constraint "culture_material_acknowledgement_material_id_person_id_unique" unique ("material_id", "person_id");`);
    this.addSql(`alter table "culture_material_acknowledgement" add constraint "culture_material_acknowledgement_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "culture_material_acknowledgement" add constraint "culture_material_acknowledgement_material_id_foreign" foreign key ("material_id") references "culture_material" ("id");`);
    this.addSql(`alter table "culture_material_acknowledgement" add constraint "culture_material_acknowledgement_person_id_foreign" foreign key ("person_id") references "person" ("id");`);
    this.addSql(`create table "culture_material_reminder" ("id" uuid not null, "organization_id" uuid not null, "person_id" uuid not null, "reminded_on" date not null, "reminded_at" timestamptz not null, "material_ids" jsonb not null, primary key ("id"));`);
    this.addSql(`alter table "culture_material_reminder" add constraint "culture_material_reminder_person_id_reminded_on_unique" unique ("person_id", "reminded_on");`);
    this.addSql(`alter table "culture_material_reminder" add constraint "culture_material_reminder_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "culture_material_reminder" add constraint "culture_material_reminder_person_id_foreign" foreign key ("person_id") references "person" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "culture_material_reminder" cascade;`);
    this.addSql(`drop table if exists "culture_material_acknowledgement" cascade;`);
    this.addSql(`drop table if exists "culture_material_file" cascade;`);
    this.addSql(`drop table if exists "culture_material" cascade;`);
  }

}
