import { Migration } from '@mikro-orm/migrations';

// §69, §74: KPI views composed by the compliance service — their saved versions, who they are
// shared with, the period's commentary on each widget, and the compliance head's sign-offs.
export class Migration20261220090000_kpi_views extends Migration {

  override name = 'Migration20261220090000_kpi_views';

  override up(): void | Promise<void> {
    this.addSql(`create table "kpi_view" ("id" uuid not null, "organization_id" uuid not null, "owner_id" uuid not null, "title" varchar(200) not null, "filters" jsonb not null, "widgets" jsonb not null, "version" int not null, "shared_roles" jsonb not null, "schedule" jsonb null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "deleted_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create table "kpi_widget_comment" ("id" uuid not null, "organization_id" uuid not null, "view_id" uuid not null, "widget_id" varchar(40) not null, "period_key" varchar(40) not null, "text" text not null, "author_id" uuid not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "kpi_widget_comment" add constraint "kpi_widget_comment_view_id_widget_id_period_key_unique" unique ("view_id", "widget_id", "period_key");`);
    this.addSql(`create table "kpi_view_version" ("id" uuid not null, "organization_id" uuid not null, "view_id" uuid not null, "version" int not null, "title" varchar(200) not null, "filters" jsonb not null, "widgets" jsonb not null, "saved_by_id" uuid not null, "saved_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "kpi_view_version" add constraint "kpi_view_version_view_id_version_unique" unique ("view_id", "version");`);
    this.addSql(`create table "kpi_view_sign_off" ("id" uuid not null, "organization_id" uuid not null, "view_id" uuid not null, "period_key" varchar(40) not null, "view_version" int not null, "figures" jsonb not null, "signed_by_id" uuid not null, "signed_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "kpi_view_sign_off" add constraint "kpi_view_sign_off_view_id_period_key_unique" unique ("view_id", "period_key");`);
    this.addSql(`create table "kpi_view_share" ("id" uuid not null, "organization_id" uuid not null, "view_id" uuid not null, "person_id" uuid not null, primary key ("id"));`);
    this.addSql(`alter table "kpi_view_share" add constraint "kpi_view_share_view_id_person_id_unique" unique ("view_id", "person_id");`);
    this.addSql(`alter table "kpi_view" add constraint "kpi_view_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "kpi_view" add constraint "kpi_view_owner_id_foreign" foreign key ("owner_id") references "person" ("id");`);
    this.addSql(`alter table "kpi_widget_comment" add constraint "kpi_widget_comment_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "kpi_widget_comment" add constraint "kpi_widget_comment_view_id_foreign" foreign key ("view_id") references "kpi_view" ("id");`);
    this.addSql(`alter table "kpi_widget_comment" add constraint "kpi_widget_comment_author_id_foreign" foreign key ("author_id") references "person" ("id");`);
    this.addSql(`alter table "kpi_view_version" add constraint "kpi_view_version_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "kpi_view_version" add constraint "kpi_view_version_view_id_foreign" foreign key ("view_id") references "kpi_view" ("id");`);
    this.addSql(`alter table "kpi_view_version" add constraint "kpi_view_version_saved_by_id_foreign" foreign key ("saved_by_id") references "person" ("id");`);
    this.addSql(`alter table "kpi_view_sign_off" add constraint "kpi_view_sign_off_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "kpi_view_sign_off" add constraint "kpi_view_sign_off_view_id_foreign" foreign key ("view_id") references "kpi_view" ("id");`);
    this.addSql(`alter table "kpi_view_sign_off" add constraint "kpi_view_sign_off_signed_by_id_foreign" foreign key ("signed_by_id") references "person" ("id");`);
    this.addSql(`alter table "kpi_view_share" add constraint "kpi_view_share_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "kpi_view_share" add constraint "kpi_view_share_view_id_foreign" foreign key ("view_id") references "kpi_view" ("id");`);
    this.addSql(`alter table "kpi_view_share" add constraint "kpi_view_share_person_id_foreign" foreign key ("person_id") references "person" ("id");`);
    this.addSql(`create index "kpi_view_organization_id_owner_id_index" on "kpi_view" ("organization_id", "owner_id") where "deleted_at" is null;`);
    this.addSql(`create index "kpi_view_share_person_id_index" on "kpi_view_share" ("person_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "kpi_view_share" cascade;`);
    this.addSql(`drop table if exists "kpi_view_sign_off" cascade;`);
    this.addSql(`drop table if exists "kpi_view_version" cascade;`);
    this.addSql(`drop table if exists "kpi_widget_comment" cascade;`);
    this.addSql(`drop table if exists "kpi_view" cascade;`);
  }

}
