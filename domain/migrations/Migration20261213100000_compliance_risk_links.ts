import { Migration } from '@mikro-orm/migrations';

// §9.1, §11: the closed loop — one hotline case, conflict of interest or self-assessment finding
// proposes at most one risk.
export class Migration20261213100000_compliance_risk_links extends Migration {

  override name = 'Migration20261213100000_compliance_risk_links';

  override up(): void | Promise<void> {
    this.addSql(`alter table "compliance_risk" add constraint "compliance_risk_organization_id_source_kind_source_id_unique" unique ("organization_id", "source_kind", "source_id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "compliance_risk" drop constraint "compliance_risk_organization_id_source_kind_source_id_unique";`);
  }

}
