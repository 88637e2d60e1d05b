import { Migration } from '@mikro-orm/migrations';

// §15.4: a decision may assign the employee a short course; the case keeps which, and by when.
export class Migration20261210220000_conflict_assigned_course extends Migration {

  override name = 'Migration20261210220000_conflict_assigned_course';

  override up(): void | Promise<void> {
    this.addSql(`alter table "conflict_of_interest_case" add column "assigned_course" jsonb null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "conflict_of_interest_case" drop column "assigned_course";`);
  }

}
