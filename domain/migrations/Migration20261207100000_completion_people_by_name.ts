import { Migration } from '@mikro-orm/migrations';

// Reads at scale (docs/performance.md): the people behind a completion figure are listed by name a
// page at a time; walking this index in name order reads the people up to the page, where sorting
// every current cycle of a 100 000-person organisation by name took a second.
export class Migration20261207100000_completion_people_by_name extends Migration {

  override name = 'Migration20261207100000_completion_people_by_name';

  override up(): void | Promise<void> {
    this.addSql(`create index "person_organization_id_full_name_id_index" on "person" ("organization_id", "full_name", "id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index if exists "person_organization_id_full_name_id_index";`);
  }

}
