import { Migration } from '@mikro-orm/migrations';

// §2, §53–§63, §67: the acts that adopted the anti-corruption standard (with their publication and
// what superseded them), the compliance service (one row per organisation) and the programme
// checklist of §67 (one row per organisation and item; an absent row is a missing item).
export class Migration20261212110000_compliance_standard_service extends Migration {

  override name = 'Migration20261212110000_compliance_standard_service';

  override up(): void | Promise<void> {
    this.addSql(`create table "compliance_service" ("id" uuid not null, "organization_id" uuid not null, "appointed_by" text null, "appointing_body_name" varchar(300) null, "no_independent_body" boolean not null default false, "appointed_on" date null, "act_number" varchar(100) null, "term_until" date null, "pay" text null, "payment_terms" text null, "combined_functions" text null, "coi_checked_on" date null, "coi_outcome" text null, "reports_to" varchar(300) null, "members" jsonb not null, "sizing" jsonb not null, "sizing_note" text null, "updated_by_id" uuid not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "compliance_service" add constraint "compliance_service_organization_id_unique" unique ("organization_id");`);
    this.addSql(`create table "compliance_checklist_item" ("id" uuid not null, "organization_id" uuid not null, "code" text not null, "status" text not null, "document_name" varchar(300) null, "document_number" varchar(100) null, "document_date" date null, "document_url" varchar(2000) null, "owner_id" uuid null, "updated_by_id" uuid not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "compliance_checklist_item" add constraint "compliance_checklist_item_organization_id_code_unique" unique ("organization_id", "code");`);
    this.addSql(`create table "anti_corruption_standard" ("id" uuid not null, "organization_id" uuid not null, "act_number" varchar(100) not null, "adopted_on" date not null, "approved_by" text not null, "approver_name" varchar(300) null, "approver_body" varchar(300) null, "document_url" varchar(2000) null, "note" text null, "published_where" text null, "published_url" varchar(2000) null, "published_on" date null, "superseded_by_id" uuid null, "superseded_at" timestamptz null, "recorded_by_id" uuid not null, "recorded_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "anti_corruption_standard_organization_id_adopted_on_index" on "anti_corruption_standard" ("organization_id", "adopted_on");`);
    this.addSql(`alter table "compliance_service" add constraint "compliance_service_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "compliance_service" add constraint "compliance_service_updated_by_id_foreign" foreign key ("updated_by_id") references "person" ("id");`);
    this.addSql(`alter table "compliance_service" add constraint "compliance_service_appointed_by_check" check ("appointed_by" in ('board_of_directors', 'supervisory_board', 'other_independent_body', 'first_head'));`);
    this.addSql(`alter table "compliance_checklist_item" add constraint "compliance_checklist_item_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "compliance_checklist_item" add constraint "compliance_checklist_item_owner_id_foreign" foreign key ("owner_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "compliance_checklist_item" add constraint "compliance_checklist_item_updated_by_id_foreign" foreign key ("updated_by_id") references "person" ("id");`);
    this.addSql(`alter table "compliance_checklist_item" add constraint "compliance_checklist_item_code_check" check ("code" in ('business_ethics_code', 'compliance_service_regulation', 'compliance_job_descriptions', 'anti_corruption_policy', 'conflict_of_interest_policy', 'due_diligence_procedure', 'hotline_and_investigations_policy', 'gifts_and_hospitality_procedure', 'charity_and_sponsorship_procedure', 'procurement_controls', 'hiring_controls', 'new_products_budgets_review', 'bonus_controls', 'sponsorship_charity_approval', 'internal_control_risk_management', 'security_and_internal_audit_checks'));`);
    this.addSql(`alter table "compliance_checklist_item" add constraint "compliance_checklist_item_status_check" check ("status" in ('missing', 'draft', 'adopted'));`);
    this.addSql(`alter table "anti_corruption_standard" add constraint "anti_corruption_standard_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "anti_corruption_standard" add constraint "anti_corruption_standard_superseded_by_id_foreign" foreign key ("superseded_by_id") references "anti_corruption_standard" ("id") on delete set null;`);
    this.addSql(`alter table "anti_corruption_standard" add constraint "anti_corruption_standard_recorded_by_id_foreign" foreign key ("recorded_by_id") references "person" ("id");`);
    this.addSql(`alter table "anti_corruption_standard" add constraint "anti_corruption_standard_approved_by_check" check ("approved_by" in ('first_head', 'management_body'));`);
    this.addSql(`alter table "anti_corruption_standard" add constraint "anti_corruption_standard_published_where_check" check ("published_where" in ('website', 'intranet', 'other'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "compliance_checklist_item" cascade;`);
    this.addSql(`drop table if exists "compliance_service" cascade;`);
    this.addSql(`drop table if exists "anti_corruption_standard" cascade;`);
  }

}
