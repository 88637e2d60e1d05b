import { Migration } from '@mikro-orm/migrations';

// §35: the yearly culture plan, its approved versions, its activities and their evidence.
export class Migration20261211100000_culture_plan extends Migration {

  override name = 'Migration20261211100000_culture_plan';

  override up(): void | Promise<void> {
    this.addSql(`create table "culture_plan" ("id" uuid not null, "organization_id" uuid not null, "year" int not null, "status" text not null default 'draft', "version" int not null default 1, "risk_basis" text null, "target_passed" int null, "merged_into" varchar(500) null, "merged_note" text null, "copied_from_id" uuid null, "amendment_reason" text null, "return_note" text null, "submitted_by_id" uuid null, "submitted_at" timestamptz null, "closing_report" text null, "closed_by_id" uuid null, "closed_at" timestamptz null, "created_by_id" uuid not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "culture_plan" add constraint "culture_plan_organization_id_year_unique" unique ("organization_id", "year");`);
    this.addSql(`create table "culture_plan_version" ("id" uuid not null, "organization_id" uuid not null, "plan_id" uuid not null, "number" int not null, "reason" text null, "risk_basis" text null, "target_passed" int null, "activities" jsonb not null, "approved_by_id" uuid not null, "approved_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "culture_plan_version" add constraint "culture_plan_version_plan_id_number_unique" unique ("plan_id", "number");`);
    this.addSql(`create table "culture_activity" ("id" uuid not null, "organization_id" uuid not null, "plan_id" uuid not null, "kind" text not null, "topics" jsonb not null, "title" varchar(500) not null, "description" text null, "audience" text not null, "org_unit_ids" jsonb not null, "role" text null, "deadline" date not null, "responsible_ids" jsonb not null, "risks" jsonb not null, "check_form" text not null, "check_none_reason" text null, "course_id" uuid null, "session_id" uuid null, "planned_participants" int null, "status" text not null default 'planned', "held_on" date null, "actual_participants" int null, "report_note" text null, "incentives" jsonb not null, "reported_by_id" uuid null, "reported_at" timestamptz null, "reminded_on" date null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "culture_activity_plan_id_deadline_index" on "culture_activity" ("plan_id", "deadline");`);
    this.addSql(`create table "culture_evidence" ("id" uuid not null, "organization_id" uuid not null, "activity_id" uuid not null, "kind" text not null, "title" varchar(300) not null, "url" varchar(2000) null, "file_name" varchar(255) null, "content_type" varchar(100) null, "size_bytes" int null, "data" bytea null, "added_by_id" uuid not null, "added_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "culture_evidence_activity_id_index" on "culture_evidence" ("activity_id");`);
    this.addSql(`alter table "culture_plan" add constraint "culture_plan_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "culture_plan" add constraint "culture_plan_copied_from_id_foreign" foreign key ("copied_from_id") references "culture_plan" ("id") on delete set null;`);
    this.addSql(`alter table "culture_plan" add constraint "culture_plan_submitted_by_id_foreign" foreign key ("submitted_by_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "culture_plan" add constraint "culture_plan_closed_by_id_foreign" foreign key ("closed_by_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "culture_plan" add constraint "culture_plan_created_by_id_foreign" foreign key ("created_by_id") references "person" ("id");`);
    this.addSql(`alter table "culture_plan" add constraint "culture_plan_status_check" check ("status" in ('draft', 'submitted', 'approved', 'in_execution', 'closed'));`);
    this.addSql(`alter table "culture_plan_version" add constraint "culture_plan_version_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "culture_plan_version" add constraint "culture_plan_version_plan_id_foreign" foreign key ("plan_id") references "culture_plan" ("id");`);
    this.addSql(`alter table "culture_plan_version" add constraint "culture_plan_version_approved_by_id_foreign" foreign key ("approved_by_id") references "person" ("id");`);
    this.addSql(`alter table "culture_activity" add constraint "culture_activity_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "culture_activity" add constraint "culture_activity_plan_id_foreign" foreign key ("plan_id") references "culture_plan" ("id");`);
    this.addSql(`alter table "culture_activity" add constraint "culture_activity_course_id_foreign" foreign key ("course_id") references "course" ("id") on delete set null;`);
    this.addSql(`alter table "culture_activity" add constraint "culture_activity_session_id_foreign" foreign key ("session_id") references "training_session" ("id") on delete set null;`);
    this.addSql(`alter table "culture_activity" add constraint "culture_activity_reported_by_id_foreign" foreign key ("reported_by_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "culture_activity" add constraint "culture_activity_kind_check" check ("kind" in ('educational', 'informational', 'organisational'));`);
    this.addSql(`alter table "culture_activity" add constraint "culture_activity_audience_check" check ("audience" in ('whole_org', 'org_units', 'risk_exposed_positions', 'procurement_staff', 'managers', 'role'));`);
    this.addSql(`alter table "culture_activity" add constraint "culture_activity_role_check" check ("role" in ('employee', 'training_admin', 'compliance_officer', 'compliance_head', 'first_head', 'board_member', 'hotline_investigator', 'auditor', 'org_admin', 'hr_officer', 'ethics_commissioner'));`);
    this.addSql(`alter table "culture_activity" add constraint "culture_activity_check_form_check" check ("check_form" in ('test', 'survey', 'questionnaire', 'none'));`);
    this.addSql(`alter table "culture_activity" add constraint "culture_activity_status_check" check ("status" in ('planned', 'in_progress', 'done', 'cancelled'));`);
    this.addSql(`alter table "culture_evidence" add constraint "culture_evidence_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "culture_evidence" add constraint "culture_evidence_activity_id_foreign" foreign key ("activity_id") references "culture_activity" ("id");`);
    this.addSql(`alter table "culture_evidence" add constraint "culture_evidence_added_by_id_foreign" foreign key ("added_by_id") references "person" ("id");`);
    this.addSql(`alter table "culture_evidence" add constraint "culture_evidence_kind_check" check ("kind" in ('file', 'photo', 'link', 'attendance'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "culture_evidence" cascade;`);
    this.addSql(`drop table if exists "culture_activity" cascade;`);
    this.addSql(`drop table if exists "culture_plan_version" cascade;`);
    this.addSql(`drop table if exists "culture_plan" cascade;`);
  }

}
