import { Migration } from '@mikro-orm/migrations';

// §9.3–§9.5, §10–§11: the corruption-risk elimination plan and its measures, the risk's
// publication mark, the organisation's public page, the quarterly public reports and the proposals
// from the public with their answers.
export class Migration20261212130000_compliance_mitigation_public extends Migration {

  override name = 'Migration20261212130000_compliance_mitigation_public';

  override up(): void | Promise<void> {
    this.addSql(`create table "compliance_mitigation_plan" ("id" uuid not null, "organization_id" uuid not null, "year" int not null, "status" text not null default 'draft', "approved_by_id" uuid null, "approved_at" timestamptz null, "controlled_by" varchar(300) null, "published_at" timestamptz null, "published_by_id" uuid null, "created_by_id" uuid not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "compliance_mitigation_plan" add constraint "compliance_mitigation_plan_organization_id_year_unique" unique ("organization_id", "year");`);
    this.addSql(`create table "compliance_public_page" ("id" uuid not null, "organization_id" uuid not null, "slug" varchar(60) not null, "enabled" boolean not null default false, "updated_by_id" uuid not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "compliance_public_page" add constraint "compliance_public_page_organization_id_unique" unique ("organization_id");`);
    this.addSql(`alter table "compliance_public_page" add constraint "compliance_public_page_slug_unique" unique ("slug");`);
    this.addSql(`create table "compliance_public_proposal" ("id" uuid not null, "organization_id" uuid not null, "receipt" varchar(20) not null, "text" text not null, "contact" varchar(200) null, "submitted_at" timestamptz not null, "status" text not null default 'new', "answer" text null, "answered_by_id" uuid null, "answered_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "compliance_public_proposal" add constraint "compliance_public_proposal_receipt_unique" unique ("receipt");`);
    this.addSql(`create index "compliance_public_proposal_organization_id_submitted_at_index" on "compliance_public_proposal" ("organization_id", "submitted_at");`);
    this.addSql(`create table "compliance_quarterly_report" ("id" uuid not null, "organization_id" uuid not null, "year" int not null, "quarter" int not null, "text" text not null, "published_by_id" uuid not null, "published_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "compliance_quarterly_report" add constraint "compliance_quarterly_report_organization_id_year_quarter_unique" unique ("organization_id", "year", "quarter");`);
    this.addSql(`create table "compliance_mitigation_measure" ("id" uuid not null, "organization_id" uuid not null, "plan_id" uuid not null, "risk_id" uuid not null, "measure" text not null, "executor_id" uuid not null, "deadline" date not null, "completion_form" text not null, "status" text not null default 'planned', "progress_note" text null, "evidence_link" varchar(2000) null, "evidence_note" text null, "done_on" date null, "linked_kpi" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "compliance_mitigation_measure_plan_id_deadline_index" on "compliance_mitigation_measure" ("plan_id", "deadline");`);
    this.addSql(`create index "compliance_mitigation_measure_risk_id_index" on "compliance_mitigation_measure" ("risk_id");`);
    this.addSql(`alter table "compliance_risk" add "published" boolean not null default false;`);
    this.addSql(`alter table "compliance_mitigation_plan" add constraint "compliance_mitigation_plan_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "compliance_mitigation_plan" add constraint "compliance_mitigation_plan_approved_by_id_foreign" foreign key ("approved_by_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "compliance_mitigation_plan" add constraint "compliance_mitigation_plan_published_by_id_foreign" foreign key ("published_by_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "compliance_mitigation_plan" add constraint "compliance_mitigation_plan_created_by_id_foreign" foreign key ("created_by_id") references "person" ("id");`);
    this.addSql(`alter table "compliance_mitigation_plan" add constraint "compliance_mitigation_plan_status_check" check ("status" in ('draft', 'approved'));`);
    this.addSql(`alter table "compliance_public_page" add constraint "compliance_public_page_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "compliance_public_page" add constraint "compliance_public_page_updated_by_id_foreign" foreign key ("updated_by_id") references "person" ("id");`);
    this.addSql(`alter table "compliance_public_proposal" add constraint "compliance_public_proposal_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "compliance_public_proposal" add constraint "compliance_public_proposal_answered_by_id_foreign" foreign key ("answered_by_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "compliance_public_proposal" add constraint "compliance_public_proposal_status_check" check ("status" in ('new', 'accepted', 'rejected'));`);
    this.addSql(`alter table "compliance_quarterly_report" add constraint "compliance_quarterly_report_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "compliance_quarterly_report" add constraint "compliance_quarterly_report_published_by_id_foreign" foreign key ("published_by_id") references "person" ("id");`);
    this.addSql(`alter table "compliance_mitigation_measure" add constraint "compliance_mitigation_measure_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "compliance_mitigation_measure" add constraint "compliance_mitigation_measure_plan_id_foreign" foreign key ("plan_id") references "compliance_mitigation_plan" ("id");`);
    this.addSql(`alter table "compliance_mitigation_measure" add constraint "compliance_mitigation_measure_risk_id_foreign" foreign key ("risk_id") references "compliance_risk" ("id");`);
    this.addSql(`alter table "compliance_mitigation_measure" add constraint "compliance_mitigation_measure_executor_id_foreign" foreign key ("executor_id") references "person" ("id");`);
    this.addSql(`alter table "compliance_mitigation_measure" add constraint "compliance_mitigation_measure_status_check" check ("status" in ('planned', 'in_progress', 'done'));`);
    this.addSql(`alter table "compliance_quarterly_report" add constraint "compliance_quarterly_report_quarter_check" check ("quarter" between 1 and 4);`);
    this.addSql(`alter table "compliance_public_page" add constraint "compliance_public_page_slug_check" check ("slug" ~ '^[a-z0-9][a-z0-9-]{1,58}[a-z0-9]$');`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "compliance_mitigation_measure" cascade;`);
    this.addSql(`drop table if exists "compliance_mitigation_plan" cascade;`);
    this.addSql(`drop table if exists "compliance_quarterly_report" cascade;`);
    this.addSql(`drop table if exists "compliance_public_proposal" cascade;`);
    this.addSql(`drop table if exists "compliance_public_page" cascade;`);
    this.addSql(`alter table "compliance_risk" drop column "published";`);
  }

}
