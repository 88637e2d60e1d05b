import { Migration } from '@mikro-orm/migrations';

// §19, §52.3, §68: a course that recurs must be passed again by the next due date of its
// cycle, so its certificate holds until then. Existing certificates get the day their holder's
// recurring assignments of the course imply (cycles.ts `nextDueAfterPass`, the soonest of
// them): the pass day in Kazakhstan (UTC+5), the calendar period of that day or of the first
// due date if later, and the end of the next period — or of that one, for a pass before it
// began. Certificates of courses that do not recur for their holder keep none.
export class Migration20261204121500_certificate_valid_until extends Migration {

  override name = 'Migration20261204121500_certificate_valid_until';

  override up(): void | Promise<void> {
    this.addSql(`alter table "certificate" add "valid_until" date null;`);
    this.addSql(`update "certificate" c set "valid_until" = v."valid_until" from (
      select c2."id", min(case when pd."day" < ps."first" then ps."last"
                               else (ps."first" + make_interval(months => 2 * mm."months") - interval '1 day')::date end) as "valid_until"
        from "certificate" c2
        cross join lateral (select ((c2."issued_at" at time zone 'UTC') + interval '5 hours')::date as "day") pd
        join "assignment" a on a."course_id" = c2."course_id" and a."active"
         and a."recurrence" <> 'once' and a."audience" <> 'new_hires'
         and exists (select 1 from "enrolment" e where e."assignment_id" = a."id" and e."person_id" = c2."person_id")
        cross join lateral (select case a."recurrence" when 'half_yearly' then 6 else 12 end as "months") mm
        cross join lateral (select greatest(pd."day", a."due_on") as "day") eff
        cross join lateral (select make_date(extract(year from eff."day")::int,
                                             ((extract(month from eff."day")::int - 1) / mm."months") * mm."months" + 1, 1) as "first") f
        cross join lateral (select f."first", (f."first" + make_interval(months => mm."months") - interval '1 day')::date as "last") ps
       group by c2."id"
    ) v where v."id" = c."id";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "certificate" drop column "valid_until";`);
  }

}
