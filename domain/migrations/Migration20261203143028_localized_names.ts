import { Migration } from '@mikro-orm/migrations';

// Names that organisations enter, in kk, ru and en: the organisation, its units and its posts.
// Nullable and filled only where a translation is given; the single name already stored stays
// and stands in for any language without one, so no existing row changes.
export class Migration20261203143028_localized_names extends Migration {

  override name = 'Migration20261203143028_localized_names';

  override up(): void | Promise<void> {
    this.addSql(`alter table "organization" add "names" jsonb null;`);
    this.addSql(`alter table "org_unit" add "names" jsonb null;`);
    this.addSql(`alter table "position" add "titles" jsonb null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "organization" drop column "names";`);
    this.addSql(`alter table "org_unit" drop column "names";`);
    this.addSql(`alter table "position" drop column "titles";`);
  }

}
