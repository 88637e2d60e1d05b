import { Migration } from '@mikro-orm/migrations';

// §29: HR records that it published the declaration data of an official in a publication category
// (and of their spouses) for a reporting year, by 31 December of the next year.
export class Migration20261209110000_declaration_publications extends Migration {

  override name = 'Migration20261209110000_declaration_publications';

  override up(): void | Promise<void> {
    this.addSql(`create table "declaration_publication" ("id" uuid not null, "organization_id" uuid not null, "person_id" uuid not null, "year" int not null, "published_on" date not null, "url" varchar(1000) not null, "recorded_by_id" uuid not null, "recorded_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "declaration_publication" add constraint "declaration_publication_organization_id_person_id_year_unique" unique ("organization_id", "person_id", "year");`);
    this.addSql(`alter table "declaration_publication" add constraint "declaration_publication_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "declaration_publication" add constraint "declaration_publication_person_id_foreign" foreign key ("person_id") references "person" ("id");`);
    this.addSql(`alter table "declaration_publication" add constraint "declaration_publication_recorded_by_id_foreign" foreign key ("recorded_by_id") references "person" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "declaration_publication" cascade;`);
  }

}
