import { Migration } from '@mikro-orm/migrations';

// Event-triggered training: an assignment may name its people (a conflict-of-interest measure,
// §15.4), with what assigned it.
export class Migration20261210210000_event_assignments extends Migration {

  override name = 'Migration20261210210000_event_assignments';

  override up(): void | Promise<void> {
    this.addSql(`alter table "assignment" add column "person_ids" jsonb not null default '[]', add column "trigger" varchar(100) null;`);
    this.addSql(`alter table "assignment" drop constraint "assignment_audience_check";`);
    this.addSql(`alter table "assignment" add constraint "assignment_audience_check" check ("audience" in ('whole_org', 'org_units', 'risk_exposed_positions', 'role', 'managers', 'new_hires', 'procurement_staff', 'restricted_positions', 'people'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "assignment" drop constraint "assignment_audience_check";`);
    this.addSql(`alter table "assignment" add constraint "assignment_audience_check" check ("audience" in ('whole_org', 'org_units', 'risk_exposed_positions', 'role', 'managers', 'new_hires', 'procurement_staff', 'restricted_positions'));`);
    this.addSql(`alter table "assignment" drop column "person_ids", drop column "trigger";`);
  }

}
