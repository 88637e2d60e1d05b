import { Migration } from '@mikro-orm/migrations';

// Protection of people who assist anti-corruption (§39–§41): protection records, HR actions that
// need a disciplinary commission's recommendation, labour disputes with the deadlines of §40.4,
// and the working-day calendar those deadlines count in, seeded with Kazakhstan's national days
// off for 2025–2027 (Law No. 267-II of 13 December 2001 "On holidays in the Republic of
// Kazakhstan", art. 5; Labour Code art. 84–85: a holiday on a weekend moves the day off to the
// next working day, except 7 January and Kurban Ait; the Minister of Labour's order moving the
// day off of Sunday 5 January 2025 to Friday 3 January 2025). Written from kazakhstanHolidays()
// once and kept literal, so this migration never changes when that module grows; a test checks
// that the two agree. Kurban Ait 2027 is not announced yet: a later migration adds it.
export class Migration20261125142402_protection extends Migration {

  override name = 'Migration20261125142402_protection';

  override up(): void | Promise<void> {
    this.addSql(`create table "protection_record" ("id" uuid not null, "organization_id" uuid not null, "person_id" uuid not null, "basis" text not null, "report_id" uuid not null, "report_number" varchar(40) not null, "starts_on" date not null, "ends_on" date not null, "created_by_id" uuid not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "protection_record_organization_id_ends_on_index" on "protection_record" ("organization_id", "ends_on");`);
    this.addSql(`alter table "protection_record" add constraint "protection_record_person_id_report_id_unique" unique ("person_id", "report_id");`);
    this.addSql(`create table "labour_dispute" ("id" uuid not null, "organization_id" uuid not null, "person_id" uuid not null, "protection_record_id" uuid null, "applied_on" date not null, "decision_due_on" date not null, "decided_on" date null, "decision" text null, "protocol_due_on" date null, "protocol_forwarded_on" date null, "created_by_id" uuid not null, "created_at" timestamptz not null, primary key ("id"));`);
    this.addSql(`create index "labour_dispute_person_id_index" on "labour_dispute" ("person_id");`);
    this.addSql(`create table "hr_action" ("id" uuid not null, "organization_id" uuid not null, "person_id" uuid not null, "kind" text not null, "decided_on" date not null, "description" text not null, "status" text not null default 'draft', "protected_at_entry" boolean not null default false, "protection_record_id" uuid null, "flagged_at" timestamptz null, "commission_recommendation" text null, "commission_recommendation_on" date null, "entered_by_id" uuid not null, "created_at" timestamptz not null, "finalized_at" timestamptz null, primary key ("id"));`);
    this.addSql(`create index "hr_action_person_id_index" on "hr_action" ("person_id");`);
    this.addSql(`create index "hr_action_organization_id_flagged_at_index" on "hr_action" ("organization_id", "flagged_at");`);
    this.addSql(`create table "public_holiday" ("id" uuid not null, "organization_id" uuid null, "date" date not null, "kind" text not null default 'day_off', "name" jsonb not null, primary key ("id"));`);
    this.addSql(`alter table "public_holiday" add constraint "public_holiday_organization_id_date_unique" unique ("organization_id", "date");`);
    this.addSql(`create unique index "public_holiday_national_date_unique" on "public_holiday" ("date") where "organization_id" is null;`);
    this.addSql(`alter table "protection_record" add constraint "protection_record_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "protection_record" add constraint "protection_record_person_id_foreign" foreign key ("person_id") references "person" ("id");`);
    this.addSql(`alter table "protection_record" add constraint "protection_record_created_by_id_foreign" foreign key ("created_by_id") references "person" ("id");`);
    this.addSql(`alter table "protection_record" add constraint "protection_record_basis_check" check ("basis" in ('open_reporter', 'assisted'));`);
    this.addSql(`alter table "labour_dispute" add constraint "labour_dispute_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "labour_dispute" add constraint "labour_dispute_person_id_foreign" foreign key ("person_id") references "person" ("id");`);
    this.addSql(`alter table "labour_dispute" add constraint "labour_dispute_protection_record_id_foreign" foreign key ("protection_record_id") references "protection_record" ("id") on delete set null;`);
    this.addSql(`alter table "labour_dispute" add constraint "labour_dispute_created_by_id_foreign" foreign key ("created_by_id") references "person" ("id");`);
    this.addSql(`alter table "hr_action" add constraint "hr_action_organization_id_foreign" foreign key ("organization_id") references "organization" ("id");`);
    this.addSql(`alter table "hr_action" add constraint "hr_action_person_id_foreign" foreign key ("person_id") references "person" ("id");`);
    this.addSql(`alter table "hr_action" add constraint "hr_action_protection_record_id_foreign" foreign key ("protection_record_id") references "protection_record" ("id") on delete set null;`);
    this.addSql(`alter table "hr_action" add constraint "hr_action_entered_by_id_foreign" foreign key ("entered_by_id") references "person" ("id");`);
    this.addSql(`alter table "hr_action" add constraint "hr_action_kind_check" check ("kind" in ('dismissal', 'transfer', 'disciplinary'));`);
    this.addSql(`alter table "hr_action" add constraint "hr_action_status_check" check ("status" in ('draft', 'final'));`);
    this.addSql(`alter table "public_holiday" add constraint "public_holiday_organization_id_foreign" foreign key ("organization_id") references "organization" ("id") on delete cascade;`);
    this.addSql(`alter table "public_holiday" add constraint "public_holiday_kind_check" check ("kind" in ('day_off', 'working_day'));`);

    // 2025
    this.addSql(`insert into "public_holiday" ("id", "date", "kind", "name") values
      ('d50be783-4c31-486e-974a-8fd9f5c5746d', '2025-01-01', 'day_off', '{"kk":"Жаңа жыл","ru":"Новый год","en":"New Year"}'),
      ('c5861291-7cf8-40db-a1fc-f80a31964e40', '2025-01-02', 'day_off', '{"kk":"Жаңа жыл","ru":"Новый год","en":"New Year"}'),
      ('ea71abcf-ce9b-4a1c-9be0-62cee2d8eaaf', '2025-01-03', 'day_off', '{"kk":"Демалыс күні 5 қаңтардан ауыстырылды","ru":"Выходной день перенесён с 5 января","en":"Day off moved from 5 January"}'),
      ('02b4cb6b-497f-4c4a-91e6-bcc81e3555d5', '2025-01-05', 'working_day', '{"kk":"Жұмыс күні: демалыс 3 қаңтарға ауыстырылды","ru":"Рабочий день: выходной перенесён на 3 января","en":"Working day: its rest moved to 3 January"}'),
      ('a4f9f681-f089-4f95-b141-81e050410c72', '2025-01-07', 'day_off', '{"kk":"Православиелік Рождество","ru":"Православное Рождество","en":"Orthodox Christmas"}'),
      ('cab5e324-3bcd-448e-9f7b-a806b7e378a2', '2025-03-08', 'day_off', '{"kk":"Халықаралық әйелдер күні","ru":"Международный женский день","en":"International Women''s Day"}'),
      ('aae94334-ce20-4540-9eab-466a48a3cd80', '2025-03-10', 'day_off', '{"kk":"Халықаралық әйелдер күні: демалыс күні ауыстырылды","ru":"Международный женский день: перенесённый выходной","en":"International Women''s Day: day off moved from the weekend"}'),
      ('9d0aa39b-a749-4905-ad26-1fa2548e8c3b', '2025-03-21', 'day_off', '{"kk":"Наурыз мейрамы","ru":"Наурыз мейрамы","en":"Nauryz meyramy"}'),
      ('737c9a3b-dbf4-4310-a2f7-384dd905e02a', '2025-03-22', 'day_off', '{"kk":"Наурыз мейрамы","ru":"Наурыз мейрамы","en":"Nauryz meyramy"}'),
      ('877c3ecf-3871-474c-bfba-72e7aaa9a37c', '2025-03-23', 'day_off', '{"kk":"Наурыз мейрамы","ru":"Наурыз мейрамы","en":"Nauryz meyramy"}'),
      ('f179fce3-2a58-4448-b604-4b9c3fbee480', '2025-03-24', 'day_off', '{"kk":"Наурыз мейрамы: демалыс күні ауыстырылды","ru":"Наурыз мейрамы: перенесённый выходной","en":"Nauryz meyramy: day off moved from the weekend"}'),
      ('a7dfd5ba-17f7-4b5e-920a-3a276ce9cab2', '2025-03-25', 'day_off', '{"kk":"Наурыз мейрамы: демалыс күні ауыстырылды","ru":"Наурыз мейрамы: перенесённый выходной","en":"Nauryz meyramy: day off moved from the weekend"}'),
      ('a8ae8912-7999-4c07-85bc-93c652f4ef7c', '2025-05-01', 'day_off', '{"kk":"Қазақстан халқының бірлігі мерекесі","ru":"Праздник единства народа Казахстана","en":"Day of Unity of the People of Kazakhstan"}'),
      ('ccfceee2-9ad4-4962-a14e-ac340ec152fb', '2025-05-07', 'day_off', '{"kk":"Отан қорғаушы күні","ru":"День защитника Отечества","en":"Defender of the Fatherland Day"}'),
      ('94d78dd4-23ac-4660-af28-bbb68070d67e', '2025-05-09', 'day_off', '{"kk":"Жеңіс күні","ru":"День Победы","en":"Victory Day"}'),
      ('112f5744-6349-46de-a3fc-e9913a9681a0', '2025-06-06', 'day_off', '{"kk":"Құрбан айт","ru":"Курбан айт","en":"Kurban Ait"}'),
      ('bc66d250-04f2-4015-97cf-a2cb8acf8901', '2025-07-06', 'day_off', '{"kk":"Астана күні","ru":"День Столицы","en":"Capital Day"}'),
      ('ec5b3eb0-4be3-4ccb-a226-7fe6ea1d80c8', '2025-07-07', 'day_off', '{"kk":"Астана күні: демалыс күні ауыстырылды","ru":"День Столицы: перенесённый выходной","en":"Capital Day: day off moved from the weekend"}'),
      ('3a550177-994a-45d3-9575-e42d7b9123de', '2025-08-30', 'day_off', '{"kk":"Конституция күні","ru":"День Конституции","en":"Constitution Day"}'),
      ('b74bc0e8-9650-421a-9600-83177518171d', '2025-09-01', 'day_off', '{"kk":"Конституция күні: демалыс күні ауыстырылды","ru":"День Конституции: перенесённый выходной","en":"Constitution Day: day off moved from the weekend"}'),
      ('5091222e-c59c-4b52-a301-c7c4e83ce8cf', '2025-10-25', 'day_off', '{"kk":"Республика күні","ru":"День Республики","en":"Republic Day"}'),
      ('a80abf45-1dea-44e1-bb6d-22c37510427f', '2025-10-27', 'day_off', '{"kk":"Республика күні: демалыс күні ауыстырылды","ru":"День Республики: перенесённый выходной","en":"Republic Day: day off moved from the weekend"}'),
      ('d007c9ff-c0b2-4e2d-b7ff-569cf5845264', '2025-12-16', 'day_off', '{"kk":"Тәуелсіздік күні","ru":"День Независимости","en":"Independence Day"}');`);
    // 2026
    this.addSql(`insert into "public_holiday" ("id", "date", "kind", "name") values
      ('a154a624-7a2f-493c-aac4-1c6e34dd17df', '2026-01-01', 'day_off', '{"kk":"Жаңа жыл","ru":"Новый год","en":"New Year"}'),
      ('a3c3136a-48a4-420b-b7f2-27a43eb81f49', '2026-01-02', 'day_off', '{"kk":"Жаңа жыл","ru":"Новый год","en":"New Year"}'),
      ('03e49b16-f7ba-46d9-ba7d-d32e37d9220c', '2026-01-07', 'day_off', '{"kk":"Православиелік Рождество","ru":"Православное Рождество","en":"Orthodox Christmas"}'),
      ('23074ae2-34e8-48ee-b714-b07c2744c62f', '2026-03-08', 'day_off', '{"kk":"Халықаралық әйелдер күні","ru":"Международный женский день","en":"International Women''s Day"}'),
      ('18fbc970-bf4d-4284-ad25-4d1cdc624b19', '2026-03-09', 'day_off', '{"kk":"Халықаралық әйелдер күні: демалыс күні ауыстырылды","ru":"Международный женский день: перенесённый выходной","en":"International Women''s Day: day off moved from the weekend"}'),
      ('942f2b7d-94b7-486e-b29a-53ddb4b98143', '2026-03-21', 'day_off', '{"kk":"Наурыз мейрамы","ru":"Наурыз мейрамы","en":"Nauryz meyramy"}'),
      ('33166ab9-139f-4876-b043-a9c702e8c882', '2026-03-22', 'day_off', '{"kk":"Наурыз мейрамы","ru":"Наурыз мейрамы","en":"Nauryz meyramy"}'),
      ('583bec55-821f-4f71-97e1-a83f7f5c376d', '2026-03-23', 'day_off', '{"kk":"Наурыз мейрамы","ru":"Наурыз мейрамы","en":"Nauryz meyramy"}'),
      ('97b5f791-4757-4bd5-af22-7f866760f8b4', '2026-03-24', 'day_off', '{"kk":"Наурыз мейрамы: демалыс күні ауыстырылды","ru":"Наурыз мейрамы: перенесённый выходной","en":"Nauryz meyramy: day off moved from the weekend"}'),
      ('51676c09-98b7-4991-8016-05c8189b0536', '2026-03-25', 'day_off', '{"kk":"Наурыз мейрамы: демалыс күні ауыстырылды","ru":"Наурыз мейрамы: перенесённый выходной","en":"Nauryz meyramy: day off moved from the weekend"}'),
      ('b51df3ba-623e-457a-bb74-e08926f5389e', '2026-05-01', 'day_off', '{"kk":"Қазақстан халқының бірлігі мерекесі","ru":"Праздник единства народа Казахстана","en":"Day of Unity of the People of Kazakhstan"}'),
      ('abee5479-3df3-4bc9-941e-670d68df2281', '2026-05-07', 'day_off', '{"kk":"Отан қорғаушы күні","ru":"День защитника Отечества","en":"Defender of the Fatherland Day"}'),
      ('51bb3702-b494-4082-8616-2876a323e46a', '2026-05-09', 'day_off', '{"kk":"Жеңіс күні","ru":"День Победы","en":"Victory Day"}'),
      ('66112f35-eb8f-4e81-9597-7a74a0b3b2da', '2026-05-11', 'day_off', '{"kk":"Жеңіс күні: демалыс күні ауыстырылды","ru":"День Победы: перенесённый выходной","en":"Victory Day: day off moved from the weekend"}'),
      ('1e65754f-e077-4e4b-be89-2a234cb89405', '2026-05-27', 'day_off', '{"kk":"Құрбан айт","ru":"Курбан айт","en":"Kurban Ait"}'),
      ('21b62e8f-8150-4749-96a8-c8ad5774bf56', '2026-07-06', 'day_off', '{"kk":"Астана күні","ru":"День Столицы","en":"Capital Day"}'),
      ('7fde933d-c02f-4137-a128-0530a1248dec', '2026-08-30', 'day_off', '{"kk":"Конституция күні","ru":"День Конституции","en":"Constitution Day"}'),
      ('1866aa0e-79c2-4413-a77f-afd3920aa96b', '2026-08-31', 'day_off', '{"kk":"Конституция күні: демалыс күні ауыстырылды","ru":"День Конституции: перенесённый выходной","en":"Constitution Day: day off moved from the weekend"}'),
      ('829391b1-a0f3-4a41-af27-17d07ba8f672', '2026-10-25', 'day_off', '{"kk":"Республика күні","ru":"День Республики","en":"Republic Day"}'),
      ('e93e7f2a-0fa5-4b29-81ab-7f73da71dd04', '2026-10-26', 'day_off', '{"kk":"Республика күні: демалыс күні ауыстырылды","ru":"День Республики: перенесённый выходной","en":"Republic Day: day off moved from the weekend"}'),
      ('2b713fe2-e022-4a69-a884-e614e8bba202', '2026-12-16', 'day_off', '{"kk":"Тәуелсіздік күні","ru":"День Независимости","en":"Independence Day"}');`);
    // 2027
    this.addSql(`insert into "public_holiday" ("id", "date", "kind", "name") values
      ('178beb39-924f-4a69-af66-c5e1b5691f19', '2027-01-01', 'day_off', '{"kk":"Жаңа жыл","ru":"Новый год","en":"New Year"}'),
      ('ca05b8a0-0014-4118-ba29-dc156808f17e', '2027-01-02', 'day_off', '{"kk":"Жаңа жыл","ru":"Новый год","en":"New Year"}'),
      ('bd69f4ce-b147-499b-b80c-a60cb463b084', '2027-01-04', 'day_off', '{"kk":"Жаңа жыл: демалыс күні ауыстырылды","ru":"Новый год: перенесённый выходной","en":"New Year: day off moved from the weekend"}'),
      ('3d025aa4-93b4-4362-9723-06fcd9b5893c', '2027-01-07', 'day_off', '{"kk":"Православиелік Рождество","ru":"Православное Рождество","en":"Orthodox Christmas"}'),
      ('62c67b02-165a-401f-9136-a5f6327c91b0', '2027-03-08', 'day_off', '{"kk":"Халықаралық әйелдер күні","ru":"Международный женский день","en":"International Women''s Day"}'),
      ('7f0c6633-f1d6-472d-84dc-8c1dac1e0ccc', '2027-03-21', 'day_off', '{"kk":"Наурыз мейрамы","ru":"Наурыз мейрамы","en":"Nauryz meyramy"}'),
      ('a02c9b38-bf53-4830-a4be-e05959478e68', '2027-03-22', 'day_off', '{"kk":"Наурыз мейрамы","ru":"Наурыз мейрамы","en":"Nauryz meyramy"}'),
      ('914b5273-c62a-4fb6-928e-e375518077dc', '2027-03-23', 'day_off', '{"kk":"Наурыз мейрамы","ru":"Наурыз мейрамы","en":"Nauryz meyramy"}'),
      ('0da0c2a5-952e-4b18-b1b3-1d2767a4647b', '2027-03-24', 'day_off', '{"kk":"Наурыз мейрамы: демалыс күні ауыстырылды","ru":"Наурыз мейрамы: перенесённый выходной","en":"Nauryz meyramy: day off moved from the weekend"}'),
      ('821998c6-72fe-40c6-8897-a850436a3929', '2027-05-01', 'day_off', '{"kk":"Қазақстан халқының бірлігі мерекесі","ru":"Праздник единства народа Казахстана","en":"Day of Unity of the People of Kazakhstan"}'),
      ('e7e545b5-050a-4397-b7c4-365bc1b10f7b', '2027-05-03', 'day_off', '{"kk":"Қазақстан халқының бірлігі мерекесі: демалыс күні ауыстырылды","ru":"Праздник единства народа Казахстана: перенесённый выходной","en":"Day of Unity of the People of Kazakhstan: day off moved from the weekend"}'),
      ('ff7862df-2867-4f81-8f02-f5a151063a95', '2027-05-07', 'day_off', '{"kk":"Отан қорғаушы күні","ru":"День защитника Отечества","en":"Defender of the Fatherland Day"}'),
      ('28bad756-24a2-41d4-8f67-e560f56ebeab', '2027-05-09', 'day_off', '{"kk":"Жеңіс күні","ru":"День Победы","en":"Victory Day"}'),
      ('c0968084-26d1-4d1e-909f-ef9069d6f5ac', '2027-05-10', 'day_off', '{"kk":"Жеңіс күні: демалыс күні ауыстырылды","ru":"День Победы: перенесённый выходной","en":"Victory Day: day off moved from the weekend"}'),
      ('0e026f44-faaf-4aae-8cbb-c1006424fecf', '2027-07-06', 'day_off', '{"kk":"Астана күні","ru":"День Столицы","en":"Capital Day"}'),
      ('6aeb9c77-635e-4b5d-9b63-822cd93b8912', '2027-08-30', 'day_off', '{"kk":"Конституция күні","ru":"День Конституции","en":"Constitution Day"}'),
      ('6bebf08a-9522-4907-8fe1-792bc4500f50', '2027-10-25', 'day_off', '{"kk":"Республика күні","ru":"День Республики","en":"Republic Day"}'),
      ('b93246c4-870a-440a-8096-29113b22656e', '2027-12-16', 'day_off', '{"kk":"Тәуелсіздік күні","ru":"День Независимости","en":"Independence Day"}');`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop table if exists "labour_dispute" cascade;`);
    this.addSql(`drop table if exists "hr_action" cascade;`);
    this.addSql(`drop table if exists "protection_record" cascade;`);
    this.addSql(`drop table if exists "public_holiday" cascade;`);
  }

}
