import { Migration } from '@mikro-orm/migrations';

// The day a person left the staff, so that figures for a past period count who was employed
// then rather than who is today. People already off the staff get the day of their
// deactivation on the audit trail, in Kazakhstan's time, or today when it holds none.
export class Migration20261203173000_person_left_on extends Migration {

  override name = 'Migration20261203173000_person_left_on';

  override up(): void | Promise<void> {
    this.addSql(`alter table "person" add "left_on" date null;`);
    this.addSql(`update "person" p set "left_on" = (coalesce(
        (select max(e."at") from "audit_event" e
          where e."organization_id" = p."organization_id" and e."action" = 'org.person_deactivated'
            and e."entity_type" = 'Person' and e."entity_id" = p."id"::text),
        now()) at time zone 'UTC' + interval '5 hours')::date
      where not p."active";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "person" drop column "left_on";`);
  }

}
