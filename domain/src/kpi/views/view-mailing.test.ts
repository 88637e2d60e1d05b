import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../kernel/actor.js';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { Person } from '../../org/person.entity.js';
import {
  actorOf,
  buildOrganization,
  buildPerson,
  concurrently,
  createTestDatabase,
  grantRoles,
  outcomes,
  type TestDatabase,
} from '../../testing/index.js';
import '../../org/kpis.js';
import { KpiView } from './kpi-view.entity.js';
import { saveKpiView } from './kpi-views.js';
import {
  claimKpiViewMailing,
  dueKpiViewIds,
  duePeriod,
  kpiViewMail,
  mailingFilters,
  mailingPeriod,
  type ViewMailing,
} from './view-mailing.js';
import { shareKpiView } from './view-sharing.js';

// §69, §74: a KPI view mailed as its PDF each month or quarter, once per period, to the chosen
// recipients who may still read it.

/** Kazakhstan is UTC+5: 19:00 UTC is midnight there. */
const at = (utc: string) => new Date(utc);

describe('the period a schedule owes', () => {
  it('monthly: the month before Kazakhstan’s today, from its first day', () => {
    expect(mailingPeriod('monthly', at('2026-11-30T18:59:00Z'))).toBe('2026-10');
    expect(mailingPeriod('monthly', at('2026-11-30T19:00:00Z'))).toBe('2026-11');
    expect(mailingPeriod('monthly', at('2026-12-31T12:00:00Z'))).toBe('2026-11');
    expect(mailingPeriod('monthly', at('2027-01-01T02:30:00Z'))).toBe('2026-12');
  });

  it('quarterly: the quarter before the one that holds today, from its first day', () => {
    expect(mailingPeriod('quarterly', at('2026-09-30T18:59:00Z'))).toBe('2026-Q2');
    expect(mailingPeriod('quarterly', at('2026-09-30T19:00:00Z'))).toBe('2026-Q3');
    expect(mailingPeriod('quarterly', at('2026-12-06T02:30:00Z'))).toBe('2026-Q3');
    expect(mailingPeriod('quarterly', at('2027-01-01T02:30:00Z'))).toBe('2026-Q4');
  });

  it('is owed until it is sent, and never again after, nor an earlier one', () => {
    const now = at('2026-12-01T02:30:00Z');
    const monthly = { frequency: 'monthly' as const, recipientIds: ['x'] };
    expect(duePeriod({ ...monthly, lastSent: null }, now)).toBe('2026-11');
    expect(duePeriod({ ...monthly, lastSent: '2026-10' }, now)).toBe('2026-11');
    expect(duePeriod({ ...monthly, lastSent: '2026-11' }, now)).toBeNull();
    expect(duePeriod({ ...monthly, lastSent: '2026-12' }, now)).toBeNull();
    const quarterly = { frequency: 'quarterly' as const, recipientIds: ['x'] };
    expect(duePeriod({ ...quarterly, lastSent: '2026-Q2' }, now)).toBe('2026-Q3');
    expect(duePeriod({ ...quarterly, lastSent: '2026-Q3' }, now)).toBeNull();
    // A quarter's mark says nothing about a month, and the other way round.
    expect(duePeriod({ ...quarterly, lastSent: '2026-11' }, now)).toBe('2026-Q3');
    expect(duePeriod({ ...monthly, lastSent: '2026-Q4' }, now)).toBe('2026-11');
    expect(duePeriod(null, now)).toBeNull();
    expect(duePeriod({ ...monthly, recipientIds: [], lastSent: null }, now)).toBeNull();
  });

  it('shows the month as its days and the quarter as a quarter, in the view’s scope', () => {
    expect(mailingFilters({ orgUnitId: 'u', period: { kind: 'year', year: 2026 } }, '2028-02')).toEqual({
      organizationId: null,
      orgUnitId: 'u',
      period: { kind: 'custom', from: '2028-02-01', to: '2028-02-29' },
    });
    expect(mailingFilters({ period: { kind: 'year', year: 2026 } }, '2026-12').period).toEqual({
      kind: 'custom',
      from: '2026-12-01',
      to: '2026-12-31',
    });
    expect(mailingFilters({ period: { kind: 'year', year: 2026 } }, '2026-Q3').period).toEqual({
      kind: 'quarter',
      year: 2026,
      part: 3,
    });
  });
});

