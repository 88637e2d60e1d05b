import { Migration } from '@mikro-orm/migrations';

// §68 counts a new hire's induction in calendar months ("within the first 3 months after
// hiring"), not in days; §35.2, §19, §52.3 and §68 count recurring training in calendar
// half-years and years. An induction of n days becomes the nearest whole number of months
// (90 days: 3), and a recurring assignment's first due date moves to the end of the calendar
// period it fell in. Enrolments keep the due dates they were given.
export class Migration20261203171500_calendar_cycles extends Migration {

  override name = 'Migration20261203171500_calendar_cycles';

  override up(): void | Promise<void> {
    this.addSql(`alter table "assignment" drop constraint "assignment_audience_check";`);
    this.addSql(`alter table "assignment" rename column "new_hire_days" to "new_hire_months";`);
    this.addSql(`update "assignment" set "new_hire_months" = greatest(1, least(12, round("new_hire_months" / 30.0)))
      where "new_hire_months" is not null;`);
    this.addSql(`update "assignment" set "audience" = 'new_hires' where "audience" = 'new_hires_within_days';`);
    this.addSql(`alter table "assignment" add constraint "assignment_audience_check" check ("audience" in ('whole_org', 'org_units', 'risk_exposed_positions', 'role', 'managers', 'new_hires'));`);
    this.addSql(`update "assignment" set "due_on" = (date_trunc('year', "due_on") + interval '1 year' - interval '1 day')::date
      where "recurrence" = 'yearly';`);
    this.addSql(`update "assignment" set "due_on" = (date_trunc('year', "due_on")
        + case when extract(month from "due_on") <= 6 then interval '6 months' else interval '12 months' end
        - interval '1 day')::date
      where "recurrence" = 'half_yearly';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "assignment" drop constraint "assignment_audience_check";`);
    this.addSql(`update "assignment" set "audience" = 'new_hires_within_days' where "audience" = 'new_hires';`);
    this.addSql(`alter table "assignment" rename column "new_hire_months" to "new_hire_days";`);
    this.addSql(`update "assignment" set "new_hire_days" = "new_hire_days" * 30 where "new_hire_days" is not null;`);
    this.addSql(`alter table "assignment" add constraint "assignment_audience_check" check ("audience" in ('whole_org', 'org_units', 'risk_exposed_positions', 'role', 'managers', 'new_hires_within_days'));`);
  }

}
