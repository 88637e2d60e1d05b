import { Migration } from '@mikro-orm/migrations';

// Training reminders (issue: e-mail before the due date and when overdue): one row per reminder
// queued, unique per enrolment, kind and step so that none goes out twice.
export class Migration20261125130937 extends Migration {

  override name = 'Migration20261125130937';

  override up(): void | Promise<void> {
    this.addSql(`create table "training_reminder" ("id" uuid not null, "organization_id" uuid not null, "enrolment_id" uuid not null, "kind" text not null, "step" int not null, "due_on" date not null, "sent_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "training_reminder" add constraint "training_reminder_enrolment_id_kind_step_unique" unique ("enrolment_id", "kind", "step");`);

    this.addSql(`alter table "training_reminder" add constraint "training_reminder_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "training_reminder" add constraint "training_reminder_enrolment_id_foreign" foreign key ("enrolment_id") references "enrolment" ("id");`);
    this.addSql(`alter table "training_reminder" add constraint "training_reminder_kind_check" check ("kind" in ('due_soon', 'overdue'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "training_reminder" cascade;`);
  }

}
