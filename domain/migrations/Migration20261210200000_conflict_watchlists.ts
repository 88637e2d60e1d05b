import { Migration } from '@mikro-orm/migrations';

// The outside lists the conflict-of-interest matching reads: suppliers' founders and managers, and
// people dismissed for corruption, each loaded whole from a register's export.
export class Migration20261210200000_conflict_watchlists extends Migration {

  override name = 'Migration20261210200000_conflict_watchlists';

  override up(): void | Promise<void> {
    this.addSql(`create table "conflict_watchlist" ("id" uuid not null, "organization_id" uuid not null, "kind" text not null, "filename" varchar(255) not null, "entry_count" int not null, "imported_by_id" uuid not null, "imported_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "conflict_watchlist" add constraint "conflict_watchlist_organization_id_kind_unique" unique ("organization_id", "kind");`);
    this.addSql(`alter table "conflict_watchlist" add constraint "conflict_watchlist_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "conflict_watchlist" add constraint "conflict_watchlist_imported_by_id_foreign" foreign key ("imported_by_id") references "person" ("id");`);
    this.addSql(`alter table "conflict_watchlist" add constraint "conflict_watchlist_kind_check" check ("kind" in ('supplier_people', 'corruption_dismissals'));`);

    this.addSql(`create table "conflict_watchlist_entry" ("id" uuid not null, "organization_id" uuid not null, "watchlist_id" uuid not null, "row" int not null, "full_name" varchar(300) collate "und-x-icu" not null, "iin" varchar(12) null, "birth_date" date null, "bin" varchar(12) null, "company_name" varchar(500) null, "role" text null, "dismissed_on" date null, "employer" varchar(500) null, primary key ("id"));`);
    this.addSql(`create index "conflict_watchlist_entry_organization_id_iin_index" on "conflict_watchlist_entry" ("organization_id", "iin");`);
    this.addSql(`create index "conflict_watchlist_entry_organization_id_bin_index" on "conflict_watchlist_entry" ("organization_id", "bin");`);
    this.addSql(`create index "conflict_watchlist_entry_watchlist_id_index" on "conflict_watchlist_entry" ("watchlist_id");`);
    this.addSql(`alter table "conflict_watchlist_entry" add constraint "conflict_watchlist_entry_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "conflict_watchlist_entry" add constraint "conflict_watchlist_entry_watchlist_id_foreign" foreign key ("watchlist_id") references "conflict_watchlist" ("id") on delete cascade;`);
    this.addSql(`alter table "conflict_watchlist_entry" add constraint "conflict_watchlist_entry_role_check" check ("role" in ('founder', 'manager'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "conflict_watchlist_entry" cascade;`);
    this.addSql(`drop table if exists "conflict_watchlist" cascade;`);
  }

}
