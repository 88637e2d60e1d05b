import { Migration } from '@mikro-orm/migrations';

// Issue 16 (7): the read model for BI tools. The schema holds the KPI views, which each start
// recreates from the KPI registry (domain/src/kpi/bi), and the table saying which organisations a
// reader's role sees. Only the owner reads the table: a reader is granted the views alone.
export class Migration20261220100000_bi_read_model extends Migration {

  override name = 'Migration20261220100000_bi_read_model';

  override up(): void | Promise<void> {
    this.addSql(`create schema if not exists "adal_bi";`);
    this.addSql(`create table "adal_bi"."reader_grant" ("role_name" text not null, "organization_id" uuid not null, "granted_at" timestamptz not null default now(), primary key ("role_name", "organization_id"));`);
    this.addSql(`alter table "adal_bi"."reader_grant" add constraint "reader_grant_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop schema if exists "adal_bi" cascade;`);
  }

}
