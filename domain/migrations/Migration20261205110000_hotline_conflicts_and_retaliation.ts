import { Migration } from '@mikro-orm/migrations';

// Annex 2 case 7: investigators' declared conflicts of interest on cases; ISO 37002 §8.4: the
// retaliation risk assessed at triage, the protection tasks a high risk creates, and the
// complaints of retaliation linked to the case they follow from.
export class Migration20261205110000_hotline_conflicts_and_retaliation extends Migration {

  override name = 'Migration20261205110000_hotline_conflicts_and_retaliation';

  override up(): void | Promise<void> {
    this.addSql(`create table "hotline_conflict_declaration" ("id" uuid not null, "organization_id" uuid not null, "report_id" uuid not null, "person_id" uuid not null, "reason_sealed" bytea not null, "was_assigned" boolean not null, "declared_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "hotline_conflict_declaration_report_id_index" on "hotline_conflict_declaration" ("report_id");`);
    this.addSql(`alter table "hotline_conflict_declaration" add constraint "hotline_conflict_declaration_unique" unique ("report_id", "person_id");`);
    this.addSql(`alter table "hotline_conflict_declaration" add constraint "hotline_conflict_declaration_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "hotline_conflict_declaration" add constraint "hotline_conflict_declaration_report_id_foreign" foreign key ("report_id") references "hotline_report" ("id") on delete cascade;`);
    this.addSql(`alter table "hotline_conflict_declaration" add constraint "hotline_conflict_declaration_person_id_foreign" foreign key ("person_id") references "person" ("id");`);

    this.addSql(`create table "hotline_retaliation_assessment" ("id" uuid not null, "organization_id" uuid not null, "report_id" uuid not null, "level" text check ("level" in ('low', 'medium', 'high')) not null, "reason_sealed" bytea null, "assessed_by_id" uuid not null, "assessed_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "hotline_retaliation_assessment" add constraint "hotline_retaliation_assessment_report_id_unique" unique ("report_id");`);
    this.addSql(`alter table "hotline_retaliation_assessment" add constraint "hotline_retaliation_assessment_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "hotline_retaliation_assessment" add constraint "hotline_retaliation_assessment_report_id_foreign" foreign key ("report_id") references "hotline_report" ("id") on delete cascade;`);
    this.addSql(`alter table "hotline_retaliation_assessment" add constraint "hotline_retaliation_assessment_assessed_by_id_foreign" foreign key ("assessed_by_id") references "person" ("id");`);

    this.addSql(`create table "hotline_protection_task" ("id" uuid not null, "organization_id" uuid not null, "report_id" uuid not null, "owner_id" uuid not null, "review_on" date not null, "created_by_id" uuid not null, "created_at" timestamptz not null, "completed_at" timestamptz null, "completed_by_id" uuid null, "completion_note" text null, primary key ("id"));`);
    this.addSql(`create index "hotline_protection_task_report_id_index" on "hotline_protection_task" ("report_id");`);
    this.addSql(`create index "hotline_protection_task_organization_id_owner_id_r_643dc_index" on "hotline_protection_task" ("organization_id", "owner_id", "review_on");`);
    this.addSql(`alter table "hotline_protection_task" add constraint "hotline_protection_task_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "hotline_protection_task" add constraint "hotline_protection_task_report_id_foreign" foreign key ("report_id") references "hotline_report" ("id") on delete cascade;`);
    this.addSql(`alter table "hotline_protection_task" add constraint "hotline_protection_task_owner_id_foreign" foreign key ("owner_id") references "person" ("id");`);
    this.addSql(`alter table "hotline_protection_task" add constraint "hotline_protection_task_created_by_id_foreign" foreign key ("created_by_id") references "person" ("id");`);
    this.addSql(`alter table "hotline_protection_task" add constraint "hotline_protection_task_completed_by_id_foreign" foreign key ("completed_by_id") references "person" ("id") on delete set null;`);

    this.addSql(`create table "hotline_case_link" ("id" uuid not null, "organization_id" uuid not null, "report_id" uuid not null, "original_id" uuid not null, "kind" text check ("kind" in ('retaliation_complaint')) not null, "created_by_id" uuid not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "hotline_case_link" add constraint "hotline_case_link_report_id_unique" unique ("report_id");`);
    this.addSql(`create index "hotline_case_link_original_id_index" on "hotline_case_link" ("original_id");`);
    this.addSql(`alter table "hotline_case_link" add constraint "hotline_case_link_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "hotline_case_link" add constraint "hotline_case_link_report_id_foreign" foreign key ("report_id") references "hotline_report" ("id") on delete cascade;`);
    this.addSql(`alter table "hotline_case_link" add constraint "hotline_case_link_original_id_foreign" foreign key ("original_id") references "hotline_report" ("id") on delete cascade;`);
    this.addSql(`alter table "hotline_case_link" add constraint "hotline_case_link_created_by_id_foreign" foreign key ("created_by_id") references "person" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "hotline_case_link" cascade;`);
    this.addSql(`drop table if exists "hotline_protection_task" cascade;`);
    this.addSql(`drop table if exists "hotline_retaliation_assessment" cascade;`);
    this.addSql(`drop table if exists "hotline_conflict_declaration" cascade;`);
  }

}
