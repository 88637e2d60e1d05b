import { Migration } from '@mikro-orm/migrations';

// §40 as the methodology words it. A protection record says which body the report reached — the
// organisation's hotline (with its case) or a state body (with its name) — and the 3 years run
// from that day. An HR action says who initiated it; only the employer's initiative is held for
// the commission (§40.1), and the actions entered before were all taken as the employer's. A
// labour dispute says where it is heard (§40.3, §40.5), whether the Agency's representative
// attended (§40.3), and who of the members present signed the decision (§40.4, §40.7).
export class Migration20261205100000_protection_as_section_40 extends Migration {

  override name = 'Migration20261205100000_protection_as_section_40';

  override up(): void | Promise<void> {
    this.addSql(`alter table "protection_record" add "reported_to" text not null default 'hotline', add "state_body_name" varchar(200) null;`);
    this.addSql(`alter table "protection_record" alter column "report_id" drop not null;`);
    this.addSql(`alter table "protection_record" alter column "report_number" drop not null;`);
    this.addSql(`alter table "protection_record" add constraint "protection_record_reported_to_check" check ("reported_to" in ('hotline', 'state_body'));`);
    this.addSql(`alter table "protection_record" add constraint "protection_record_reported_where_check" check (("reported_to" = 'hotline' and "report_id" is not null and "report_number" is not null) or ("reported_to" = 'state_body' and "state_body_name" is not null));`);

    this.addSql(`alter table "labour_dispute" add "body" text not null default 'conciliation_commission', add "agency_representative_attended" boolean null, add "signatories" jsonb null;`);
    this.addSql(`alter table "labour_dispute" add constraint "labour_dispute_body_check" check ("body" in ('conciliation_commission', 'disciplinary_body', 'court'));`);

    // Civil Code art. 173: a term whose last day is a day off ends on the next working day. The
    // ends already written move there, in each organisation's calendar (its days and the national ones).
    for (const [table, column] of [
      ['protection_record', 'ends_on'],
      ['labour_dispute', 'decision_due_on'],
    ] as const) {
      this.addSql(`do $$
declare moved integer;
begin
  loop
    update "${table}" t set "${column}" = t."${column}" + 1
    where exists (select 1 from "public_holiday" h where h."date" = t."${column}" and h."kind" = 'day_off'
                    and (h."organization_id" is null or h."organization_id" = t."organization_id"))
       or (extract(isodow from t."${column}") in (6, 7)
           and not exists (select 1 from "public_holiday" h where h."date" = t."${column}" and h."kind" = 'working_day'
                    and (h."organization_id" is null or h."organization_id" = t."organization_id")));
    get diagnostics moved = row_count;
    exit when moved = 0;
  end loop;
end $$;`);
    }

    this.addSql(`alter table "hr_action" add "initiator" text not null default 'employer';`);
    this.addSql(`alter table "hr_action" alter column "initiator" drop default;`);
    this.addSql(`alter table "hr_action" add constraint "hr_action_initiator_check" check ("initiator" in ('employer', 'employee', 'agreement', 'beyond_parties'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "hr_action" drop constraint "hr_action_initiator_check";`);
    this.addSql(`alter table "hr_action" drop column "initiator";`);

    this.addSql(`alter table "labour_dispute" drop constraint "labour_dispute_body_check";`);
    this.addSql(`alter table "labour_dispute" drop column "body", drop column "agency_representative_attended", drop column "signatories";`);

    // Without a case to point to, a record of a report to a state body cannot stay.
    this.addSql(`delete from "protection_record" where "reported_to" = 'state_body';`);
    this.addSql(`alter table "protection_record" drop constraint "protection_record_reported_where_check";`);
    this.addSql(`alter table "protection_record" drop constraint "protection_record_reported_to_check";`);
    this.addSql(`alter table "protection_record" drop column "reported_to", drop column "state_body_name";`);
    this.addSql(`alter table "protection_record" alter column "report_id" set not null;`);
    this.addSql(`alter table "protection_record" alter column "report_number" set not null;`);
  }

}
