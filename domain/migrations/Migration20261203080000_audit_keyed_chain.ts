import { Migration } from '@mikro-orm/migrations';

// §75: the audit chain is sealed with a key kept outside the database (HMAC-SHA256), and each event
// names its key so that keys can be rotated. Events written before hold a plain sha256 that anyone
// can recompute: they stay verifiable as such, and only they, up to the seq each chain had reached
// here; the first checkpoint written after this migration anchors that number outside the database.
export class Migration20261203080000_audit_keyed_chain extends Migration {

  override name = 'Migration20261203080000_audit_keyed_chain';

  override up(): void | Promise<void> {
    this.addSql(`alter table "audit_event" add column "key_id" varchar(64) null;`);
    this.addSql(`alter table "audit_chain_head" add column "legacy_through_seq" int not null default 0;`);
    this.addSql(`update "audit_chain_head" set "legacy_through_seq" = "last_seq";`);
    // The head only moves forward, one event at a time, and its legacy boundary never moves. Plain
    // PL/pgSQL, as the append-only trigger of audit_event, so it behaves the same on PGlite.
    this.addSql(`create function "audit_chain_head_forward_only"() returns trigger language plpgsql as $$
begin
  if tg_op <> 'UPDATE' or new.organization_id <> old.organization_id or new.last_seq <> old.last_seq + 1
     or new.legacy_through_seq <> old.legacy_through_seq then
    raise exception 'audit_chain_head only moves forward: % is not allowed', tg_op using errcode = 'insufficient_privilege';
  end if;
  return new;
end;
$$;`);
    this.addSql(`create trigger "audit_chain_head_forward_only" before update or delete on "audit_chain_head" for each row execute function "audit_chain_head_forward_only"();`);
    this.addSql(`create trigger "audit_chain_head_no_truncate" before truncate on "audit_chain_head" for each statement execute function "audit_chain_head_forward_only"();`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger "audit_chain_head_no_truncate" on "audit_chain_head";`);
    this.addSql(`drop trigger "audit_chain_head_forward_only" on "audit_chain_head";`);
    this.addSql(`drop function "audit_chain_head_forward_only"();`);
    this.addSql(`alter table "audit_chain_head" drop column "legacy_through_seq";`);
    this.addSql(`alter table "audit_event" drop column "key_id";`);
  }

}
