import { Migration } from '@mikro-orm/migrations';

// §5.3, §5.4, §68: training sessions held in person or online, and who attended them.
export class Migration20261203174500_training_sessions extends Migration {

  override name = 'Migration20261203174500_training_sessions';

  override up(): void | Promise<void> {
    this.addSql(`create table "training_session" ("id" uuid not null, "organization_id" uuid not null, "kind" text not null, "topic" jsonb not null, "planned_on" date not null, "held_on" date null, "status" text not null, "trainer" varchar(300) not null, "duration_minutes" int not null, "knowledge_check" boolean not null default false, "materials" jsonb not null, "created_by_id" uuid null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "training_session_organization_id_planned_on_index" on "training_session" ("organization_id", "planned_on");`);
    this.addSql(`create table "session_attendance" ("id" uuid not null, "organization_id" uuid not null, "session_id" uuid not null, "person_id" uuid not null, "status" text not null, "reason" text null, "score_percent" int null, "recorded_by_id" uuid null, "recorded_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "session_attendance_person_id_index" on "session_attendance" ("person_id");`);
    this.addSql(`alter table "session_attendance" add constraint "session_attendance_session_id_person_id_unique" unique ("session_id", "person_id");`);
    this.addSql(`alter table "training_session" add constraint "training_session_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "training_session" add constraint "training_session_created_by_id_foreign" foreign key ("created_by_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "training_session" add constraint "training_session_kind_check" check ("kind" in ('seminar', 'webinar', 'external_course', 'upskilling'));`);
    this.addSql(`alter table "training_session" add constraint "training_session_status_check" check ("status" in ('planned', 'held', 'cancelled'));`);
    this.addSql(`alter table "session_attendance" add constraint "session_attendance_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "session_attendance" add constraint "session_attendance_session_id_foreign" foreign key ("session_id") references "training_session" ("id");`);
    this.addSql(`alter table "session_attendance" add constraint "session_attendance_person_id_foreign" foreign key ("person_id") references "person" ("id");`);
    this.addSql(`alter table "session_attendance" add constraint "session_attendance_recorded_by_id_foreign" foreign key ("recorded_by_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "session_attendance" add constraint "session_attendance_status_check" check ("status" in ('attended', 'absent'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "session_attendance" cascade;`);
    this.addSql(`drop table if exists "training_session" cascade;`);
  }

}
