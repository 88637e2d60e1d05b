import { Migration } from '@mikro-orm/migrations';

// Issue 11 §9: the intake says to whom the compliance function reports, in the organisation's colour and with its logo.
export class Migration20261205120100_hotline_intake_profile extends Migration {

  override name = 'Migration20261205120100_hotline_intake_profile';

  override up(): void | Promise<void> {
    this.addSql(`alter table "hotline_settings" add "compliance_reports_to" text not null default 'board_of_directors', add "brand_color" varchar(7) null, add "logo" bytea null, add "logo_content_type" varchar(20) null;`);
    this.addSql(`alter table "hotline_settings" add constraint "hotline_settings_compliance_reports_to_check" check ("compliance_reports_to" in ('board_of_directors', 'supervisory_board', 'state_body_head'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "hotline_settings" drop constraint "hotline_settings_compliance_reports_to_check";`);
    this.addSql(`alter table "hotline_settings" drop column "compliance_reports_to", drop column "brand_color", drop column "logo", drop column "logo_content_type";`);
  }

}
