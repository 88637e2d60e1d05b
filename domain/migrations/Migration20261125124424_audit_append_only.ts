import { Migration } from '@mikro-orm/migrations';

// §75: audit events are historical evidence. The table refuses UPDATE, DELETE and TRUNCATE;
// plain PL/pgSQL, so it behaves the same on PostgreSQL and PGlite.
export class Migration20261125124424_audit_append_only extends Migration {

  override name = 'Migration20261125124424_audit_append_only';

  override up(): void | Promise<void> {
    this.addSql(`create function "audit_event_refuse_change"() returns trigger language plpgsql as $$
begin
  raise exception 'audit_event is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end;
$$;`);
    this.addSql(`create trigger "audit_event_append_only" before update or delete on "audit_event" for each row execute function "audit_event_refuse_change"();`);
    this.addSql(`create trigger "audit_event_no_truncate" before truncate on "audit_event" for each statement execute function "audit_event_refuse_change"();`);
    // Subtree queries match a prefix of the materialised path.
    this.addSql(`create index "org_unit_path_prefix_index" on "org_unit" ("path" text_pattern_ops);`);
    this.addSql(`create index "person_org_unit_id_index" on "person" ("org_unit_id");`);
    this.addSql(`create index "role_grant_organization_id_role_index" on "role_grant" ("organization_id", "role");`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop index "role_grant_organization_id_role_index";`);
    this.addSql(`drop index "person_org_unit_id_index";`);
    this.addSql(`drop index "org_unit_path_prefix_index";`);
    this.addSql(`drop trigger "audit_event_no_truncate" on "audit_event";`);
    this.addSql(`drop trigger "audit_event_append_only" on "audit_event";`);
    this.addSql(`drop function "audit_event_refuse_change"();`);
  }

}
