import { Migration } from '@mikro-orm/migrations';

// §66, §69, §74.2: the compliance service's periodic reports to the board with their frozen
// figures and resource assessment, who of the board has read them, and the plan for management's
// part in promoting anti-corruption with its activities and participation.
export class Migration20261213120000_compliance_board_reports extends Migration {

  override name = 'Migration20261213120000_compliance_board_reports';

  override up(): void | Promise<void> {
    this.addSql(`create table "compliance_board_report" ("id" uuid not null, "organization_id" uuid not null, "year" int not null, "period" text not null, "status" text not null default 'draft', "status_and_plans" text null, "high_risk_issues" text null, "process_results" text null, "resource_assessment" text null, "resource_reason" text null, "resource_requests" jsonb not null, "resource_request_note" text null, "figures" jsonb null, "created_by_id" uuid not null, "created_at" timestamptz not null, "updated_by_id" uuid not null, "updated_at" timestamptz not null, "submitted_by_id" uuid null, "submitted_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "compliance_board_report" add constraint "compliance_board_report_organization_id_year_period_unique" unique ("organization_id", "year", "period");`);
    this.addSql(`create table "compliance_board_report_reading" ("id" uuid not null, "organization_id" uuid not null, "report_id" uuid not null, "person_id" uuid not null, "read_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "compliance_board_report_reading" add constraint "compliance_board_report_reading_report_id_person_id_unique" unique ("report_id", "person_id");`);
    this.addSql(`create table "compliance_management_plan" ("id" uuid not null, "organization_id" uuid not null, "year" int not null, "members" jsonb not null, "updated_by_id" uuid not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "compliance_management_plan" add constraint "compliance_management_plan_organization_id_year_unique" unique ("organization_id", "year");`);
    this.addSql(`create table "compliance_management_activity" ("id" uuid not null, "organization_id" uuid not null, "plan_id" uuid not null, "person_id" uuid not null, "title" varchar(300) not null, "kind" text not null, "planned_on" date not null, "participated_on" date null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "compliance_management_activity_plan_id_person_id_index" on "compliance_management_activity" ("plan_id", "person_id");`);
    this.addSql(`alter table "compliance_board_report" add constraint "compliance_board_report_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "compliance_board_report" add constraint "compliance_board_report_created_by_id_foreign" foreign key ("created_by_id") references "person" ("id");`);
    this.addSql(`alter table "compliance_board_report" add constraint "compliance_board_report_updated_by_id_foreign" foreign key ("updated_by_id") references "person" ("id");`);
    this.addSql(`alter table "compliance_board_report" add constraint "compliance_board_report_submitted_by_id_foreign" foreign key ("submitted_by_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "compliance_board_report" add constraint "compliance_board_report_period_check" check ("period" in ('h1', 'h2', 'year'));`);
    this.addSql(`alter table "compliance_board_report" add constraint "compliance_board_report_status_check" check ("status" in ('draft', 'submitted'));`);
    this.addSql(`alter table "compliance_board_report" add constraint "compliance_board_report_resource_assessment_check" check ("resource_assessment" in ('sufficient', 'partly', 'insufficient'));`);
    this.addSql(`alter table "compliance_board_report_reading" add constraint "compliance_board_report_reading_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "compliance_board_report_reading" add constraint "compliance_board_report_reading_report_id_foreign" foreign key ("report_id") references "compliance_board_report" ("id");`);
    this.addSql(`alter table "compliance_board_report_reading" add constraint "compliance_board_report_reading_person_id_foreign" foreign key ("person_id") references "person" ("id");`);
    this.addSql(`alter table "compliance_management_plan" add constraint "compliance_management_plan_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "compliance_management_plan" add constraint "compliance_management_plan_updated_by_id_foreign" foreign key ("updated_by_id") references "person" ("id");`);
    this.addSql(`alter table "compliance_management_activity" add constraint "compliance_management_activity_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "compliance_management_activity" add constraint "compliance_management_activity_plan_id_foreign" foreign key ("plan_id") references "compliance_management_plan" ("id");`);
    this.addSql(`alter table "compliance_management_activity" add constraint "compliance_management_activity_person_id_foreign" foreign key ("person_id") references "person" ("id");`);
    this.addSql(`alter table "compliance_management_activity" add constraint "compliance_management_activity_kind_check" check ("kind" in ('training', 'communication', 'meeting', 'other'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "compliance_management_activity" cascade;`);
    this.addSql(`drop table if exists "compliance_management_plan" cascade;`);
    this.addSql(`drop table if exists "compliance_board_report_reading" cascade;`);
    this.addSql(`drop table if exists "compliance_board_report" cascade;`);
  }

}
