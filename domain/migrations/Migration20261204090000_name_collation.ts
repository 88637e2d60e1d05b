import { Migration } from '@mikro-orm/migrations';

// Names sort as the Kazakh and Russian alphabets do, not by bytes (database/name-collation.ts).
export class Migration20261204090000_name_collation extends Migration {

  override name = 'Migration20261204090000_name_collation';

  override up(): void | Promise<void> {
    this.addSql(`alter table "person" alter column "full_name" type varchar(300) collate "und-x-icu";`);
    this.addSql(`alter table "org_unit" alter column "name" type varchar(300) collate "und-x-icu";`);
    this.addSql(`alter table "organization" alter column "name" type varchar(500) collate "und-x-icu";`);
    this.addSql(`alter table "position" alter column "title" type varchar(300) collate "und-x-icu";`);
  }

  override down(): void | Promise<void> {
    this.addSql(`alter table "person" alter column "full_name" type varchar(300) collate "default";`);
    this.addSql(`alter table "org_unit" alter column "name" type varchar(300) collate "default";`);
    this.addSql(`alter table "organization" alter column "name" type varchar(500) collate "default";`);
    this.addSql(`alter table "position" alter column "title" type varchar(300) collate "default";`);
  }

}
