import { Migration } from '@mikro-orm/migrations';

// A person flags questions of an open attempt to come back to (a row per flagged question, so a
// reload or another device shows them), and the lessons a person has done are recorded per course
// version; a test can ask for every lesson before an attempt starts.
export class Migration20261204111000_quiz_flags_and_lesson_progress extends Migration {

  override name = 'Migration20261204111000_quiz_flags_and_lesson_progress';

  override up(): void | Promise<void> {
    this.addSql(`create table "attempt_flag" ("id" uuid not null, "organization_id" uuid not null, "attempt_id" uuid not null, "question_id" uuid not null, "flagged_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "attempt_flag" add constraint "attempt_flag_attempt_id_question_id_unique" unique ("attempt_id", "question_id");`);
    this.addSql(`alter table "attempt_flag" add constraint "attempt_flag_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "attempt_flag" add constraint "attempt_flag_attempt_id_foreign" foreign key ("attempt_id") references "attempt" ("id");`);
    this.addSql(`alter table "attempt_flag" add constraint "attempt_flag_question_id_foreign" foreign key ("question_id") references "question" ("id");`);

    this.addSql(`create table "lesson_progress" ("id" uuid not null, "organization_id" uuid not null, "person_id" uuid not null, "course_version_id" uuid not null, "lesson_id" uuid not null, "done_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "lesson_progress" add constraint "lesson_progress_person_id_course_version_id_lesson_id_unique" unique ("person_id", "course_version_id", "lesson_id");`);
    this.addSql(`alter table "lesson_progress" add constraint "lesson_progress_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "lesson_progress" add constraint "lesson_progress_person_id_foreign" foreign key ("person_id") references "person" ("id");`);
    this.addSql(`alter table "lesson_progress" add constraint "lesson_progress_course_version_id_foreign" foreign key ("course_version_id") references "course_version" ("id");`);

    this.addSql(`alter table "course_test" add "lessons_required_before_test" boolean not null default false;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "course_test" drop column "lessons_required_before_test";`);
    this.addSql(`drop table if exists "lesson_progress" cascade;`);
    this.addSql(`drop table if exists "attempt_flag" cascade;`);
  }

}
