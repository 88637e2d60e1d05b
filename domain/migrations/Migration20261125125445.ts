import { Migration } from '@mikro-orm/migrations';

// The training context (§5.3, §19, §32–§35, §68): courses and versions, question banks,
// tests, attempts, certificates, assignments and enrolments.
export class Migration20261125125445 extends Migration {

  override name = 'Migration20261125125445';

  override up(): void | Promise<void> {
    this.addSql(`create table "course" ("id" uuid not null, "organization_id" uuid not null, "topic" text not null, "title" jsonb not null, "description" jsonb not null, "created_at" timestamptz not null, primary key ("id"));`);

    this.addSql(`create table "course_version" ("id" uuid not null, "organization_id" uuid not null, "course_id" uuid not null, "number" int not null, "status" text not null default 'draft', "lessons" jsonb not null, "published_at" timestamptz null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "course_version" add constraint "course_version_course_id_number_unique" unique ("course_id", "number");`);

    this.addSql(`create table "course_test" ("id" uuid not null, "organization_id" uuid not null, "course_id" uuid not null, "draws" jsonb not null, "shuffle" boolean not null default true, "time_limit_minutes" int null, "max_attempts" int not null default 3, "pass_mark" int not null default 60, "review_allowed" boolean not null default true, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "course_test" add constraint "course_test_course_id_unique" unique ("course_id");`);

    this.addSql(`create table "attempt" ("id" uuid not null, "organization_id" uuid not null, "person_id" uuid not null, "test_id" uuid not null, "course_version_id" uuid not null, "number" int not null, "status" text not null default 'open', "questions" jsonb not null, "answers" jsonb not null, "started_at" timestamptz not null, "deadline" timestamptz null, "submitted_at" timestamptz null, "score_percent" numeric(5,2) null, "passed" boolean null, "pass_mark" int not null, "wrong_question_ids" jsonb null, primary key ("id"));`);
    this.addSql(`create index "attempt_person_id_test_id_index" on "attempt" ("person_id", "test_id");`);

    this.addSql(`create table "certificate" ("id" uuid not null, "organization_id" uuid not null, "attempt_id" uuid not null, "person_id" uuid not null, "course_id" uuid not null, "verification_code" varchar(20) not null, "score_percent" numeric(5,2) not null, "issued_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "certificate" add constraint "certificate_attempt_id_unique" unique ("attempt_id");`);
    this.addSql(`alter table "certificate" add constraint "certificate_verification_code_unique" unique ("verification_code");`);

    this.addSql(`create table "assignment" ("id" uuid not null, "organization_id" uuid not null, "course_id" uuid not null, "audience" text not null, "org_unit_ids" jsonb not null, "role" text null, "new_hire_days" int null, "due_on" date not null, "recurrence" text not null, "active" boolean not null default true, "created_by_id" uuid null, "created_at" timestamptz not null, primary key ("id"));`);

    this.addSql(`create table "enrolment" ("id" uuid not null, "organization_id" uuid not null, "assignment_id" uuid not null, "person_id" uuid not null, "course_id" uuid not null, "window_start" timestamptz null, "due_on" date not null, "enrolled_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "enrolment_person_id_course_id_index" on "enrolment" ("person_id", "course_id");`);
    this.addSql(`create index "enrolment_course_id_index" on "enrolment" ("course_id");`);
    this.addSql(`alter table "enrolment" add constraint "enrolment_assignment_id_person_id_due_on_unique" unique ("assignment_id", "person_id", "due_on");`);

    this.addSql(`create table "question_pool" ("id" uuid not null, "organization_id" uuid not null, "topic" text not null, "title" jsonb not null, "created_at" timestamptz not null, primary key ("id"));`);

    this.addSql(`create table "question" ("id" uuid not null, "organization_id" uuid not null, "pool_id" uuid not null, "kind" text not null, "text" jsonb not null, "options" jsonb not null, "matches" jsonb null, "answer_key" jsonb not null, "created_at" timestamptz not null, primary key ("id"));`);

    this.addSql(`alter table "course" add constraint "course_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "course" add constraint "course_topic_check" check ("topic" in ('general', 'conflict_of_interest', 'gifts', 'procurement', 'hr', 'middle_managers', 'hotline', 'code_of_ethics', 'sponsorship_charity', 'induction'));`);

    this.addSql(`alter table "course_version" add constraint "course_version_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "course_version" add constraint "course_version_course_id_foreign" foreign key ("course_id") references "course" ("id");`);
    this.addSql(`alter table "course_version" add constraint "course_version_status_check" check ("status" in ('draft', 'published', 'retired'));`);

    this.addSql(`alter table "course_test" add constraint "course_test_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "course_test" add constraint "course_test_course_id_foreign" foreign key ("course_id") references "course" ("id");`);

    this.addSql(`alter table "attempt" add constraint "attempt_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "attempt" add constraint "attempt_person_id_foreign" foreign key ("person_id") references "person" ("id");`);
    this.addSql(`alter table "attempt" add constraint "attempt_test_id_foreign" foreign key ("test_id") references "course_test" ("id");`);
    this.addSql(`alter table "attempt" add constraint "attempt_course_version_id_foreign" foreign key ("course_version_id") references "course_version" ("id");`);
    this.addSql(`alter table "attempt" add constraint "attempt_status_check" check ("status" in ('open', 'submitted', 'expired'));`);

    this.addSql(`alter table "certificate" add constraint "certificate_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "certificate" add constraint "certificate_attempt_id_foreign" foreign key ("attempt_id") references "attempt" ("id");`);
    this.addSql(`alter table "certificate" add constraint "certificate_person_id_foreign" foreign key ("person_id") references "person" ("id");`);
    this.addSql(`alter table "certificate" add constraint "certificate_course_id_foreign" foreign key ("course_id") references "course" ("id");`);

    this.addSql(`alter table "assignment" add constraint "assignment_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "assignment" add constraint "assignment_course_id_foreign" foreign key ("course_id") references "course" ("id");`);
    this.addSql(`alter table "assignment" add constraint "assignment_created_by_id_foreign" foreign key ("created_by_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "assignment" add constraint "assignment_audience_check" check ("audience" in ('whole_org', 'org_units', 'risk_exposed_positions', 'role', 'managers', 'new_hires_within_days'));`);
    this.addSql(`alter table "assignment" add constraint "assignment_role_check" check ("role" in ('employee', 'training_admin', 'compliance_officer', 'compliance_head', 'first_head', 'hotline_investigator', 'auditor', 'org_admin'));`);
    this.addSql(`alter table "assignment" add constraint "assignment_recurrence_check" check ("recurrence" in ('once', 'half_yearly', 'yearly'));`);

    this.addSql(`alter table "enrolment" add constraint "enrolment_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "enrolment" add constraint "enrolment_assignment_id_foreign" foreign key ("assignment_id") references "assignment" ("id");`);
    this.addSql(`alter table "enrolment" add constraint "enrolment_person_id_foreign" foreign key ("person_id") references "person" ("id");`);
    this.addSql(`alter table "enrolment" add constraint "enrolment_course_id_foreign" foreign key ("course_id") references "course" ("id");`);

    this.addSql(`alter table "question_pool" add constraint "question_pool_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "question_pool" add constraint "question_pool_topic_check" check ("topic" in ('general', 'conflict_of_interest', 'gifts', 'procurement', 'hr', 'middle_managers', 'hotline', 'code_of_ethics', 'sponsorship_charity', 'induction'));`);

    this.addSql(`alter table "question" add constraint "question_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "question" add constraint "question_pool_id_foreign" foreign key ("pool_id") references "question_pool" ("id");`);
    this.addSql(`alter table "question" add constraint "question_kind_check" check ("kind" in ('single', 'multiple', 'true_false', 'matching'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "course_version" drop constraint "course_version_course_id_foreign";`);
    this.addSql(`alter table "course_test" drop constraint "course_test_course_id_foreign";`);
    this.addSql(`alter table "certificate" drop constraint "certificate_course_id_foreign";`);
    this.addSql(`alter table "assignment" drop constraint "assignment_course_id_foreign";`);
    this.addSql(`alter table "enrolment" drop constraint "enrolment_course_id_foreign";`);
    this.addSql(`alter table "attempt" drop constraint "attempt_course_version_id_foreign";`);
    this.addSql(`alter table "attempt" drop constraint "attempt_test_id_foreign";`);
    this.addSql(`alter table "certificate" drop constraint "certificate_attempt_id_foreign";`);
    this.addSql(`alter table "enrolment" drop constraint "enrolment_assignment_id_foreign";`);
    this.addSql(`alter table "question" drop constraint "question_pool_id_foreign";`);

    this.addSql(`drop table if exists "course" cascade;`);
    this.addSql(`drop table if exists "course_version" cascade;`);
    this.addSql(`drop table if exists "course_test" cascade;`);
    this.addSql(`drop table if exists "attempt" cascade;`);
    this.addSql(`drop table if exists "certificate" cascade;`);
    this.addSql(`drop table if exists "assignment" cascade;`);
    this.addSql(`drop table if exists "enrolment" cascade;`);
    this.addSql(`drop table if exists "question_pool" cascade;`);
    this.addSql(`drop table if exists "question" cascade;`);
  }

}
