import { Migration } from '@mikro-orm/migrations';

// §40.6, §41.3: who signed which version of the non-disclosure undertaking, and when.
export class Migration20261205120000_non_disclosure_undertaking extends Migration {

  override name = 'Migration20261205120000_non_disclosure_undertaking';

  override up(): void | Promise<void> {
    this.addSql(`create table "hotline_non_disclosure_undertaking" ("id" uuid not null, "organization_id" uuid not null, "person_id" uuid not null, "version" varchar(40) not null, "signed_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "hotline_non_disclosure_undertaking" add constraint "hotline_non_disclosure_undertaking_organization_i_345b2_unique" unique ("organization_id", "person_id", "version");`);
    this.addSql(`alter table "hotline_non_disclosure_undertaking" add constraint "hotline_non_disclosure_undertaking_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "hotline_non_disclosure_undertaking" add constraint "hotline_non_disclosure_undertaking_person_id_foreign" foreign key ("person_id") references "person" ("id");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "hotline_non_disclosure_undertaking" cascade;`);
  }

}
