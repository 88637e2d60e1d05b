import { Migration } from '@mikro-orm/migrations';

/**
 * The tables the registered KPIs read (their SQL, and the org units a filter names), as
 * `kpi-values-cache.test.ts` finds them in the statements' plans: it fails when a KPI starts
 * reading a table missing here (or stops reading one listed). Every other table is left out on
 * purpose, among them those written at the rate of an exam or of every request: the saved answers
 * and flags of an attempt (`attempt` itself changes twice per attempt: start and submit), lesson
 * progress, enrolments, the audit trail. Each notice makes its transaction's commit take the
 * cluster-wide lock of the notification queue, which serialises the commits that notify: a table
 * written hundreds of times a second must not send one unless a figure depends on it.
 */
const KPI_SOURCE_TABLES = [
  'attempt',
  'campaign_declaration',
  'compliance_board_report',
  'compliance_checklist_item',
  'compliance_improvement_item',
  'compliance_management_activity',
  'compliance_management_plan',
  'compliance_mitigation_measure',
  'compliance_programme_item',
  'compliance_programme_presentation',
  'compliance_risk',
  'compliance_risk_score',
  'compliance_service',
  'conflict_of_interest_case',
  'culture_activity',
  'culture_material',
  'culture_material_acknowledgement',
  'culture_plan',
  'culture_survey',
  'culture_survey_participation',
  'declarant',
  'declaration_deadline',
  'filing_proof',
  'financial_notice',
  'gift_declaration',
  'hotline_recommendation',
  'hotline_report',
  'org_unit',
  'person',
  'position',
  'role_grant',
  'session_attendance',
  'training_session',
] as const;

/**
 * Issue 16 §6: a KPI value is cached per filter until the records behind it change. Every
 * statement that writes a table a KPI reads sends a notice on `adal_kpi_changed`; PostgreSQL
 * delivers it to the listening gateways only once the transaction has committed (and not at all
 * if it rolls back), and sends one per transaction however many statements raise it. A
 * statement-level trigger costs one call per statement, not one per row, and sees TRUNCATE too.
 */
export class Migration20261220130000_kpi_change_notices extends Migration {
  override name = 'Migration20261220130000_kpi_change_notices';

  override up(): void | Promise<void> {
    this.addSql(`create function adal_kpi_changed() returns trigger language plpgsql as $$
begin
  perform pg_notify('adal_kpi_changed', '');
  return null;
end
$$;`);
    for (const table of KPI_SOURCE_TABLES) {
      this.addSql(
        `create trigger "adal_kpi_changed" after insert or update or delete or truncate on "${table}" for each statement execute function adal_kpi_changed();`,
      );
    }
  }

  override down(): void | Promise<void> {
    for (const table of KPI_SOURCE_TABLES) {
      this.addSql(`drop trigger if exists "adal_kpi_changed" on "${table}";`);
    }
    this.addSql('drop function if exists adal_kpi_changed();');
  }
}
