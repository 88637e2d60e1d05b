import { Migration } from '@mikro-orm/migrations';

// §21–§30: financial-declaration notices and the proofs of filing (never a declaration's
// content), the trust-management and post-service terms, and the foreign-account check.
export class Migration20261208140000_financial_declarations extends Migration {

  override name = 'Migration20261208140000_financial_declarations';

  override up(): void | Promise<void> {
    this.addSql(`create table "declaration_proof_file" ("id" uuid not null, "organization_id" uuid not null, "person_id" uuid not null, "file_name" varchar(255) not null, "content_type" varchar(100) not null, "size_bytes" int not null, "data" bytea not null, "uploaded_by_id" uuid not null, "uploaded_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "declaration_proof_file_person_id_index" on "declaration_proof_file" ("person_id");`);
    this.addSql(`alter table "declaration_proof_file" add constraint "declaration_proof_file_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "declaration_proof_file" add constraint "declaration_proof_file_person_id_foreign" foreign key ("person_id") references "person" ("id");`);
    this.addSql(`alter table "declaration_proof_file" add constraint "declaration_proof_file_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "person" ("id");`);
    this.addSql(`create table "declarant" ("id" uuid not null, "organization_id" uuid not null, "person_id" uuid not null, "category" text not null, "publication_category" text null, "maslikhat_deputy" boolean not null default false, "obliged_from" date not null, "obliged_until" date null, "trust_management_due_on" date not null, "trust_management_settled_on" date null, "trust_management_nothing_to_transfer" boolean not null default false, "trust_management_proof_id" uuid null, "registered_by_id" uuid not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "declarant" add constraint "declarant_organization_id_person_id_unique" unique ("organization_id", "person_id");`);
    this.addSql(`alter table "declarant" add constraint "declarant_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "declarant" add constraint "declarant_person_id_foreign" foreign key ("person_id") references "person" ("id");`);
    this.addSql(`alter table "declarant" add constraint "declarant_trust_management_proof_id_foreign" foreign key ("trust_management_proof_id") references "declaration_proof_file" ("id") on delete set null;`);
    this.addSql(`alter table "declarant" add constraint "declarant_registered_by_id_foreign" foreign key ("registered_by_id") references "person" ("id");`);
    this.addSql(`alter table "declarant" add constraint "declarant_category_check" check ("category" in ('responsible_state_position', 'authorised_state_functions', 'official', 'equated', 'candidate'));`);
    this.addSql(`alter table "declarant" add constraint "declarant_publication_category_check" check ("publication_category" in ('political_state_position', 'administrative_corps_a', 'parliament_deputy', 'human_rights_commissioner', 'judge', 'quasi_public_manager'));`);
    this.addSql(`create table "declaration_deadline" ("id" uuid not null, "organization_id" uuid not null, "form" text not null, "year" int not null, "due_on" date not null, "set_by_id" uuid not null, "set_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "declaration_deadline" add constraint "declaration_deadline_organization_id_form_year_unique" unique ("organization_id", "form", "year");`);
    this.addSql(`alter table "declaration_deadline" add constraint "declaration_deadline_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "declaration_deadline" add constraint "declaration_deadline_set_by_id_foreign" foreign key ("set_by_id") references "person" ("id");`);
    this.addSql(`alter table "declaration_deadline" add constraint "declaration_deadline_form_check" check ("form" in ('250.00', '270.00'));`);
    this.addSql(`create table "declaration_rule_change" ("id" uuid not null, "organization_id" uuid not null, "kind" text not null, "title" varchar(500) not null, "in_force_on" date not null, "notices_due_on" date not null, "recorded_by_id" uuid not null, "recorded_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "declaration_rule_change" add constraint "declaration_rule_change_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "declaration_rule_change" add constraint "declaration_rule_change_recorded_by_id_foreign" foreign key ("recorded_by_id") references "person" ("id");`);
    this.addSql(`alter table "declaration_rule_change" add constraint "declaration_rule_change_kind_check" check ("kind" in ('law', 'declarant_list'));`);
    this.addSql(`create table "financial_notice" ("id" uuid not null, "organization_id" uuid not null, "person_id" uuid not null, "kind" text not null, "recipient" text not null default 'employee', "spouse_name" varchar(300) null, "spouse_relative_id" uuid null, "rule_change_id" uuid null, "form" text null, "year" int null, "due_on" date null, "sent_at" timestamptz null, "sent_by_id" uuid null, "signed_on" date null, "ban_until" date null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "financial_notice_person_id_index" on "financial_notice" ("person_id");`);
    this.addSql(`create index "financial_notice_organization_id_sent_at_due_on_index" on "financial_notice" ("organization_id", "sent_at", "due_on");`);
    this.addSql(`alter table "financial_notice" add constraint "financial_notice_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "financial_notice" add constraint "financial_notice_person_id_foreign" foreign key ("person_id") references "person" ("id");`);
    this.addSql(`alter table "financial_notice" add constraint "financial_notice_rule_change_id_foreign" foreign key ("rule_change_id") references "declaration_rule_change" ("id") on delete set null;`);
    this.addSql(`alter table "financial_notice" add constraint "financial_notice_sent_by_id_foreign" foreign key ("sent_by_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "financial_notice" add constraint "financial_notice_kind_check" check ("kind" in ('duty_and_liability', 'law_change', 'declarant_list_change', 'deadline_reminder', 'post_service_warning'));`);
    this.addSql(`alter table "financial_notice" add constraint "financial_notice_recipient_check" check ("recipient" in ('employee', 'spouse'));`);
    this.addSql(`alter table "financial_notice" add constraint "financial_notice_form_check" check ("form" in ('250.00', '270.00'));`);
    this.addSql(`create table "filing_proof" ("id" uuid not null, "organization_id" uuid not null, "person_id" uuid not null, "form" text not null, "year" int not null, "reference_date" date not null, "filed_on" date not null, "file_id" uuid not null, "recorded_by_id" uuid not null, "recorded_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "filing_proof" add constraint "filing_proof_organization_id_person_id_form_year_unique" unique ("organization_id", "person_id", "form", "year");`);
    this.addSql(`alter table "filing_proof" add constraint "filing_proof_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "filing_proof" add constraint "filing_proof_person_id_foreign" foreign key ("person_id") references "person" ("id");`);
    this.addSql(`alter table "filing_proof" add constraint "filing_proof_file_id_foreign" foreign key ("file_id") references "declaration_proof_file" ("id");`);
    this.addSql(`alter table "filing_proof" add constraint "filing_proof_recorded_by_id_foreign" foreign key ("recorded_by_id") references "person" ("id");`);
    this.addSql(`alter table "filing_proof" add constraint "filing_proof_form_check" check ("form" in ('250.00', '270.00'));`);
    this.addSql(`create table "foreign_account_access_order" ("id" uuid not null, "organization_id" uuid not null, "order_number" varchar(100) not null, "order_date" date not null, "approved_by_id" uuid not null, "member_ids" jsonb not null, "recorded_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "foreign_account_access_order_organization_id_recorded_at_index" on "foreign_account_access_order" ("organization_id", "recorded_at");`);
    this.addSql(`alter table "foreign_account_access_order" add constraint "foreign_account_access_order_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "foreign_account_access_order" add constraint "foreign_account_access_order_approved_by_id_foreign" foreign key ("approved_by_id") references "person" ("id");`);
    this.addSql(`create table "foreign_account_undertaking" ("id" uuid not null, "organization_id" uuid not null, "person_id" uuid not null, "signed_on" date not null, "recorded_by_id" uuid not null, "recorded_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "foreign_account_undertaking" add constraint "foreign_account_undertaking_organization_id_person_id_unique" unique ("organization_id", "person_id");`);
    this.addSql(`alter table "foreign_account_undertaking" add constraint "foreign_account_undertaking_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "foreign_account_undertaking" add constraint "foreign_account_undertaking_person_id_foreign" foreign key ("person_id") references "person" ("id");`);
    this.addSql(`alter table "foreign_account_undertaking" add constraint "foreign_account_undertaking_recorded_by_id_foreign" foreign key ("recorded_by_id") references "person" ("id");`);
    this.addSql(`create table "tax_authority_request" ("id" uuid not null, "organization_id" uuid not null, "year" int not null, "employee_count" int not null, "employees" jsonb not null, "prepared_by_id" uuid not null, "prepared_at" timestamptz not null, "answer_received_on" date null, "answer_reference" varchar(200) null, "answer_recorded_by_id" uuid null, primary key ("id"));`);
    this.addSql(`alter table "tax_authority_request" add constraint "tax_authority_request_organization_id_year_unique" unique ("organization_id", "year");`);
    this.addSql(`alter table "tax_authority_request" add constraint "tax_authority_request_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "tax_authority_request" add constraint "tax_authority_request_prepared_by_id_foreign" foreign key ("prepared_by_id") references "person" ("id");`);
    this.addSql(`alter table "tax_authority_request" add constraint "tax_authority_request_answer_recorded_by_id_foreign" foreign key ("answer_recorded_by_id") references "person" ("id") on delete set null;`);
    this.addSql(`create table "foreign_account_finding" ("id" uuid not null, "organization_id" uuid not null, "request_id" uuid not null, "person_id" uuid not null, "bank" varchar(300) not null, "country" varchar(100) not null, "found_on" date not null, "notify_by" date not null, "notified_at" timestamptz null, "closure_due_on" date not null, "closure_proof_id" uuid null, "closed_on" date null, "recorded_by_id" uuid not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "foreign_account_finding_person_id_index" on "foreign_account_finding" ("person_id");`);
    this.addSql(`alter table "foreign_account_finding" add constraint "foreign_account_finding_request_id_person_id_bank_unique" unique ("request_id", "person_id", "bank");`);
    this.addSql(`alter table "foreign_account_finding" add constraint "foreign_account_finding_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "foreign_account_finding" add constraint "foreign_account_finding_request_id_foreign" foreign key ("request_id") references "tax_authority_request" ("id");`);
    this.addSql(`alter table "foreign_account_finding" add constraint "foreign_account_finding_person_id_foreign" foreign key ("person_id") references "person" ("id");`);
    this.addSql(`alter table "foreign_account_finding" add constraint "foreign_account_finding_closure_proof_id_foreign" foreign key ("closure_proof_id") references "declaration_proof_file" ("id") on delete set null;`);
    this.addSql(`alter table "foreign_account_finding" add constraint "foreign_account_finding_recorded_by_id_foreign" foreign key ("recorded_by_id") references "person" ("id");`);
    this.addSql(`create table "foreign_account_notice" ("id" uuid not null, "organization_id" uuid not null, "finding_id" uuid not null, "recipient" text not null, "person_id" uuid not null, "sent_at" timestamptz not null, "read_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "foreign_account_notice_finding_id_index" on "foreign_account_notice" ("finding_id");`);
    this.addSql(`create index "foreign_account_notice_person_id_index" on "foreign_account_notice" ("person_id");`);
    this.addSql(`alter table "foreign_account_notice" add constraint "foreign_account_notice_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "foreign_account_notice" add constraint "foreign_account_notice_finding_id_foreign" foreign key ("finding_id") references "foreign_account_finding" ("id");`);
    this.addSql(`alter table "foreign_account_notice" add constraint "foreign_account_notice_person_id_foreign" foreign key ("person_id") references "person" ("id");`);
    this.addSql(`alter table "foreign_account_notice" add constraint "foreign_account_notice_recipient_check" check ("recipient" in ('first_head', 'hr', 'employee'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "foreign_account_notice" cascade;`);
    this.addSql(`drop table if exists "foreign_account_finding" cascade;`);
    this.addSql(`drop table if exists "tax_authority_request" cascade;`);
    this.addSql(`drop table if exists "foreign_account_undertaking" cascade;`);
    this.addSql(`drop table if exists "foreign_account_access_order" cascade;`);
    this.addSql(`drop table if exists "filing_proof" cascade;`);
    this.addSql(`drop table if exists "financial_notice" cascade;`);
    this.addSql(`drop table if exists "declaration_rule_change" cascade;`);
    this.addSql(`drop table if exists "declaration_deadline" cascade;`);
    this.addSql(`drop table if exists "declarant" cascade;`);
    this.addSql(`drop table if exists "declaration_proof_file" cascade;`);
  }

}
