import { Migration } from '@mikro-orm/migrations';

// §75, ADR 015: a change writes its audit event into audit_pending in its own transaction, without
// waiting for the organisation's chain; right after the commit a sealer appends every waiting event
// of the organisation to the chain in one step. The head then moves by the size of that batch.
export class Migration20261207090000_audit_pending extends Migration {

  override name = 'Migration20261207090000_audit_pending';

  override up(): void | Promise<void> {
    this.addSql(`create table "audit_pending" ("position" bigserial primary key, "id" uuid not null, "organization_id" uuid not null references "organization" ("id"), "at" timestamptz not null, "actor_person_id" uuid null, "action" varchar(100) not null, "entity_type" varchar(100) not null, "entity_id" varchar(100) not null, "data" jsonb not null);`);
    this.addSql(`create index "audit_pending_organization_id_position_index" on "audit_pending" ("organization_id", "position");`);
    // A waiting event is evidence already: it may be moved into the chain (deleted here by the
    // sealer in the transaction that appends it), never edited.
    this.addSql(`create function "audit_pending_refuse_update"() returns trigger language plpgsql as $$
begin
  raise exception 'audit_pending is append-only: % is not allowed', tg_op using errcode = 'insufficient_privilege';
end;
$$;`);
    this.addSql(`create trigger "audit_pending_no_update" before update or truncate on "audit_pending" for each statement execute function "audit_pending_refuse_update"();`);
    // The head moves forward by a batch, and only onto an event that is stored.
    this.addSql(`create or replace function "audit_chain_head_forward_only"() returns trigger language plpgsql as $$
begin
  if tg_op <> 'UPDATE' or new.organization_id <> old.organization_id or new.last_seq <= old.last_seq
     or new.legacy_through_seq <> old.legacy_through_seq
     or not exists (select 1 from audit_event e where e.organization_id = new.organization_id
                     and e.seq = new.last_seq and e.hash = new.last_hash) then
    raise exception 'audit_chain_head only moves forward: % is not allowed', tg_op using errcode = 'insufficient_privilege';
  end if;
  return new;
end;
$$;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`create or replace function "audit_chain_head_forward_only"() returns trigger language plpgsql as $$
begin
  if tg_op <> 'UPDATE' or new.organization_id <> old.organization_id or new.last_seq <> old.last_seq + 1
     or new.legacy_through_seq <> old.legacy_through_seq then
    raise exception 'audit_chain_head only moves forward: % is not allowed', tg_op using errcode = 'insufficient_privilege';
  end if;
  return new;
end;
$$;`);
    this.addSql(`drop table "audit_pending";`);
    this.addSql(`drop function "audit_pending_refuse_update"();`);
  }

}
