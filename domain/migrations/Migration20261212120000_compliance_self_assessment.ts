import { Migration } from '@mikro-orm/migrations';

// §73: the process catalogue, internal audit coverage per quarter, the quarter's self-assessment
// (one per organisation and quarter), its drawn processes, findings and improvement plan.
export class Migration20261212120000_compliance_self_assessment extends Migration {

  override name = 'Migration20261212120000_compliance_self_assessment';

  override up(): void | Promise<void> {
    this.addSql(`create table "compliance_process" ("id" uuid not null, "organization_id" uuid not null, "name" varchar(300) collate "und-x-icu" not null, "names" jsonb null, "owner_unit_id" uuid null, "active_from" date not null, "active_to" date null, "archived_at" timestamptz null, "created_by_id" uuid not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "compliance_process" add constraint "compliance_process_organization_id_name_unique" unique ("organization_id", "name");`);
    this.addSql(`create table "compliance_internal_audit_coverage" ("id" uuid not null, "organization_id" uuid not null, "process_id" uuid not null, "quarter" varchar(7) not null, "recorded_by_id" uuid not null, "recorded_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "compliance_internal_audit_coverage_organization_id_bd9c8_index" on "compliance_internal_audit_coverage" ("organization_id", "quarter");`);
    this.addSql(`alter table "compliance_internal_audit_coverage" add constraint "compliance_internal_audit_coverage_process_id_quarter_unique" unique ("process_id", "quarter");`);
    this.addSql(`create table "compliance_self_assessment" ("id" uuid not null, "organization_id" uuid not null, "quarter" varchar(7) not null, "eligible_count" int not null, "drawn_by_id" uuid not null, "drawn_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "compliance_self_assessment" add constraint "compliance_self_assessment_organization_id_quarter_unique" unique ("organization_id", "quarter");`);
    this.addSql(`create table "compliance_self_assessment_process" ("id" uuid not null, "organization_id" uuid not null, "assessment_id" uuid not null, "process_id" uuid not null, "position" int not null, primary key ("id"));`);
    this.addSql(`alter table "compliance_self_assessment_process" add constraint "compliance_self_assessment_process_assessment_id__8fb80_unique" unique ("assessment_id", "process_id");`);
    this.addSql(`create table "compliance_self_assessment_finding" ("id" uuid not null, "organization_id" uuid not null, "drawn_process_id" uuid not null, "text" text not null, "severity" text not null, "recorded_by_id" uuid not null, "recorded_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "compliance_self_assessment_finding_drawn_process_id_index" on "compliance_self_assessment_finding" ("drawn_process_id");`);
    this.addSql(`create table "compliance_improvement_item" ("id" uuid not null, "organization_id" uuid not null, "finding_id" uuid not null, "action" text not null, "responsible_id" uuid not null, "due_on" date not null, "status" text not null default 'open', "completed_on" date null, "completion_note" text null, "completed_by_id" uuid null, "reminded_on" date null, "created_by_id" uuid not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "compliance_improvement_item_finding_id_index" on "compliance_improvement_item" ("finding_id");`);
    this.addSql(`create index "compliance_improvement_item_organization_id_status_due_on_index" on "compliance_improvement_item" ("organization_id", "status", "due_on");`);
    this.addSql(`alter table "compliance_process" add constraint "compliance_process_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "compliance_process" add constraint "compliance_process_owner_unit_id_foreign" foreign key ("owner_unit_id") references "org_unit" ("id") on delete set null;`);
    this.addSql(`alter table "compliance_process" add constraint "compliance_process_created_by_id_foreign" foreign key ("created_by_id") references "person" ("id");`);
    this.addSql(`alter table "compliance_internal_audit_coverage" add constraint "compliance_internal_audit_coverage_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "compliance_internal_audit_coverage" add constraint "compliance_internal_audit_coverage_process_id_foreign" foreign key ("process_id") references "compliance_process" ("id");`);
    this.addSql(`alter table "compliance_internal_audit_coverage" add constraint "compliance_internal_audit_coverage_recorded_by_id_foreign" foreign key ("recorded_by_id") references "person" ("id");`);
    this.addSql(`alter table "compliance_self_assessment" add constraint "compliance_self_assessment_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "compliance_self_assessment" add constraint "compliance_self_assessment_drawn_by_id_foreign" foreign key ("drawn_by_id") references "person" ("id");`);
    this.addSql(`alter table "compliance_self_assessment_process" add constraint "compliance_self_assessment_process_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "compliance_self_assessment_process" add constraint "compliance_self_assessment_process_assessment_id_foreign" foreign key ("assessment_id") references "compliance_self_assessment" ("id");`);
    this.addSql(`alter table "compliance_self_assessment_process" add constraint "compliance_self_assessment_process_process_id_foreign" foreign key ("process_id") references "compliance_process" ("id");`);
    this.addSql(`alter table "compliance_self_assessment_finding" add constraint "compliance_self_assessment_finding_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "compliance_self_assessment_finding" add constraint "compliance_self_assessment_finding_drawn_process_id_foreign" foreign key ("drawn_process_id") references "compliance_self_assessment_process" ("id");`);
    this.addSql(`alter table "compliance_self_assessment_finding" add constraint "compliance_self_assessment_finding_recorded_by_id_foreign" foreign key ("recorded_by_id") references "person" ("id");`);
    this.addSql(`alter table "compliance_self_assessment_finding" add constraint "compliance_self_assessment_finding_severity_check" check ("severity" in ('low', 'medium', 'high'));`);
    this.addSql(`alter table "compliance_improvement_item" add constraint "compliance_improvement_item_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "compliance_improvement_item" add constraint "compliance_improvement_item_finding_id_foreign" foreign key ("finding_id") references "compliance_self_assessment_finding" ("id");`);
    this.addSql(`alter table "compliance_improvement_item" add constraint "compliance_improvement_item_responsible_id_foreign" foreign key ("responsible_id") references "person" ("id");`);
    this.addSql(`alter table "compliance_improvement_item" add constraint "compliance_improvement_item_completed_by_id_foreign" foreign key ("completed_by_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "compliance_improvement_item" add constraint "compliance_improvement_item_created_by_id_foreign" foreign key ("created_by_id") references "person" ("id");`);
    this.addSql(`alter table "compliance_improvement_item" add constraint "compliance_improvement_item_status_check" check ("status" in ('open', 'done'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "compliance_improvement_item" cascade;`);
    this.addSql(`drop table if exists "compliance_self_assessment_finding" cascade;`);
    this.addSql(`drop table if exists "compliance_self_assessment_process" cascade;`);
    this.addSql(`drop table if exists "compliance_self_assessment" cascade;`);
    this.addSql(`drop table if exists "compliance_internal_audit_coverage" cascade;`);
    this.addSql(`drop table if exists "compliance_process" cascade;`);
  }

}