describe('claiming a view’s mailing', () => {
  const NOW = at('2026-12-01T02:30:00Z');
  let db: TestDatabase;
  let organizationId: string;
  let head: Actor;
  let reader: Actor;
  let outsider: Actor;
  let leaver: Actor;
  let auditor: Actor;
  let viewId: string;

  function tx<T>(work: (em: EntityManager) => Promise<T>): Promise<T> {
    return db.orm.em.fork().transactional(work);
  }

  beforeAll(async () => {
    db = await createTestDatabase();
    const em = db.orm.em.fork();
    const org = await buildOrganization(em);
    organizationId = org.organization.id;
    const person = (email: string, roles: Parameters<typeof grantRoles>[2], locale: 'kk' | 'ru' | 'en') => {
      const p = buildPerson(em, org.organization, org.root, { email });
      p.locale = locale;
      grantRoles(em, p, roles);
      return actorOf(p, roles);
    };
    head = person('head@test.adal.kz', ['employee', 'compliance_head'], 'kk');
    reader = person('reader@test.adal.kz', ['employee'], 'ru');
    outsider = person('outsider@test.adal.kz', ['employee'], 'en');
    leaver = person('leaver@test.adal.kz', ['employee'], 'kk');
    auditor = person('auditor@test.adal.kz', ['employee', 'auditor'], 'en');
    await em.flush();
    viewId = (
      await tx((tem) =>
        saveKpiView(
          tem,
          head,
          {
            title: 'Басқарма үшін',
            filters: { period: { kind: 'quarter', year: 2026, part: 4 } },
            widgets: [
              {
                id: 'people',
                kind: 'number',
                codes: ['org.headcount'],
                split: null,
                x: 0,
                y: 0,
                w: 4,
                h: 3,
                amberMargin: null,
              },
            ],
          },
          NOW,
        ),
      )
    ).id;
    await tx((tem) =>
      shareKpiView(
        tem,
        head,
        viewId,
        {
          roles: ['auditor'],
          personIds: [reader.personId, leaver.personId],
          schedule: {
            frequency: 'monthly',
            recipientIds: [
              head.personId,
              reader.personId,
              outsider.personId,
              leaver.personId,
              auditor.personId,
            ],
          },
        },
        NOW,
      ),
    );
    await tx(async (tem) => {
      const gone = await tem.findOneOrFail(Person, leaver.personId);
      gone.active = false;
    });
  });

  afterAll(async () => {
    await db?.drop();
  });

  it('lists the view while its month is owed', async () => {
    expect(await dueKpiViewIds(db.orm.em.fork(), organizationId, NOW)).toEqual([viewId]);
  });

  it('two runs at once: one claims the month, with the recipients who may read it; the other finds it sent', async () => {
    const { fulfilled, rejected } = outcomes(
      await concurrently(db.orm, 3, (em) => claimKpiViewMailing(em, organizationId, viewId, NOW)),
    );
    expect(rejected).toEqual([]);
    const claimed = fulfilled.filter((m): m is ViewMailing => m !== null);
    expect(claimed).toHaveLength(1);
    const [mailing] = claimed as [ViewMailing];
    expect(mailing.period).toBe('2026-11');
    expect(mailing.filters.period).toEqual({ kind: 'custom', from: '2026-11-01', to: '2026-11-30' });
    // The owner, a person it is shared with and a holder of a role it is shared with; not the one
    // it was never shared with, nor the one who has left.
    expect(mailing.recipients.map((r) => [r.email, r.locale, r.actor.roles])).toEqual([
      ['auditor@test.adal.kz', 'en', ['employee', 'auditor']],
      ['head@test.adal.kz', 'kk', ['employee', 'compliance_head']],
      ['reader@test.adal.kz', 'ru', ['employee']],
    ]);
    const view = await db.orm.em.fork().findOneOrFail(KpiView, viewId);
    expect(view.schedule?.lastSent).toBe('2026-11');
    const events = await db.orm.em
      .fork()
      .find(AuditEvent, { organization: organizationId, action: 'kpi_view.schedule_sent' });
    expect(events.map((e) => [e.entityId, e.actorPersonId ?? null, e.data])).toEqual([
      [viewId, null, { period: '2026-11', frequency: 'monthly', recipients: 3, skipped: 2 }],
    ]);
    expect(await dueKpiViewIds(db.orm.em.fork(), organizationId, NOW)).toEqual([]);
  });

  it('owes the next month once it has begun', async () => {
    const next = at('2026-12-31T19:00:00Z');
    expect(await dueKpiViewIds(db.orm.em.fork(), organizationId, next)).toEqual([viewId]);
    const mailing = await tx((em) => claimKpiViewMailing(em, organizationId, viewId, next));
    expect(mailing?.period).toBe('2026-12');
    expect(await tx((em) => claimKpiViewMailing(em, organizationId, viewId, next))).toBeNull();
  });

  it('words the mail in the recipient’s language, naming the view and the period, linking to it', () => {
    const mailing: ViewMailing = {
      viewId,
      title: 'Басқарма үшін',
      period: '2026-11',
      filters: { period: { kind: 'custom', from: '2026-11-01', to: '2026-11-30' } },
      recipients: [],
    };
    const to = (locale: 'kk' | 'ru' | 'en') => ({
      actor: head,
      email: 'x@test.adal.kz',
      fullName: 'Ә. Ж.',
      locale,
    });
    const kk = kpiViewMail(mailing, to('kk'), 'https://adal.test.kz/');
    expect(kk.subject).toBe('«Басқарма үшін» НТК көрінісі: 2026 жылғы қараша');
    expect(kk.text).toContain(`https://adal.test.kz/compliance/kpi-views/${viewId}`);
    expect(kpiViewMail(mailing, to('ru'), 'https://adal.test.kz').subject).toBe(
      'Представление КПЭ «Басқарма үшін»: ноябрь 2026 г.',
    );
    expect(kpiViewMail({ ...mailing, period: '2026-Q3' }, to('en'), 'https://adal.test.kz').subject).toBe(
      'KPI view "Басқарма үшін": Q3 2026',
    );
  });
});
