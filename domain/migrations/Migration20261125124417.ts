import { Migration } from '@mikro-orm/migrations';

export class Migration20261125124417 extends Migration {

  override name = 'Migration20261125124417';

  override up(): void | Promise<void> {
    this.addSql(`create table "audit_chain_head" ("organization_id" uuid not null, "last_seq" int not null, "last_hash" varchar(64) not null, primary key ("organization_id"));`);

    this.addSql(`create table "organization" ("id" uuid not null, "name" varchar(500) not null, "short_name" varchar(200) null, "bin" varchar(12) null, "kind" text not null, "parent_id" uuid null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "organization" add constraint "organization_bin_unique" unique ("bin");`);
    this.addSql(`alter table "organization" add constraint "organization_kind_check" check ("kind" in ('state_body', 'quasi_public', 'private'));`);

    this.addSql(`create table "audit_event" ("id" uuid not null, "organization_id" uuid not null, "seq" int not null, "at" timestamptz not null, "actor_person_id" uuid null, "action" varchar(100) not null, "entity_type" varchar(100) not null, "entity_id" varchar(100) not null, "data" jsonb not null, "prev_hash" varchar(64) not null, "hash" varchar(64) not null, primary key ("id"));`);
    this.addSql(`alter table "audit_event" add constraint "audit_event_organization_id_seq_unique" unique ("organization_id", "seq");`);

    this.addSql(`create table "org_unit" ("id" uuid not null, "organization_id" uuid not null, "parent_id" uuid null, "path" text not null, "name" varchar(300) not null, "code" varchar(50) null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "org_unit_path_index" on "org_unit" ("path");`);

    this.addSql(`create table "position" ("id" uuid not null, "organization_id" uuid not null, "title" varchar(300) not null, "exposed_to_corruption_risk" boolean not null default false, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "position" add constraint "position_organization_id_title_unique" unique ("organization_id", "title");`);

    this.addSql(`create table "person" ("id" uuid not null, "organization_id" uuid not null, "full_name" varchar(300) not null, "email" varchar(320) not null, "iin" varchar(12) null, "locale" text not null default 'kk', "org_unit_id" uuid not null, "position_id" uuid null, "manager_id" uuid null, "hired_at" date null, "active" boolean not null default true, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "person" add constraint "person_organization_id_email_unique" unique ("organization_id", "email");`);
    this.addSql(`alter table "person" add constraint "person_locale_check" check ("locale" in ('kk', 'ru', 'en'));`);

    this.addSql(`create table "role_grant" ("id" uuid not null, "organization_id" uuid not null, "person_id" uuid not null, "role" text not null, "granted_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "role_grant" add constraint "role_grant_person_id_organization_id_role_unique" unique ("person_id", "organization_id", "role");`);
    this.addSql(`alter table "role_grant" add constraint "role_grant_role_check" check ("role" in ('employee', 'training_admin', 'compliance_officer', 'compliance_head', 'first_head', 'hotline_investigator', 'auditor', 'org_admin'));`);

    this.addSql(`alter table "organization" add constraint "organization_parent_id_foreign" foreign key ("parent_id") references "organization" ("id") on delete set null;`);

    this.addSql(`alter table "audit_event" add constraint "audit_event_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);

    this.addSql(`alter table "org_unit" add constraint "org_unit_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "org_unit" add constraint "org_unit_parent_id_foreign" foreign key ("parent_id") references "org_unit" ("id") on delete set null;`);

    this.addSql(`alter table "position" add constraint "position_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);

    this.addSql(`alter table "person" add constraint "person_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "person" add constraint "person_org_unit_id_foreign" foreign key ("org_unit_id") references "org_unit" ("id");`);
    this.addSql(`alter table "person" add constraint "person_position_id_foreign" foreign key ("position_id") references "position" ("id") on delete set null;`);
    this.addSql(`alter table "person" add constraint "person_manager_id_foreign" foreign key ("manager_id") references "person" ("id") on delete set null;`);

    this.addSql(`alter table "role_grant" add constraint "role_grant_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "role_grant" add constraint "role_grant_person_id_foreign" foreign key ("person_id") references "person" ("id");`);
  }

}
