import { Migration } from '@mikro-orm/migrations';

// The quarterly hotline reports for the first head and the board (§69, §60.4), their figures frozen.
export class Migration20261205150000_hotline_quarterly_reports extends Migration {

  override name = 'Migration20261205150000_hotline_quarterly_reports';

  override up(): void | Promise<void> {
    this.addSql(`create table "hotline_quarterly_report" ("id" uuid not null, "organization_id" uuid not null, "quarter" varchar(7) not null, "generated_at" timestamptz not null, "generated_by_id" uuid null, "figures" jsonb not null, primary key ("id"));`);
    this.addSql(`create index "hotline_quarterly_report_organization_id_quarter_index" on "hotline_quarterly_report" ("organization_id", "quarter");`);

    this.addSql(`alter table "hotline_quarterly_report" add constraint "hotline_quarterly_report_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "hotline_quarterly_report" add constraint "hotline_quarterly_report_generated_by_id_foreign" foreign key ("generated_by_id") references "person" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "hotline_quarterly_report" cascade;`);
  }

}
