import { Migration } from '@mikro-orm/migrations';

// §17–§20: gifts, money, services, trip invitations and hospitality declared, with the MCI-by-year
// configuration their values are read in, and the requests to accept an invitation beforehand.
export class Migration20261208130000_gift_declarations extends Migration {

  override name = 'Migration20261208130000_gift_declarations';

  override up(): void | Promise<void> {
    this.addSql(`create table "monthly_calculation_index" ("effective_from" date not null, "amount_tenge" int not null, "source" text not null, primary key ("effective_from"));`);
    this.addSql(`alter table "monthly_calculation_index" add constraint "monthly_calculation_index_amount_positive" check ("amount_tenge" > 0);`);
    // Set each year by the law on the republican budget (Закон РК «О республиканском бюджете»).
    this.addSql(`insert into "monthly_calculation_index" ("effective_from", "amount_tenge", "source") values
      ('2024-01-01', 3692, 'Law of the Republic of Kazakhstan "On the republican budget for 2024–2026"'),
      ('2025-01-01', 3932, 'Law of the Republic of Kazakhstan "On the republican budget for 2025–2027"'),
      ('2026-01-01', 4325, 'Law of the Republic of Kazakhstan "On the republican budget for 2026–2028" (signed 8 December 2025)');`);

    this.addSql(`create table "gift_declaration" ("id" uuid not null, "organization_id" uuid not null, "person_id" uuid not null, "related_person_id" uuid null, "recipient_name" varchar(300) null, "kind" text check ("kind" in ('gift', 'money', 'service', 'trip', 'hospitality')) not null, "event" text check ("event" in ('offered', 'received', 'refused')) not null, "giver" varchar(300) not null, "giver_organization" varchar(300) null, "occasion" varchar(500) not null, "description" text not null, "occurred_on" date not null, "learned_on" date null, "value_amount" numeric(18,2) not null, "currency" text check ("currency" in ('KZT', 'USD', 'EUR', 'RUB', 'CNY', 'GBP', 'TRY', 'AED', 'KGS', 'UZS')) not null, "exchange_rate" numeric(18,6) not null, "value_tenge" numeric(18,2) not null, "mci_tenge" int null, "official" boolean not null default false, "without_consent" boolean not null default false, "trip_exception" text check ("trip_exception" in ('family_invitation', 'unrelated_individual_consented', 'international_treaty', 'professional_event')) null, "host_present" boolean null, "action_due_on" date null, "handed_over_on" date null, "handed_over_to" varchar(300) null, "hand_over_recorded_by_id" uuid null, "decision" text check ("decision" in ('keep_as_official', 'hand_over', 'buy_back', 'refuse', 'pay_back')) null, "decision_note" text null, "buy_back_price_tenge" numeric(18,2) null, "decided_on" date null, "decided_by_id" uuid null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`alter table "gift_declaration" add constraint "gift_declaration_value_not_negative" check ("value_amount" >= 0 and "value_tenge" >= 0);`);
    this.addSql(`create index "gift_declaration_person_id_index" on "gift_declaration" ("person_id");`);
    this.addSql(`create index "gift_declaration_organization_id_occurred_on_index" on "gift_declaration" ("organization_id", "occurred_on");`);
    this.addSql(`alter table "gift_declaration" add constraint "gift_declaration_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "gift_declaration" add constraint "gift_declaration_person_id_foreign" foreign key ("person_id") references "person" ("id");`);
    this.addSql(`alter table "gift_declaration" add constraint "gift_declaration_hand_over_recorded_by_id_foreign" foreign key ("hand_over_recorded_by_id") references "person" ("id") on delete set null;`);
    this.addSql(`alter table "gift_declaration" add constraint "gift_declaration_decided_by_id_foreign" foreign key ("decided_by_id") references "person" ("id") on delete set null;`);

    this.addSql(`create table "gift_pre_approval" ("id" uuid not null, "organization_id" uuid not null, "person_id" uuid not null, "kind" text check ("kind" in ('trip', 'hospitality', 'gift')) not null, "inviter" varchar(300) not null, "occasion" varchar(500) not null, "event_on" date not null, "value_amount" numeric(18,2) null, "currency" text check ("currency" in ('KZT', 'USD', 'EUR', 'RUB', 'CNY', 'GBP', 'TRY', 'AED', 'KGS', 'UZS')) null, "trip_exception" text check ("trip_exception" in ('family_invitation', 'unrelated_individual_consented', 'international_treaty', 'professional_event')) null, "host_present" boolean null, "status" text check ("status" in ('requested', 'approved', 'refused')) not null default 'requested', "decision_note" text null, "decided_by_id" uuid null, "decided_at" timestamptz null, "requested_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "gift_pre_approval_person_id_index" on "gift_pre_approval" ("person_id");`);
    this.addSql(`create index "gift_pre_approval_organization_id_status_index" on "gift_pre_approval" ("organization_id", "status");`);
    this.addSql(`alter table "gift_pre_approval" add constraint "gift_pre_approval_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "gift_pre_approval" add constraint "gift_pre_approval_person_id_foreign" foreign key ("person_id") references "person" ("id");`);
    this.addSql(`alter table "gift_pre_approval" add constraint "gift_pre_approval_decided_by_id_foreign" foreign key ("decided_by_id") references "person" ("id") on delete set null;`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "gift_pre_approval" cascade;`);
    this.addSql(`drop table if exists "gift_declaration" cascade;`);
    this.addSql(`drop table if exists "monthly_calculation_index" cascade;`);
  }

}
