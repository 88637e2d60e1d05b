import { Migration } from '@mikro-orm/migrations';

// Custom questions per category on the hotline's intake form; each report seals the questions it
// was filed with, and their answers, beside its content.
export class Migration20261205130000_intake_questions extends Migration {

  override name = 'Migration20261205130000_intake_questions';

  override up(): void | Promise<void> {
    this.addSql(`create table "hotline_intake_question" ("id" uuid not null, "organization_id" uuid not null, "category" text check ("category" in ('policy_violation', 'law_violation', 'criminal_offence', 'corruption', 'reporting_transparency', 'conflict_of_interest', 'other')) not null, "kind" text check ("kind" in ('short_text', 'long_text', 'single_choice', 'multiple_choice', 'date', 'yes_no')) not null, "texts" jsonb not null, "options" jsonb not null, "required" boolean not null, "position" int not null, "retired_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "hotline_intake_question_organization_id_category_position_index" on "hotline_intake_question" ("organization_id", "category", "position");`);
    this.addSql(`alter table "hotline_intake_question" add constraint "hotline_intake_question_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "hotline_report" add "answers_sealed" bytea null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "hotline_report" drop column "answers_sealed";`);
    this.addSql(`drop table if exists "hotline_intake_question" cascade;`);
  }

}
