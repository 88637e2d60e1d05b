import { Migration } from '@mikro-orm/migrations';

// Declarations (§12–§30, §72): the HR officer and the ethics commissioner become roles of their own,
// and the two things every declaration shares — the person's related persons, kept once, and the
// conflict-of-interest register every source opens entries in.
export class Migration20261208100000_declarations_foundation extends Migration {

  override name = 'Migration20261208100000_declarations_foundation';

  override up(): void | Promise<void> {
    this.addSql(`create table "related_person" ("id" uuid not null, "organization_id" uuid not null, "person_id" uuid not null, "relation" text not null, "full_name" varchar(300) collate "und-x-icu" not null, "iin" varchar(12) null, "birth_date" date null, "workplace" varchar(500) null, "workplace_bin" varchar(12) null, "job_title" varchar(300) null, "note" text null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "removed_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "related_person_organization_id_person_id_index" on "related_person" ("organization_id", "person_id");`);
    this.addSql(`create index "related_person_organization_id_iin_index" on "related_person" ("organization_id", "iin");`);
    this.addSql(`create table "conflict_register_entry" ("id" uuid not null, "organization_id" uuid not null, "person_id" uuid not null, "source" text not null, "source_id" uuid null, "related_person_id" uuid null, "counterparty" varchar(500) null, "description" text not null, "identified_on" date not null, "status" text not null default 'open', "measures" text null, "settled_on" date null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "conflict_register_entry_organization_id_identified_on_index" on "conflict_register_entry" ("organization_id", "identified_on");`);
    this.addSql(`create index "conflict_register_entry_organization_id_person_id_index" on "conflict_register_entry" ("organization_id", "person_id");`);
    this.addSql(`alter table "conflict_register_entry" add constraint "conflict_register_entry_source_source_id_unique" unique ("source", "source_id");`);
    this.addSql(`alter table "assignment" drop constraint "assignment_role_check";`);
    this.addSql(`alter table "assignment" add constraint "assignment_role_check" check ("role" in ('employee', 'training_admin', 'compliance_officer', 'compliance_head', 'first_head', 'board_member', 'hotline_investigator', 'auditor', 'org_admin', 'hr_officer', 'ethics_commissioner'));`);
    this.addSql(`alter table "role_grant" drop constraint "role_grant_role_check";`);
    this.addSql(`alter table "role_grant" add constraint "role_grant_role_check" check ("role" in ('employee', 'training_admin', 'compliance_officer', 'compliance_head', 'first_head', 'board_member', 'hotline_investigator', 'auditor', 'org_admin', 'hr_officer', 'ethics_commissioner'));`);
    this.addSql(`alter table "related_person" add constraint "related_person_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "related_person" add constraint "related_person_person_id_foreign" foreign key ("person_id") references "person" ("id");`);
    this.addSql(`alter table "related_person" add constraint "related_person_relation_check" check ("relation" in ('parent', 'child', 'adoptive_parent', 'adopted_child', 'sibling_full', 'sibling_half', 'grandparent', 'grandchild', 'spouse', 'spouse_sibling_full', 'spouse_sibling_half', 'spouse_parent', 'spouse_child', 'dependant', 'friend', 'classmate', 'former_business_partner', 'colleague', 'other_linked'));`);
    this.addSql(`alter table "conflict_register_entry" add constraint "conflict_register_entry_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "conflict_register_entry" add constraint "conflict_register_entry_person_id_foreign" foreign key ("person_id") references "person" ("id");`);
    this.addSql(`alter table "conflict_register_entry" add constraint "conflict_register_entry_related_person_id_foreign" foreign key ("related_person_id") references "related_person" ("id") on delete set null;`);
    this.addSql(`alter table "conflict_register_entry" add constraint "conflict_register_entry_source_check" check ("source" in ('notification', 'campaign', 'quarterly_analysis', 'audit', 'hotline'));`);
    this.addSql(`alter table "conflict_register_entry" add constraint "conflict_register_entry_status_check" check ("status" in ('open', 'settled', 'no_conflict'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "conflict_register_entry" cascade;`);
    this.addSql(`drop table if exists "related_person" cascade;`);
    this.addSql(`delete from "role_grant" where "role" in ('hr_officer', 'ethics_commissioner');`);
    this.addSql(`alter table "role_grant" drop constraint "role_grant_role_check";`);
    this.addSql(`alter table "role_grant" add constraint "role_grant_role_check" check ("role" in ('employee', 'training_admin', 'compliance_officer', 'compliance_head', 'first_head', 'board_member', 'hotline_investigator', 'auditor', 'org_admin'));`);
    this.addSql(`alter table "assignment" drop constraint "assignment_role_check";`);
    this.addSql(`alter table "assignment" add constraint "assignment_role_check" check ("role" in ('employee', 'training_admin', 'compliance_officer', 'compliance_head', 'first_head', 'board_member', 'hotline_investigator', 'auditor', 'org_admin'));`);
  }

}
