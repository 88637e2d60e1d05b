import { Migration } from '@mikro-orm/migrations';

// §64–§72: the initial internal assessment of corruption risks with its answers to the 13 aspects,
// and the one-year compliance programme with its items by direction and its presentations.
export class Migration20261213110000_compliance_programme extends Migration {

  override name = 'Migration20261213110000_compliance_programme';

  override up(): void | Promise<void> {
    this.addSql(`create table "compliance_initial_assessment" ("id" uuid not null, "organization_id" uuid not null, "year" int not null, "status" text not null default 'in_progress', "completed_by_id" uuid null, "completed_at" timestamptz null, "created_by_id" uuid not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create table "compliance_programme" ("id" uuid not null, "organization_id" uuid not null, "year" int not null, "created_by_id" uuid not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create table "compliance_initial_assessment_answer" ("id" uuid not null, "organization_id" uuid not null, "assessment_id" uuid not null, "aspect" int not null, "rating" text not null, "finding" text not null, "audit_reports" jsonb not null default '[]', "answered_by_id" uuid not null, "answered_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create table "compliance_programme_item" ("id" uuid not null, "organization_id" uuid not null, "programme_id" uuid not null, "direction" text not null, "title" text not null, "owner_id" uuid not null, "due_on" date not null, "status" text not null default 'planned', "progress_note" text null, "evidence_link" varchar(2000) null, "evidence_note" text null, "done_on" date null, "cancel_reason" text null, "from_aspect" int null, "version" int not null default 1, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "compliance_programme_item_programme_id_direction_index" on "compliance_programme_item" ("programme_id", "direction");`);
    this.addSql(`create index "compliance_programme_item_owner_id_due_on_index" on "compliance_programme_item" ("owner_id", "due_on");`);
    this.addSql(`create table "compliance_programme_presentation" ("id" uuid not null, "organization_id" uuid not null, "programme_id" uuid not null, "presented_on" date not null, "audience" text not null, "invited_ids" text[] not null default '{}', "present_ids" text[] not null default '{}', "note" text null, "recorded_by_id" uuid not null, "recorded_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "compliance_programme_presentation_programme_id_pre_07f05_index" on "compliance_programme_presentation" ("programme_id", "presented_on");`);
    this.addSql(`alter table "compliance_initial_assessment" add constraint "compliance_initial_assessment_organization_id_year_unique" unique ("organization_id", "year");`);
    this.addSql(`alter table "compliance_programme" add constraint "compliance_programme_organization_id_year_unique" unique ("organization_id", "year");`);
    this.addSql(`alter table "compliance_initial_assessment_answer" add constraint "compliance_initial_assessment_answer_assessment_i_1a76e_unique" unique ("assessment_id", "aspect");`);
    this.addSql(`alter table "compliance_initial_assessment" add constraint "compliance_initial_assessment_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "compliance_initial_assessment" add constraint "compliance_initial_assessment_completed_by_id_foreign" foreign key ("completed_by_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "compliance_initial_assessment" add constraint "compliance_initial_assessment_created_by_id_foreign" foreign key ("created_by_id") references "person" ("id");`);
    this.addSql(`alter table "compliance_initial_assessment" add constraint "compliance_initial_assessment_status_check" check ("status" in ('in_progress', 'completed'));`);
    this.addSql(`alter table "compliance_programme" add constraint "compliance_programme_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "compliance_programme" add constraint "compliance_programme_created_by_id_foreign" foreign key ("created_by_id") references "person" ("id");`);
    this.addSql(`alter table "compliance_initial_assessment_answer" add constraint "compliance_initial_assessment_answer_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "compliance_initial_assessment_answer" add constraint "compliance_initial_assessment_answer_assessment_id_foreign" foreign key ("assessment_id") references "compliance_initial_assessment" ("id");`);
    this.addSql(`alter table "compliance_initial_assessment_answer" add constraint "compliance_initial_assessment_answer_answered_by_id_foreign" foreign key ("answered_by_id") references "person" ("id");`);
    this.addSql(`alter table "compliance_initial_assessment_answer" add constraint "compliance_initial_assessment_answer_rating_check" check ("rating" in ('adequate', 'needs_improvement', 'missing'));`);
    this.addSql(`alter table "compliance_programme_item" add constraint "compliance_programme_item_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "compliance_programme_item" add constraint "compliance_programme_item_programme_id_foreign" foreign key ("programme_id") references "compliance_programme" ("id");`);
    this.addSql(`alter table "compliance_programme_item" add constraint "compliance_programme_item_owner_id_foreign" foreign key ("owner_id") references "person" ("id");`);
    this.addSql(`alter table "compliance_programme_item" add constraint "compliance_programme_item_direction_check" check ("direction" in ('leadership', 'policies_procedures', 'training_communication', 'hotline_investigation', 'supplier_due_diligence', 'candidate_due_diligence', 'conflicts_of_interest', 'other'));`);
    this.addSql(`alter table "compliance_programme_item" add constraint "compliance_programme_item_status_check" check ("status" in ('planned', 'in_progress', 'done', 'cancelled'));`);
    this.addSql(`alter table "compliance_programme_presentation" add constraint "compliance_programme_presentation_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "compliance_programme_presentation" add constraint "compliance_programme_presentation_programme_id_foreign" foreign key ("programme_id") references "compliance_programme" ("id");`);
    this.addSql(`alter table "compliance_programme_presentation" add constraint "compliance_programme_presentation_recorded_by_id_foreign" foreign key ("recorded_by_id") references "person" ("id");`);
    this.addSql(`alter table "compliance_programme_presentation" add constraint "compliance_programme_presentation_audience_check" check ("audience" in ('management', 'all_staff'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "compliance_initial_assessment_answer" cascade;`);
    this.addSql(`drop table if exists "compliance_initial_assessment" cascade;`);
    this.addSql(`drop table if exists "compliance_programme_presentation" cascade;`);
    this.addSql(`drop table if exists "compliance_programme_item" cascade;`);
    this.addSql(`drop table if exists "compliance_programme" cascade;`);
  }

}
