import { Migration } from '@mikro-orm/migrations';

// §52.3: employees involved in the procurement process are trained at least once every
// half-year. Which posts take part in procurement is a property of the post, as exposure to
// corruption risk is, and an assignment can go to the holders of those posts.
export class Migration20261203180000_procurement_staff extends Migration {

  override name = 'Migration20261203180000_procurement_staff';

  override up(): void | Promise<void> {
    this.addSql(`alter table "position" add "procurement_staff" boolean not null default false;`);
    this.addSql(`alter table "assignment" drop constraint "assignment_audience_check";`);
    this.addSql(`alter table "assignment" add constraint "assignment_audience_check" check ("audience" in ('whole_org', 'org_units', 'risk_exposed_positions', 'role', 'managers', 'new_hires', 'procurement_staff'));`);
  }

  override down(): void | Promise<void> {
    // Without the attribute an assignment to procurement staff has no audience left: it is kept,
    // inactive, under the nearest remaining kind, so that its enrolments and their history stay.
    this.addSql(`update "assignment" set "audience" = 'risk_exposed_positions', "active" = false where "audience" = 'procurement_staff';`);
    this.addSql(`alter table "assignment" drop constraint "assignment_audience_check";`);
    this.addSql(`alter table "assignment" add constraint "assignment_audience_check" check ("audience" in ('whole_org', 'org_units', 'risk_exposed_positions', 'role', 'managers', 'new_hires'));`);
    this.addSql(`alter table "position" drop column "procurement_staff";`);
  }

}
