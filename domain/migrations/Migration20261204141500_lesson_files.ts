import { Migration } from '@mikro-orm/migrations';

// §35.4: files an author uploads for lessons (PDF, DOCX, PPTX, video), kept in the database.
export class Migration20261204141500_lesson_files extends Migration {

  override name = 'Migration20261204141500_lesson_files';

  override up(): void | Promise<void> {
    this.addSql(`create table "lesson_file" ("id" uuid not null, "organization_id" uuid not null, "course_id" uuid not null, "file_name" varchar(255) not null, "content_type" varchar(100) not null, "size_bytes" int not null, "data" bytea not null, "uploaded_by_id" uuid null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "lesson_file" add constraint "lesson_file_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "lesson_file" add constraint "lesson_file_course_id_foreign" foreign key ("course_id") references "course" ("id");`);
    this.addSql(`alter table "lesson_file" add constraint "lesson_file_uploaded_by_id_foreign" foreign key ("uploaded_by_id") references "person" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "lesson_file" cascade;`);
  }

}
