import { Migration } from '@mikro-orm/migrations';

// §75: the outcome of each organisation's latest whole verification of its audit chain, kept by the
// checkpoint job, so that the auditors' home page tells a broken chain without recomputing it all.
export class Migration20261203165448_audit_chain_verification extends Migration {

  override name = 'Migration20261203165448_audit_chain_verification';

  override up(): void | Promise<void> {
    this.addSql(`create table "audit_chain_verification" ("organization_id" uuid not null, "verified_at" timestamptz not null, "ok" boolean not null, "problem" text null, "broken_at_seq" int null, primary key ("organization_id"));`);
    this.addSql(`alter table "audit_chain_verification" add constraint "audit_chain_verification_problem_check" check ("problem" in ('event_altered', 'unkeyed_event', 'unknown_key', 'link_broken', 'head_mismatch', 'truncated', 'checkpoint_mismatch', 'checkpoint_invalid', 'legacy_boundary_moved'));`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "audit_chain_verification" cascade;`);
  }

}
