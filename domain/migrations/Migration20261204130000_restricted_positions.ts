import { Migration } from '@mikro-orm/migrations';

// §74.3: the third training measure is the share of persons subject to anti-corruption
// restrictions who were trained. Whose holders took on those restrictions is a property of the
// post, as exposure to corruption risk and taking part in procurement are, and an assignment can
// go to the holders of those posts.
export class Migration20261204130000_restricted_positions extends Migration {

  override name = 'Migration20261204130000_restricted_positions';

  override up(): void | Promise<void> {
    this.addSql(`alter table "position" add "under_restrictions" boolean not null default false;`);
    this.addSql(`alter table "assignment" drop constraint "assignment_audience_check";`);
    this.addSql(`alter table "assignment" add constraint "assignment_audience_check" check ("audience" in ('whole_org', 'org_units', 'risk_exposed_positions', 'role', 'managers', 'new_hires', 'procurement_staff', 'restricted_positions'));`);
  }

  override down(): void | Promise<void> {
    // Without the attribute an assignment to restricted posts has no audience left: it is kept,
    // inactive, under the nearest remaining kind, so that its enrolments and their history stay.
    this.addSql(`update "assignment" set "audience" = 'risk_exposed_positions', "active" = false where "audience" = 'restricted_positions';`);
    this.addSql(`alter table "assignment" drop constraint "assignment_audience_check";`);
    this.addSql(`alter table "assignment" add constraint "assignment_audience_check" check ("audience" in ('whole_org', 'org_units', 'risk_exposed_positions', 'role', 'managers', 'new_hires', 'procurement_staff'));`);
    this.addSql(`alter table "position" drop column "under_restrictions";`);
  }

}
