import { Migration } from '@mikro-orm/migrations';

// §68: the anonymous culture survey: the survey, who was asked and whether they answered
// (participation), and the responses, kept apart from any person and with no time of their own.
export class Migration20261211120000_culture_survey extends Migration {

  override name = 'Migration20261211120000_culture_survey';

  override up(): void | Promise<void> {
    this.addSql(`create table "culture_survey" ("id" uuid not null, "organization_id" uuid not null, "title" jsonb not null, "intro" jsonb not null, "questions" jsonb not null, "audience" text not null, "org_unit_ids" jsonb not null, "opens_on" date not null, "closes_on" date not null, "status" text not null default 'draft', "created_by_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, "opened_at" timestamptz null, "closed_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "culture_survey_organization_id_status_index" on "culture_survey" ("organization_id", "status");`);
    this.addSql(`alter table "culture_survey" add constraint "culture_survey_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "culture_survey" add constraint "culture_survey_created_by_id_foreign" foreign key ("created_by_id") references "person" ("id");`);
    this.addSql(`alter table "culture_survey" add constraint "culture_survey_audience_check" check ("audience" in ('all_employees', 'org_units'));`);
    this.addSql(`alter table "culture_survey" add constraint "culture_survey_status_check" check ("status" in ('draft', 'open', 'closed'));`);

    this.addSql(`create table "culture_survey_participation" ("id" uuid not null, "organization_id" uuid not null, "survey_id" uuid not null, "person_id" uuid not null, "org_unit_id" uuid null, "answered" boolean not null default false, "last_reminded_at" timestamptz null, "reminder_count" int not null default 0, primary key ("id"));`);
    this.addSql(`create index "culture_survey_participation_person_id_index" on "culture_survey_participation" ("person_id");`);
    this.addSql(`alter table "culture_survey_participation" add constraint "culture_survey_participation_survey_id_person_id_unique" unique ("survey_id", "person_id");`);
    this.addSql(`alter table "culture_survey_participation" add constraint "culture_survey_participation_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "culture_survey_participation" add constraint "culture_survey_participation_survey_id_foreign" foreign key ("survey_id") references "culture_survey" ("id");`);
    this.addSql(`alter table "culture_survey_participation" add constraint "culture_survey_participation_person_id_foreign" foreign key ("person_id") references "person" ("id");`);
    this.addSql(`alter table "culture_survey_participation" add constraint "culture_survey_participation_org_unit_id_foreign" foreign key ("org_unit_id") references "org_unit" ("id") on delete set null;`);

    // No person and no timestamp: a response leads back to nobody (see survey.entity.ts).
    this.addSql(`create table "culture_survey_response" ("id" uuid not null, "organization_id" uuid not null, "survey_id" uuid not null, "org_unit_id" uuid null, "answers" jsonb not null, primary key ("id"));`);
    this.addSql(`create index "culture_survey_response_survey_id_index" on "culture_survey_response" ("survey_id");`);
    this.addSql(`alter table "culture_survey_response" add constraint "culture_survey_response_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "culture_survey_response" add constraint "culture_survey_response_survey_id_foreign" foreign key ("survey_id") references "culture_survey" ("id");`);
    this.addSql(`alter table "culture_survey_response" add constraint "culture_survey_response_org_unit_id_foreign" foreign key ("org_unit_id") references "org_unit" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "culture_survey_response" cascade;`);
    this.addSql(`drop table if exists "culture_survey_participation" cascade;`);
    this.addSql(`drop table if exists "culture_survey" cascade;`);
  }

}
