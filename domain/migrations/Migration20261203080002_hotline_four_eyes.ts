import { Migration } from '@mikro-orm/migrations';

// The hotline's four eyes and its alternate handler (ADR 008): the role board_member, the
// alternate handler in the hotline settings, and guards below the row locks the use cases take —
// one current assignment per investigator and case, and disclosures whose requester is not their
// beneficiary and whose decider is neither. The disclosure checks are NOT VALID: they hold for
// every row written from now on, while rows stored before the rule stay readable (the domain no
// longer lets such a decision disclose anything). Duplicate current assignments, which concurrent
// assignments could leave before the lock, are ended (at their own start) so the index can hold.
export class Migration20261203080002_hotline_four_eyes extends Migration {

  override name = 'Migration20261203080002_hotline_four_eyes';

  override up(): void | Promise<void> {
    this.addSql(`alter table "hotline_settings" add "alternate_handler_id" uuid null;`);
    this.addSql(`alter table "hotline_settings" add constraint "hotline_settings_alternate_handler_id_foreign" foreign key ("alternate_handler_id") references "person" ("id") on delete set null;`);

    this.addSql(`alter table "hotline_identity_disclosure" add constraint "hotline_identity_disclosure_not_for_requester_check" check (requested_for_id <> requested_by_id) not valid;`);
    this.addSql(`alter table "hotline_identity_disclosure" add constraint "hotline_identity_disclosure_four_eyes_check" check (decided_by_id is null or (decided_by_id <> requested_by_id and decided_by_id <> requested_for_id)) not valid;`);

    this.addSql(`update "hotline_case_assignment" a set "unassigned_at" = a."assigned_at"
      where a."unassigned_at" is null and exists (
        select 1 from "hotline_case_assignment" b
         where b."report_id" = a."report_id" and b."investigator_id" = a."investigator_id"
           and b."unassigned_at" is null and (b."assigned_at", b."id") < (a."assigned_at", a."id"));`);
    this.addSql(`create unique index "hotline_case_assignment_current_unique" on "hotline_case_assignment" ("report_id", "investigator_id") where "unassigned_at" is null;`);

    this.addSql(`alter table "assignment" drop constraint "assignment_role_check";`);
    this.addSql(`alter table "assignment" add constraint "assignment_role_check" check ("role" in ('employee', 'training_admin', 'compliance_officer', 'compliance_head', 'first_head', 'board_member', 'hotline_investigator', 'auditor', 'org_admin'));`);

    this.addSql(`alter table "role_grant" drop constraint "role_grant_role_check";`);
    this.addSql(`alter table "role_grant" add constraint "role_grant_role_check" check ("role" in ('employee', 'training_admin', 'compliance_officer', 'compliance_head', 'first_head', 'board_member', 'hotline_investigator', 'auditor', 'org_admin'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "role_grant" drop constraint "role_grant_role_check";`);
    this.addSql(`alter table "role_grant" add constraint "role_grant_role_check" check ("role" in ('employee', 'training_admin', 'compliance_officer', 'compliance_head', 'first_head', 'hotline_investigator', 'auditor', 'org_admin'));`);

    this.addSql(`alter table "assignment" drop constraint "assignment_role_check";`);
    this.addSql(`alter table "assignment" add constraint "assignment_role_check" check ("role" in ('employee', 'training_admin', 'compliance_officer', 'compliance_head', 'first_head', 'hotline_investigator', 'auditor', 'org_admin'));`);

    this.addSql(`drop index "hotline_case_assignment_current_unique";`);

    this.addSql(`alter table "hotline_identity_disclosure" drop constraint "hotline_identity_disclosure_four_eyes_check";`);
    this.addSql(`alter table "hotline_identity_disclosure" drop constraint "hotline_identity_disclosure_not_for_requester_check";`);

    this.addSql(`alter table "hotline_settings" drop constraint "hotline_settings_alternate_handler_id_foreign";`);
    this.addSql(`alter table "hotline_settings" drop column "alternate_handler_id";`);
  }

}
