import { Migration } from '@mikro-orm/migrations';

// §72: declaration campaigns for the five groups and each declarant's declaration.
export class Migration20261208120000_declaration_campaigns extends Migration {

  override name = 'Migration20261208120000_declaration_campaigns';

  override up(): void | Promise<void> {
    this.addSql(`create table "declaration_campaign" ("id" uuid not null, "organization_id" uuid not null, "title" jsonb not null, "kind" text check ("kind" in ('yearly', 'ad_hoc')) not null, "group" text check ("group" in ('all_employees', 'new_hires', 'commission_members', 'potential_suppliers', 'management')) not null, "org_unit_id" uuid null, "procurement_reference" varchar(200) null, "hired_from" date null, "hired_to" date null, "questions" jsonb not null, "deadline" date not null, "status" text check ("status" in ('open', 'closed')) not null default 'open', "launched_by_id" uuid not null, "launched_at" timestamptz not null, "closed_at" timestamptz null, primary key ("id"));`);
    this.addSql(`alter table "declaration_campaign" add constraint "declaration_campaign_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "declaration_campaign" add constraint "declaration_campaign_org_unit_id_foreign" foreign key ("org_unit_id") references "org_unit" ("id") on delete set null;`);
    this.addSql(`alter table "declaration_campaign" add constraint "declaration_campaign_launched_by_id_foreign" foreign key ("launched_by_id") references "person" ("id");`);
    this.addSql(`create index "declaration_campaign_organization_id_status_index" on "declaration_campaign" ("organization_id", "status");`);

    this.addSql(`create table "campaign_declaration" ("id" uuid not null, "organization_id" uuid not null, "campaign_id" uuid not null, "person_id" uuid null, "org_unit_id" uuid null, "supplier_name" varchar(300) null, "supplier_bin" varchar(12) null, "link_token_hash" varchar(64) null, "due_on" date not null, "answers" jsonb null, "declared_interest" boolean not null default false, "ethics_code_acknowledged_at" timestamptz null, "submitted_at" timestamptz null, "last_reminded_at" timestamptz null, "reminder_count" int not null default 0, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "campaign_declaration" add constraint "campaign_declaration_link_token_hash_unique" unique ("link_token_hash");`);
    this.addSql(`alter table "campaign_declaration" add constraint "campaign_declaration_campaign_id_person_id_unique" unique ("campaign_id", "person_id");`);
    this.addSql(`create index "campaign_declaration_person_id_index" on "campaign_declaration" ("person_id");`);
    this.addSql(`alter table "campaign_declaration" add constraint "campaign_declaration_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "campaign_declaration" add constraint "campaign_declaration_campaign_id_foreign" foreign key ("campaign_id") references "declaration_campaign" ("id");`);
    this.addSql(`alter table "campaign_declaration" add constraint "campaign_declaration_person_id_foreign" foreign key ("person_id") references "person" ("id");`);
    this.addSql(`alter table "campaign_declaration" add constraint "campaign_declaration_org_unit_id_foreign" foreign key ("org_unit_id") references "org_unit" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "campaign_declaration" cascade;`);
    this.addSql(`drop table if exists "declaration_campaign" cascade;`);
  }

}
