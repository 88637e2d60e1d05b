import { Migration } from '@mikro-orm/migrations';

// §14: the quarterly analysis of conflicts of interest, and the memo that opens IINs to it in a state body.
export class Migration20261208110100_conflict_quarterly_analysis extends Migration {

  override name = 'Migration20261208110100_conflict_quarterly_analysis';

  override up(): void | Promise<void> {
    this.addSql(`create table "conflict_quarterly_analysis" ("id" uuid not null, "organization_id" uuid not null, "quarter" varchar(7) not null, "memo_number" varchar(60) null, "memo_date" date null, "first_head_consent_id" uuid null, "security_officer_consent_id" uuid null, "memo_recorded_by_id" uuid null, "memo_recorded_at" timestamptz null, "reviewed_by_id" uuid null, "reviewed_at" timestamptz null, "matches_reviewed" int null, "findings" text null, primary key ("id"));`);
    this.addSql(`alter table "conflict_quarterly_analysis" add constraint "conflict_quarterly_analysis_organization_id_quarter_unique" unique ("organization_id", "quarter");`);
    for (const [column, table] of [
      ['organization_id', 'organization'],
      ['first_head_consent_id', 'person'],
      ['security_officer_consent_id', 'person'],
      ['memo_recorded_by_id', 'person'],
      ['reviewed_by_id', 'person'],
    ] as const) {
      this.addSql(`alter table "conflict_quarterly_analysis" add constraint "conflict_quarterly_analysis_${column}_foreign" foreign key ("${column}") references "${table}" ("id");`);
    }
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "conflict_quarterly_analysis" cascade;`);
  }

}
