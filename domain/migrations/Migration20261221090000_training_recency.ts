import { Migration } from '@mikro-orm/migrations';

/**
 * Each person's latest closed attempt, latest at 60 % or more and latest passed, kept by a trigger
 * whenever an attempt is written. The training KPIs count the people with such an attempt in a
 * period: for a period that ends after a person's latest attempt, whether they count is read from
 * this one row instead of a pass over every attempt of the period (docs/performance.md, issue 16
 * §6); only those whose latest attempt falls after the period's end are looked up in `attempt`.
 *
 * A write that only closes or scores an attempt moves a time forward, so it keeps the later of the
 * row's and its own: two transactions closing one person's attempts at once cannot leave the
 * earlier. A deletion, or a change that takes a result back, recomputes the row from the attempts
 * once the row is locked, so it reads what every earlier writer committed.
 */
export class Migration20261221090000_training_recency extends Migration {
  override name = 'Migration20261221090000_training_recency';

  override up(): void | Promise<void> {
    this.addSql(`create table "training_recency" (
      "person_id" uuid not null primary key references "person" ("id") on delete cascade,
      "closed_at" timestamptz null,
      "passed60_at" timestamptz null,
      "passed_at" timestamptz null
    );`);
    // No index on the times: a KPI reads nearly every row, in one pass over the table.
    this.addSql(`create function training_recency_of(person uuid)
      returns table (closed_at timestamptz, passed60_at timestamptz, passed_at timestamptz)
      language sql stable as $$
        select max(a.submitted_at), max(a.submitted_at) filter (where a.score_percent >= 60),
               max(a.submitted_at) filter (where a.passed)
          from attempt a where a.person_id = person and a.status <> 'open'
      $$;`);
    this.addSql(`create function attempt_refreshes_recency() returns trigger language plpgsql as $$
      begin
        if tg_op = 'INSERT' or (tg_op = 'UPDATE' and old.person_id = new.person_id
            and (old.status = 'open' or new.status <> 'open')
            and coalesce(new.score_percent, -1) >= coalesce(old.score_percent, -1)
            and (coalesce(new.passed, false) or not coalesce(old.passed, false))
            and new.submitted_at is not distinct from coalesce(old.submitted_at, new.submitted_at)) then
          if new.status <> 'open' then
            insert into training_recency (person_id, closed_at, passed60_at, passed_at)
              values (new.person_id, new.submitted_at,
                      case when new.score_percent >= 60 then new.submitted_at end,
                      case when new.passed then new.submitted_at end)
            on conflict (person_id) do update set
              closed_at = greatest(training_recency.closed_at, excluded.closed_at),
              passed60_at = greatest(training_recency.passed60_at, excluded.passed60_at),
              passed_at = greatest(training_recency.passed_at, excluded.passed_at);
          end if;
          return null;
        end if;
        -- A result taken back or moved: the row is recomputed for each person the change touched.
        if tg_op in ('UPDATE', 'DELETE') then
          -- The delete locks the row: a writer closing another attempt of theirs waits, then keeps the later.
          delete from training_recency r where r.person_id = old.person_id;
          insert into training_recency (person_id, closed_at, passed60_at, passed_at)
            select old.person_id, s.closed_at, s.passed60_at, s.passed_at
              from training_recency_of(old.person_id) s where s.closed_at is not null
            on conflict (person_id) do nothing;
        end if;
        if tg_op = 'UPDATE' and new.person_id <> old.person_id and new.status <> 'open' then
          insert into training_recency (person_id, closed_at, passed60_at, passed_at)
            select new.person_id, s.closed_at, s.passed60_at, s.passed_at from training_recency_of(new.person_id) s
            on conflict (person_id) do update set closed_at = excluded.closed_at,
              passed60_at = excluded.passed60_at, passed_at = excluded.passed_at;
        end if;
        return null;
      end $$;`);
    this.addSql(
      `create trigger attempt_refreshes_recency after insert or delete or update of status, submitted_at, score_percent, passed, person_id on "attempt" for each row execute function attempt_refreshes_recency();`,
    );
    // Its rows change with the attempts, whose own notice already empties the KPI cache; the table
    // is a source of the KPIs all the same, and so notifies as the others do.
    this.addSql(
      `create trigger "adal_kpi_changed" after insert or update or delete or truncate on "training_recency" for each statement execute function adal_kpi_changed();`,
    );
    // The rows of every person, or of one organisation's people (a bulk load that skipped the triggers).
    this.addSql(`create function training_recency_fill(organization uuid) returns void language sql as $$
      insert into training_recency (person_id, closed_at, passed60_at, passed_at)
        select a.person_id, max(a.submitted_at), max(a.submitted_at) filter (where a.score_percent >= 60),
               max(a.submitted_at) filter (where a.passed)
          from attempt a where a.status <> 'open' and (organization is null or a.organization_id = organization)
         group by a.person_id
      on conflict (person_id) do update set closed_at = excluded.closed_at,
        passed60_at = excluded.passed60_at, passed_at = excluded.passed_at
    $$;`);
    this.addSql(`select training_recency_fill(null);`);
  }

  override down(): void | Promise<void> {
    this.addSql(`drop trigger if exists attempt_refreshes_recency on "attempt";`);
    this.addSql(`drop function if exists attempt_refreshes_recency();`);
    this.addSql(`drop function if exists training_recency_of(uuid);`);
    this.addSql(`drop function if exists training_recency_fill(uuid);`);
    this.addSql(`drop table if exists "training_recency";`);
  }
}
