import { Migration } from '@mikro-orm/migrations';

// §35.4: a course is authored in a draft that is saved as the author types and published as a
// new version while people finish the one they started. The draft holds the course's texts
// (with whom the course is for), a revision counts its saves so that two authors never
// overwrite each other, and a published version keeps the test's settings it was taken under.
export class Migration20261204140000_course_drafts extends Migration {

  override name = 'Migration20261204140000_course_drafts';

  override up(): void | Promise<void> {
    this.addSql(`alter table "course" add "audience_hint" jsonb null, add "revision" int not null default 0;`);
    this.addSql(`alter table "course_version" add "details" jsonb null, add "test" jsonb null, add "saved_by_id" uuid null, add "saved_at" timestamptz null;`);
    this.addSql(`alter table "course_version" add constraint "course_version_saved_by_id_foreign" foreign key ("saved_by_id") references "person" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "course_version" drop constraint "course_version_saved_by_id_foreign";`);
    this.addSql(`alter table "course_version" drop column "details", drop column "test", drop column "saved_by_id", drop column "saved_at";`);
    this.addSql(`alter table "course" drop column "audience_hint", drop column "revision";`);
  }

}
