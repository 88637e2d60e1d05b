import { Migration } from '@mikro-orm/migrations';

// Reads at scale (docs/performance.md): each enrolment keeps where its attempts stand, recomputed
// by triggers whenever an attempt or the enrolment's window changes, so that completion reports,
// KPIs and home pages read one row per enrolment instead of aggregating every attempt; and the
// indexes the reads of a 100 000-person organisation lack (sign-in by e-mail, a person's
// certificates, the audit trail by action).
export class Migration20261206100000_training_standing extends Migration {

  override name = 'Migration20261206100000_training_standing';

  override up(): void | Promise<void> {
    this.addSql(`alter table "enrolment" add column "standing_attempts" int not null default 0, add column "standing_best_score" numeric(5,2) null, add column "standing_passed" boolean not null default false, add column "standing_submitted" boolean not null default false, add column "standing_open_until" timestamptz null;`);
    this.addSql(`create index "enrolment_organization_id_person_id_course_id_due_on_index" on "enrolment" ("organization_id", "person_id", "course_id", "due_on");`);
    this.addSql(`create index "person_email_index" on "person" ("email");`);
    this.addSql(`create index "certificate_person_id_course_id_index" on "certificate" ("person_id", "course_id");`);
    // The training KPIs' people with an attempt closed in a period, read from the index alone.
    this.addSql(`create index "attempt_submitted_at_covering_index" on "attempt" ("submitted_at") include ("person_id", "status", "score_percent", "passed");`);
    this.addSql(`create index "audit_event_organization_id_action_seq_index" on "audit_event" ("organization_id", "action", "seq");`);
    // The standing of one enrolment: its person's attempts at its course's test, started in its window.
    this.addSql(`create function enrolment_standing(person uuid, course uuid, window_start timestamptz)
      returns table (attempts int, best_score numeric, passed boolean, submitted boolean, open_until timestamptz)
      language sql stable as $$
        select count(a.id)::int, max(a.score_percent), coalesce(bool_or(a.passed), false),
               coalesce(bool_or(a.status <> 'open'), false),
               max(coalesce(a.deadline, 'infinity'::timestamptz)) filter (where a.status = 'open')
          from attempt a join course_test t on t.id = a.test_id
         where a.person_id = person and t.course_id = course
           and (window_start is null or a.started_at >= window_start)
      $$;`);
    // A new enrolment, or one whose window moved, takes its standing from the attempts there are.
    this.addSql(`create function enrolment_standing_on_write() returns trigger language plpgsql as $$
      begin
        select s.attempts, s.best_score, s.passed, s.submitted, s.open_until
          into new.standing_attempts, new.standing_best_score, new.standing_passed, new.standing_submitted, new.standing_open_until
          from enrolment_standing(new.person_id, new.course_id, new.window_start) s;
        return new;
      end $$;`);
    this.addSql(`create trigger enrolment_standing_on_write before insert or update of person_id, course_id, window_start on "enrolment" for each row execute function enrolment_standing_on_write();`);
    // An attempt that starts, closes or is scored recomputes its person's enrolments in the course.
    // They are locked first, in id order (the use cases take the same locks earlier, before the
    // attempt's and the audit chain head's: lockStanding in enrolment-status.ts): two transactions
    // changing one person's attempts take turns, and the second recomputes from a snapshot taken
    // after the first committed.
    this.addSql(`create function attempt_refreshes_standing() returns trigger language plpgsql as $$
      declare
        person uuid;
        course uuid;
      begin
        if tg_op = 'DELETE' then
          person := old.person_id;
          select t.course_id into course from course_test t where t.id = old.test_id;
        else
          person := new.person_id;
          select t.course_id into course from course_test t where t.id = new.test_id;
        end if;
        perform 1 from enrolment e where e.person_id = person and e.course_id = course order by e.id for no key update;
        update enrolment e
           set standing_attempts = s.attempts, standing_best_score = s.best_score, standing_passed = s.passed,
               standing_submitted = s.submitted, standing_open_until = s.open_until
          from enrolment target cross join lateral enrolment_standing(target.person_id, target.course_id, target.window_start) s
         where target.person_id = person and target.course_id = course and e.id = target.id;
        return null;
      end $$;`);
    this.addSql(`create trigger attempt_refreshes_standing after insert or delete or update of status, passed, score_percent, started_at, deadline, person_id, test_id on "attempt" for each row execute function attempt_refreshes_standing();`);
    this.addSql(`update enrolment e set standing_attempts = s.attempts, standing_best_score = s.best_score, standing_passed = s.passed,
        standing_submitted = s.submitted, standing_open_until = s.open_until
      from enrolment target cross join lateral enrolment_standing(target.person_id, target.course_id, target.window_start) s
      where e.id = target.id;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists attempt_refreshes_standing on "attempt";`);
    this.addSql(`drop trigger if exists enrolment_standing_on_write on "enrolment";`);
    this.addSql(`drop function if exists attempt_refreshes_standing();`);
    this.addSql(`drop function if exists enrolment_standing_on_write();`);
    this.addSql(`drop function if exists enrolment_standing(uuid, uuid, timestamptz);`);
    this.addSql(`drop index if exists "audit_event_organization_id_action_seq_index";`);
    this.addSql(`drop index if exists "attempt_submitted_at_covering_index";`);
    this.addSql(`drop index if exists "certificate_person_id_course_id_index";`);
    this.addSql(`drop index if exists "person_email_index";`);
    this.addSql(`drop index if exists "enrolment_organization_id_person_id_course_id_due_on_index";`);
    this.addSql(`alter table "enrolment" drop column "standing_attempts", drop column "standing_best_score", drop column "standing_passed", drop column "standing_submitted", drop column "standing_open_until";`);
  }

}
