import { Migration } from '@mikro-orm/migrations';

// The hotline (§69): reports with sealed content and identity, the two-way conversation,
// attachments, private notes, assignments, named people, recommendations, identity disclosures
// and per-organisation settings. Everything hangs off hotline_report with ON DELETE CASCADE, so
// the retention purge removes a case whole.

export class Migration20261125142041 extends Migration {

  override name = 'Migration20261125142041';

  override up(): void | Promise<void> {
    this.addSql(`create table "hotline_settings" ("id" uuid not null, "organization_id" uuid not null, "acknowledge_hours" int not null default 24, "processing_days" int not null default 30, "retention_years" int not null default 5, "reporter_access_idle_days" int not null default 90, "last_case_number" int not null default 0, primary key ("id"));`);
    this.addSql(`alter table "hotline_settings" add constraint "hotline_settings_organization_id_unique" unique ("organization_id");`);

    this.addSql(`create table "hotline_report" ("id" uuid not null, "organization_id" uuid not null, "number" int not null, "receipt_hash" varchar(64) not null, "channel" text not null, "category" text not null, "anonymous" boolean not null, "content_sealed" bytea not null, "identity_sealed" bytea null, "status" text not null default 'received', "scope" text not null default 'pending', "out_of_scope_reason" text null, "out_of_scope_note" text null, "received_at" timestamptz not null, "acknowledge_by" timestamptz not null, "acknowledged_at" timestamptz null, "check_days" int null, "process_by" timestamptz not null, "findings_sealed" bytea null, "outcome" text null, "closed_at" timestamptz null, "reporter_last_seen_at" timestamptz not null, "reporter_access_expired_at" timestamptz null, "entered_by_id" uuid null, primary key ("id"));`);
    this.addSql(`alter table "hotline_report" add constraint "hotline_report_receipt_hash_unique" unique ("receipt_hash");`);
    this.addSql(`create index "hotline_report_organization_id_status_index" on "hotline_report" ("organization_id", "status");`);
    this.addSql(`create index "hotline_report_organization_id_received_at_index" on "hotline_report" ("organization_id", "received_at");`);
    this.addSql(`alter table "hotline_report" add constraint "hotline_report_organization_id_number_unique" unique ("organization_id", "number");`);

    this.addSql(`create table "hotline_identity_disclosure" ("id" uuid not null, "organization_id" uuid not null, "report_id" uuid not null, "requested_by_id" uuid not null, "requested_for_id" uuid not null, "reason" text not null, "requested_at" timestamptz not null, "decided_by_id" uuid null, "decided_at" timestamptz null, "approved" boolean null, primary key ("id"));`);
    this.addSql(`create index "hotline_identity_disclosure_report_id_index" on "hotline_identity_disclosure" ("report_id");`);

    this.addSql(`create table "hotline_recommendation" ("id" uuid not null, "organization_id" uuid not null, "report_id" uuid not null, "kind" text not null, "text" text not null, "owner_id" uuid not null, "due_on" date not null, "done_at" timestamptz null, "done_note" text null, "created_by_id" uuid not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "hotline_recommendation_report_id_index" on "hotline_recommendation" ("report_id");`);
    this.addSql(`create index "hotline_recommendation_organization_id_due_on_index" on "hotline_recommendation" ("organization_id", "due_on");`);

    this.addSql(`create table "hotline_note" ("id" uuid not null, "organization_id" uuid not null, "report_id" uuid not null, "author_id" uuid not null, "body_sealed" bytea not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "hotline_note_report_id_index" on "hotline_note" ("report_id");`);

    this.addSql(`create table "hotline_message" ("id" uuid not null, "organization_id" uuid not null, "report_id" uuid not null, "author" text not null, "author_person_id" uuid null, "kind" text not null, "body_sealed" bytea not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "hotline_message_report_id_created_at_index" on "hotline_message" ("report_id", "created_at");`);

    this.addSql(`create table "hotline_attachment" ("id" uuid not null, "organization_id" uuid not null, "report_id" uuid not null, "message_id" uuid null, "uploaded_by" text not null, "name_sealed" bytea not null, "content_type" varchar(100) not null, "size_bytes" int not null, "data_sealed" bytea not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "hotline_attachment_report_id_index" on "hotline_attachment" ("report_id");`);

    this.addSql(`create table "hotline_involved_person" ("id" uuid not null, "organization_id" uuid not null, "report_id" uuid not null, "person_id" uuid not null, primary key ("id"));`);
    this.addSql(`alter table "hotline_involved_person" add constraint "hotline_involved_person_report_id_person_id_unique" unique ("report_id", "person_id");`);

    this.addSql(`create table "hotline_case_assignment" ("id" uuid not null, "organization_id" uuid not null, "report_id" uuid not null, "investigator_id" uuid not null, "assigned_by_id" uuid not null, "assigned_at" timestamptz not null, "unassigned_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "hotline_case_assignment_report_id_index" on "hotline_case_assignment" ("report_id");`);
    this.addSql(`create index "hotline_case_assignment_investigator_id_index" on "hotline_case_assignment" ("investigator_id");`);

    this.addSql(`alter table "hotline_settings" add constraint "hotline_settings_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);

    this.addSql(`alter table "hotline_report" add constraint "hotline_report_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "hotline_report" add constraint "hotline_report_entered_by_id_foreign" foreign key ("entered_by_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "hotline_report" add constraint "hotline_report_channel_check" check ("channel" in ('web', 'phone', 'in_person', 'letter'));`);
    this.addSql(`alter table "hotline_report" add constraint "hotline_report_category_check" check ("category" in ('policy_violation', 'law_violation', 'criminal_offence', 'corruption', 'reporting_transparency', 'conflict_of_interest', 'other'));`);
    this.addSql(`alter table "hotline_report" add constraint "hotline_report_status_check" check ("status" in ('received', 'acknowledged', 'in_progress', 'closed'));`);
    this.addSql(`alter table "hotline_report" add constraint "hotline_report_scope_check" check ("scope" in ('pending', 'in_scope', 'out_of_scope'));`);
    this.addSql(`alter table "hotline_report" add constraint "hotline_report_out_of_scope_reason_check" check ("out_of_scope_reason" in ('not_related', 'personal_revenge', 'reputation_attack', 'other'));`);
    this.addSql(`alter table "hotline_report" add constraint "hotline_report_outcome_check" check ("outcome" in ('substantiated', 'partly_substantiated', 'not_substantiated', 'out_of_scope'));`);

    this.addSql(`alter table "hotline_identity_disclosure" add constraint "hotline_identity_disclosure_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "hotline_identity_disclosure" add constraint "hotline_identity_disclosure_report_id_foreign" foreign key ("report_id") references "hotline_report" ("id") on delete cascade;`);
    this.addSql(`alter table "hotline_identity_disclosure" add constraint "hotline_identity_disclosure_requested_by_id_foreign" foreign key ("requested_by_id") references "person" ("id");`);
    this.addSql(`alter table "hotline_identity_disclosure" add constraint "hotline_identity_disclosure_requested_for_id_foreign" foreign key ("requested_for_id") references "person" ("id");`);
    this.addSql(`alter table "hotline_identity_disclosure" add constraint "hotline_identity_disclosure_decided_by_id_foreign" foreign key ("decided_by_id") references "person" ("id") on delete set null;`);

    this.addSql(`alter table "hotline_recommendation" add constraint "hotline_recommendation_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "hotline_recommendation" add constraint "hotline_recommendation_report_id_foreign" foreign key ("report_id") references "hotline_report" ("id") on delete cascade;`);
    this.addSql(`alter table "hotline_recommendation" add constraint "hotline_recommendation_owner_id_foreign" foreign key ("owner_id") references "person" ("id");`);
    this.addSql(`alter table "hotline_recommendation" add constraint "hotline_recommendation_created_by_id_foreign" foreign key ("created_by_id") references "person" ("id");`);
    this.addSql(`alter table "hotline_recommendation" add constraint "hotline_recommendation_kind_check" check ("kind" in ('corrective', 'disciplinary', 'dismissal', 'legal'));`);

    this.addSql(`alter table "hotline_note" add constraint "hotline_note_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "hotline_note" add constraint "hotline_note_report_id_foreign" foreign key ("report_id") references "hotline_report" ("id") on delete cascade;`);
    this.addSql(`alter table "hotline_note" add constraint "hotline_note_author_id_foreign" foreign key ("author_id") references "person" ("id");`);

    this.addSql(`alter table "hotline_message" add constraint "hotline_message_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "hotline_message" add constraint "hotline_message_report_id_foreign" foreign key ("report_id") references "hotline_report" ("id") on delete cascade;`);
    this.addSql(`alter table "hotline_message" add constraint "hotline_message_author_person_id_foreign" foreign key ("author_person_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "hotline_message" add constraint "hotline_message_author_check" check ("author" in ('reporter', 'staff', 'system'));`);
    this.addSql(`alter table "hotline_message" add constraint "hotline_message_kind_check" check ("kind" in ('acknowledgement', 'message', 'question', 'interim_feedback', 'outcome', 'reporter'));`);

    this.addSql(`alter table "hotline_attachment" add constraint "hotline_attachment_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "hotline_attachment" add constraint "hotline_attachment_report_id_foreign" foreign key ("report_id") references "hotline_report" ("id") on delete cascade;`);
    this.addSql(`alter table "hotline_attachment" add constraint "hotline_attachment_message_id_foreign" foreign key ("message_id") references "hotline_message" ("id") on delete cascade;`);
    this.addSql(`alter table "hotline_attachment" add constraint "hotline_attachment_uploaded_by_check" check ("uploaded_by" in ('reporter', 'staff'));`);

    this.addSql(`alter table "hotline_involved_person" add constraint "hotline_involved_person_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "hotline_involved_person" add constraint "hotline_involved_person_report_id_foreign" foreign key ("report_id") references "hotline_report" ("id") on delete cascade;`);
    this.addSql(`alter table "hotline_involved_person" add constraint "hotline_involved_person_person_id_foreign" foreign key ("person_id") references "person" ("id");`);

    this.addSql(`alter table "hotline_case_assignment" add constraint "hotline_case_assignment_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "hotline_case_assignment" add constraint "hotline_case_assignment_report_id_foreign" foreign key ("report_id") references "hotline_report" ("id") on delete cascade;`);
    this.addSql(`alter table "hotline_case_assignment" add constraint "hotline_case_assignment_investigator_id_foreign" foreign key ("investigator_id") references "person" ("id");`);
    this.addSql(`alter table "hotline_case_assignment" add constraint "hotline_case_assignment_assigned_by_id_foreign" foreign key ("assigned_by_id") references "person" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "hotline_identity_disclosure" drop constraint "hotline_identity_disclosure_report_id_foreign";`);
    this.addSql(`alter table "hotline_recommendation" drop constraint "hotline_recommendation_report_id_foreign";`);
    this.addSql(`alter table "hotline_note" drop constraint "hotline_note_report_id_foreign";`);
    this.addSql(`alter table "hotline_message" drop constraint "hotline_message_report_id_foreign";`);
    this.addSql(`alter table "hotline_attachment" drop constraint "hotline_attachment_report_id_foreign";`);
    this.addSql(`alter table "hotline_involved_person" drop constraint "hotline_involved_person_report_id_foreign";`);
    this.addSql(`alter table "hotline_case_assignment" drop constraint "hotline_case_assignment_report_id_foreign";`);
    this.addSql(`alter table "hotline_attachment" drop constraint "hotline_attachment_message_id_foreign";`);

    this.addSql(`drop table if exists "hotline_settings" cascade;`);
    this.addSql(`drop table if exists "hotline_report" cascade;`);
    this.addSql(`drop table if exists "hotline_identity_disclosure" cascade;`);
    this.addSql(`drop table if exists "hotline_recommendation" cascade;`);
    this.addSql(`drop table if exists "hotline_note" cascade;`);
    this.addSql(`drop table if exists "hotline_message" cascade;`);
    this.addSql(`drop table if exists "hotline_attachment" cascade;`);
    this.addSql(`drop table if exists "hotline_involved_person" cascade;`);
    this.addSql(`drop table if exists "hotline_case_assignment" cascade;`);
  }

}
