import { Migration } from '@mikro-orm/migrations';

// An answer of an attempt is a row of its own (upserted per attempt and question) instead of a key
// of the attempt's `answers` JSON, which every save rewrote whole: concurrent saves lost answers.
export class Migration20261203075306_attempt_answers extends Migration {

  override name = 'Migration20261203075306_attempt_answers';

  override up(): void | Promise<void> {
    this.addSql(`create table "attempt_answer" ("id" uuid not null, "organization_id" uuid not null, "attempt_id" uuid not null, "question_id" uuid not null, "answer" jsonb not null, "saved_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "attempt_answer" add constraint "attempt_answer_attempt_id_question_id_unique" unique ("attempt_id", "question_id");`);

    this.addSql(`alter table "attempt_answer" add constraint "attempt_answer_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "attempt_answer" add constraint "attempt_answer_attempt_id_foreign" foreign key ("attempt_id") references "attempt" ("id");`);
    this.addSql(`alter table "attempt_answer" add constraint "attempt_answer_question_id_foreign" foreign key ("question_id") references "question" ("id");`);

    // The answers saved so far move over; the time of each save was not kept, the start stands in.
    this.addSql(`insert into "attempt_answer" ("id", "organization_id", "attempt_id", "question_id", "answer", "saved_at")
      select gen_random_uuid(), a."organization_id", a."id", cast(given.key as uuid), given.value, a."started_at"
        from "attempt" a cross join lateral jsonb_each(a."answers") given;`);
    this.addSql(`alter table "attempt" drop column "answers";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "attempt" add "answers" jsonb not null default '{}';`);
    this.addSql(`update "attempt" a set "answers" = saved.answers
      from (select "attempt_id", jsonb_object_agg("question_id", "answer") as answers from "attempt_answer" group by "attempt_id") saved
     where saved."attempt_id" = a."id";`);
    this.addSql(`alter table "attempt" alter column "answers" drop default;`);
    this.addSql(`drop table if exists "attempt_answer" cascade;`);
  }

}
