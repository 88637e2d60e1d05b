import { Migration } from '@mikro-orm/migrations';

// Assignments that change: their history, withdrawn enrolments, due dates extended per person,
// and reminders sent at once by a training administrator.
export class Migration20261204100000_assignment_changes extends Migration {

  override name = 'Migration20261204100000_assignment_changes';

  override up(): void | Promise<void> {
    this.addSql(`create table "assignment_change" ("id" uuid not null, "organization_id" uuid not null, "assignment_id" uuid not null, "kind" text not null, "changed_by_id" uuid null, "changed_at" timestamptz not null, "before" jsonb not null, "after" jsonb not null, primary key ("id"));`);
    this.addSql(`create index "assignment_change_assignment_id_changed_at_index" on "assignment_change" ("assignment_id", "changed_at");`);
    this.addSql(`alter table "enrolment" add "extended_from" date null, add "withdrawn_at" timestamptz null;`);
    this.addSql(`alter table "training_reminder" drop constraint "training_reminder_kind_check";`);
    this.addSql(`alter table "training_reminder" add constraint "training_reminder_kind_check" check ("kind" in ('due_soon', 'overdue', 'manual'));`);
    this.addSql(`alter table "assignment_change" add constraint "assignment_change_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "assignment_change" add constraint "assignment_change_assignment_id_foreign" foreign key ("assignment_id") references "assignment" ("id");`);
    this.addSql(`alter table "assignment_change" add constraint "assignment_change_changed_by_id_foreign" foreign key ("changed_by_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "assignment_change" add constraint "assignment_change_kind_check" check ("kind" in ('edited', 'extended', 'deactivated', 'reminded'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "assignment_change" cascade;`);
    this.addSql(`alter table "enrolment" drop column "extended_from", drop column "withdrawn_at";`);
    this.addSql(`alter table "training_reminder" drop constraint "training_reminder_kind_check";`);
    this.addSql(`alter table "training_reminder" add constraint "training_reminder_kind_check" check ("kind" in ('due_soon', 'overdue'));`);
  }

}
