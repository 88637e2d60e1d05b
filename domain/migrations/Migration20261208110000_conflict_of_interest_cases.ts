import { Migration } from '@mikro-orm/migrations';

// §15: conflict-of-interest notifications and their steps (forward, conclude, decide, transfer).
export class Migration20261208110000_conflict_of_interest_cases extends Migration {

  override name = 'Migration20261208110000_conflict_of_interest_cases';

  override up(): void | Promise<void> {
    this.addSql(`create table "conflict_of_interest_case" ("id" uuid not null, "organization_id" uuid not null, "number" varchar(20) not null, "notifier_id" uuid not null, "related_person_id" uuid null, "related_person_name" varchar(300) not null, "relation_kind" varchar(60) null, "related_employee_id" uuid null, "counterparty" varchar(300) not null, "matter" text not null, "decision_at_stake" text not null, "typical_case" text check ("typical_case" in ('c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7')) null, "status" text check ("status" in ('awaiting_forward', 'awaiting_conclusion', 'awaiting_decision', 'awaiting_transfer', 'settled')) not null, "notified_at" timestamptz not null, "notified_on" date not null, "forward_owner_id" uuid null, "forward_due_on" date null, "forwarded_on" date null, "forwarded_by_id" uuid null, "conclude_due_on" date null, "concluded_on" date null, "concluded_by_id" uuid null, "conflict_found" boolean null, "conclusion" text null, "identified_on" date null, "deputy_id" uuid null, "decide_due_on" date null, "decided_on" date null, "decided_by_id" uuid null, "measures" jsonb null, "decision_note" text null, "referral" text check ("referral" in ('anti_corruption_agency', 'relevant_authorised_body')) null, "transfer_due_on" date null, "transferred_on" date null, "transfer_note" text null, "settled_on" date null, "settled_in_time" boolean null, "overdue_notices" jsonb not null default '[]', "register_entry_id" uuid null, primary key ("id"));`);
    this.addSql(`alter table "conflict_of_interest_case" add constraint "conflict_of_interest_case_organization_id_number_unique" unique ("organization_id", "number");`);
    this.addSql(`create index "conflict_of_interest_case_organization_id_status_index" on "conflict_of_interest_case" ("organization_id", "status");`);
    this.addSql(`create index "conflict_of_interest_case_notifier_id_index" on "conflict_of_interest_case" ("notifier_id");`);
    for (const [column, table] of [
      ['organization_id', 'organization'],
      ['notifier_id', 'person'],
      ['related_employee_id', 'person'],
      ['forward_owner_id', 'person'],
      ['forwarded_by_id', 'person'],
      ['concluded_by_id', 'person'],
      ['deputy_id', 'person'],
      ['decided_by_id', 'person'],
    ] as const) {
      this.addSql(`alter table "conflict_of_interest_case" add constraint "conflict_of_interest_case_${column.replace(/_id$/, '')}_id_foreign" foreign key ("${column}") references "${table}" ("id");`);
    }
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "conflict_of_interest_case" cascade;`);
  }

}
