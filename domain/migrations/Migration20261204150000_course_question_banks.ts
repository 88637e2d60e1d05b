import { Migration } from '@mikro-orm/migrations';

// Question banks per course: a pool belongs to a course (the pools made before take the course
// whose test draws from them, or stay without one), a pool can be deleted from its bank, and a
// question can be retired or replaced by an edited copy without changing the attempts that drew
// it.
export class Migration20261204150000_course_question_banks extends Migration {

  override name = 'Migration20261204150000_course_question_banks';

  override up(): void | Promise<void> {
    this.addSql(`alter table "question_pool" add "course_id" uuid null, add "deleted_at" timestamptz null;`);
    this.addSql(`alter table "question_pool" add constraint "question_pool_course_id_foreign" foreign key ("course_id") references "course" ("id") on delete set null;`);
    this.addSql(`update "question_pool" qp set "course_id" = drawn."course_id"
      from (select distinct on (d."pool_id") d."pool_id", ct."course_id"
              from "course_test" ct,
                   lateral (select (e->>'poolId')::uuid as "pool_id" from jsonb_array_elements(ct."draws") e) d
             order by d."pool_id", ct."created_at", ct."id") drawn
      where qp."id" = drawn."pool_id" and qp."course_id" is null;`);
    this.addSql(`alter table "question" add "retired_at" timestamptz null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "question" drop column "retired_at";`);
    this.addSql(`alter table "question_pool" drop constraint "question_pool_course_id_foreign";`);
    this.addSql(`alter table "question_pool" drop column "course_id", drop column "deleted_at";`);
  }

}
