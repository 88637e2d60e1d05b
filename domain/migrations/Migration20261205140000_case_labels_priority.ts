import { Migration } from '@mikro-orm/migrations';

// A hotline case's priority and labels, set by its handlers, and each person's saved queue filters.
export class Migration20261205140000_case_labels_priority extends Migration {

  override name = 'Migration20261205140000_case_labels_priority';

  override up(): void | Promise<void> {
    this.addSql(`alter table "hotline_report" add column "priority" text not null default 'normal', add column "labels" text[] not null default '{}';`);
    this.addSql(`alter table "hotline_report" add constraint "hotline_report_priority_check" check ("priority" in ('low', 'normal', 'high', 'urgent'));`);
    this.addSql(`create index "hotline_report_labels_index" on "hotline_report" using gin ("labels");`);
    this.addSql(`create table "hotline_saved_filter" ("id" uuid not null, "organization_id" uuid not null, "person_id" uuid not null, "name" varchar(100) not null, "filter" jsonb not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "hotline_saved_filter" add constraint "hotline_saved_filter_organization_id_person_id_name_unique" unique ("organization_id", "person_id", "name");`);
    this.addSql(`alter table "hotline_saved_filter" add constraint "hotline_saved_filter_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "hotline_saved_filter" add constraint "hotline_saved_filter_person_id_foreign" foreign key ("person_id") references "person" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "hotline_saved_filter" cascade;`);
    this.addSql(`drop index if exists "hotline_report_labels_index";`);
    this.addSql(`alter table "hotline_report" drop column "priority", drop column "labels";`);
  }

}
