import { Migration } from '@mikro-orm/migrations';

// Acknowledgement alerts of the hotline (§69: first feedback within 24 hours), one per case and kind.
export class Migration20261125161921_hotline_alerts extends Migration {

  override name = 'Migration20261125161921_hotline_alerts';

  override up(): void | Promise<void> {
    this.addSql(`create table "hotline_alert" ("id" uuid not null, "organization_id" uuid not null, "report_id" uuid not null, "kind" text not null, "acknowledge_by" timestamptz not null, "sent_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "hotline_alert" add constraint "hotline_alert_report_id_kind_unique" unique ("report_id", "kind");`);

    this.addSql(`alter table "hotline_alert" add constraint "hotline_alert_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "hotline_alert" add constraint "hotline_alert_report_id_foreign" foreign key ("report_id") references "hotline_report" ("id") on delete cascade;`);
    this.addSql(`alter table "hotline_alert" add constraint "hotline_alert_kind_check" check ("kind" in ('due_soon', 'overdue'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "hotline_alert" cascade;`);
  }

}
