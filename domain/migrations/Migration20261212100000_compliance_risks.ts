import { Migration } from '@mikro-orm/migrations';

// §8–§11, Annex 1: the corruption-risk register (two registers), its score history for the map as
// of any day, the organisation's scale and last identification, and the re-mapping triggers (§9.1).
export class Migration20261212100000_compliance_risks extends Migration {

  override name = 'Migration20261212100000_compliance_risks';

  override up(): void | Promise<void> {
    this.addSql(`create table "compliance_risk" ("id" uuid not null, "organization_id" uuid not null, "register" text not null, "number" int not null, "process_or_document" text not null, "scheme" text not null, "position_ids" text[] not null default '{}', "probability" int not null, "frequency" int not null, "impact" int not null, "score" int not null, "level" text not null, "source" text not null, "source_kind" varchar(50) null, "source_id" uuid null, "confidentiality" text not null default 'none', "procurement" boolean not null default false, "last_reviewed_on" date null, "status" text not null default 'open', "version" int not null default 1, "created_by_id" uuid not null, "created_at" timestamptz not null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "compliance_risk_organization_id_register_score_index" on "compliance_risk" ("organization_id", "register", "score");`);
    this.addSql(`alter table "compliance_risk" add constraint "compliance_risk_organization_id_number_unique" unique ("organization_id", "number");`);
    this.addSql(`create table "compliance_risk_score" ("id" uuid not null, "organization_id" uuid not null, "risk_id" uuid not null, "probability" int not null, "frequency" int not null, "impact" int not null, "score" int not null, "level" text not null, "status" text not null, "scored_at" timestamptz not null, "scored_by_id" uuid not null, "reason" text null, primary key ("id"));`);
    this.addSql(`create index "compliance_risk_score_risk_id_scored_at_index" on "compliance_risk_score" ("risk_id", "scored_at");`);
    this.addSql(`create table "compliance_risk_settings" ("id" uuid not null, "organization_id" uuid not null, "scale_size" int not null default 5, "last_identified_on" date null, "updated_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "compliance_risk_settings" add constraint "compliance_risk_settings_organization_id_unique" unique ("organization_id");`);
    this.addSql(`create table "compliance_risk_trigger" ("id" uuid not null, "organization_id" uuid not null, "kind" text not null, "note" text not null, "occurred_on" date not null, "recorded_by_id" uuid not null, "recorded_at" timestamptz not null, "completed_by_id" uuid null, "completed_at" timestamptz null, "completion_note" text null, primary key ("id"));`);
    this.addSql(`create index "compliance_risk_trigger_organization_id_completed_at_index" on "compliance_risk_trigger" ("organization_id", "completed_at");`);
    this.addSql(`alter table "compliance_risk" add constraint "compliance_risk_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "compliance_risk" add constraint "compliance_risk_created_by_id_foreign" foreign key ("created_by_id") references "person" ("id");`);
    this.addSql(`alter table "compliance_risk" add constraint "compliance_risk_register_check" check ("register" in ('legal_acts', 'activity'));`);
    this.addSql(`alter table "compliance_risk" add constraint "compliance_risk_level_check" check ("level" in ('low', 'medium', 'high', 'critical'));`);
    this.addSql(`alter table "compliance_risk" add constraint "compliance_risk_source_check" check ("source" in ('internal_analysis', 'external_analysis', 'audit', 'hotline', 'conflict_of_interest', 'media', 'complaint'));`);
    this.addSql(`alter table "compliance_risk" add constraint "compliance_risk_confidentiality_check" check ("confidentiality" in ('none', 'confidential', 'insider', 'commercial', 'personal'));`);
    this.addSql(`alter table "compliance_risk" add constraint "compliance_risk_status_check" check ("status" in ('open', 'mitigated', 'retired'));`);
    this.addSql(`alter table "compliance_risk_score" add constraint "compliance_risk_score_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "compliance_risk_score" add constraint "compliance_risk_score_risk_id_foreign" foreign key ("risk_id") references "compliance_risk" ("id");`);
    this.addSql(`alter table "compliance_risk_score" add constraint "compliance_risk_score_scored_by_id_foreign" foreign key ("scored_by_id") references "person" ("id");`);
    this.addSql(`alter table "compliance_risk_score" add constraint "compliance_risk_score_level_check" check ("level" in ('low', 'medium', 'high', 'critical'));`);
    this.addSql(`alter table "compliance_risk_score" add constraint "compliance_risk_score_status_check" check ("status" in ('open', 'mitigated', 'retired'));`);
    this.addSql(`alter table "compliance_risk_settings" add constraint "compliance_risk_settings_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "compliance_risk_trigger" add constraint "compliance_risk_trigger_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "compliance_risk_trigger" add constraint "compliance_risk_trigger_recorded_by_id_foreign" foreign key ("recorded_by_id") references "person" ("id");`);
    this.addSql(`alter table "compliance_risk_trigger" add constraint "compliance_risk_trigger_completed_by_id_foreign" foreign key ("completed_by_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "compliance_risk_trigger" add constraint "compliance_risk_trigger_kind_check" check ("kind" in ('law_change', 'structure_change', 'duties_change', 'other'));`);
    this.addSql(`alter table "compliance_risk_settings" add constraint "compliance_risk_settings_scale_size_check" check ("scale_size" between 3 and 10);`);
    this.addSql(`alter table "compliance_risk" add constraint "compliance_risk_scores_check" check ("probability" between 1 and 10 and "frequency" between 1 and 10 and "impact" between 1 and 10);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "compliance_risk_trigger" cascade;`);
    this.addSql(`drop table if exists "compliance_risk_settings" cascade;`);
    this.addSql(`drop table if exists "compliance_risk_score" cascade;`);
    this.addSql(`drop table if exists "compliance_risk" cascade;`);
  }

}
