import { Migration } from '@mikro-orm/migrations';

// §29: the first head's yearly event explaining the publication of declaration data is recorded as
// a training session of its own kind, with its attendance.
export class Migration20261209120000_declaration_meeting_session_kind extends Migration {

  override name = 'Migration20261209120000_declaration_meeting_session_kind';

  override up(): void | Promise<void> {
    this.addSql(`alter table "training_session" drop constraint "training_session_kind_check";`);
    this.addSql(`alter table "training_session" add constraint "training_session_kind_check" check ("kind" in ('seminar', 'webinar', 'external_course', 'upskilling', 'declaration_meeting'));`);
  }

  override down(): void | Promise<void> {
    // The meetings cannot stay under a constraint that no longer knows them: they become seminars.
    this.addSql(`update "training_session" set "kind" = 'seminar' where "kind" = 'declaration_meeting';`);
    this.addSql(`alter table "training_session" drop constraint "training_session_kind_check";`);
    this.addSql(`alter table "training_session" add constraint "training_session_kind_check" check ("kind" in ('seminar', 'webinar', 'external_course', 'upskilling'));`);
  }

}
