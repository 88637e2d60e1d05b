import { Migration } from '@mikro-orm/migrations';

// §9.1, §11: the closed loop — one hotline case, conflict of interest or self-assessment finding
// proposes at most one risk; a declaration campaign may ask the holders of risk-exposed posts; a
// culture-plan activity and a training assignment name the risks they answer.
export class Migration20261213100000_compliance_risk_links extends Migration {

  override name = 'Migration20261213100000_compliance_risk_links';

  override up(): void | Promise<void> {
    this.addSql(`alter table "compliance_risk" add constraint "compliance_risk_organization_id_source_kind_source_id_unique" unique ("organization_id", "source_kind", "source_id");`);
    this.addSql(`alter table "declaration_campaign" drop constraint if exists "declaration_campaign_group_check";`);
    this.addSql(`alter table "declaration_campaign" add constraint "declaration_campaign_group_check" check ("group" in ('all_employees', 'new_hires', 'commission_members', 'potential_suppliers', 'management', 'risk_exposed_positions'));`);
    this.addSql(`alter table "culture_activity" add "risk_ids" text[] not null default '{}';`);
    this.addSql(`alter table "assignment" add "risk_ids" text[] not null default '{}';`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "assignment" drop column "risk_ids";`);
    this.addSql(`alter table "culture_activity" drop column "risk_ids";`);
    this.addSql(`alter table "declaration_campaign" drop constraint if exists "declaration_campaign_group_check";`);
    this.addSql(`alter table "declaration_campaign" add constraint "declaration_campaign_group_check" check ("group" in ('all_employees', 'new_hires', 'commission_members', 'potential_suppliers', 'management'));`);
    this.addSql(`alter table "compliance_risk" drop constraint "compliance_risk_organization_id_source_kind_source_id_unique";`);
  }

}
