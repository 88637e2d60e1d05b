import { Migration } from '@mikro-orm/migrations';

/**
 * Issue 12: the training completion report is kept until the records behind it change, on the KPI
 * tables' change feed (ADR 019). It counts enrolments, people and units; people and units already
 * notify, the enrolments now do too. At an exam's rate this costs nothing more: the enrolments
 * change there in the transaction of the attempt, which notifies already, and PostgreSQL delivers
 * one notice per transaction.
 */
export class Migration20261222090000_enrolment_change_notices extends Migration {
  override name = 'Migration20261222090000_enrolment_change_notices';

  override up(): void | Promise<void> {
    this.addSql(
      `create trigger "adal_kpi_changed" after insert or update or delete or truncate on "enrolment" for each statement execute function adal_kpi_changed();`,
    );
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists "adal_kpi_changed" on "enrolment";`);
  }
}
