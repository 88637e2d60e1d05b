import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AuditEvent } from '../../audit/audit-event.entity.js';
import { ForbiddenError, ValidationError } from '../../kernel/errors.js';
import { createHotlineWorld, type HotlineWorld } from '../hotline-fixtures.js';
import { bulkAssignHotlineCases, bulkLabelHotlineCases } from './bulk-case-actions.js';
import { assignHotlineCase } from './case-assignment.js';
import { caseLabelSuggestions, listHotlineCases } from './case-list.js';
import { setCaseLabels, setCasePriority } from './case-marking.js';
import { printHotlineCase } from './case-print.js';
import { caseTimeline } from './case-timeline.js';
import { HotlineReport } from './hotline-report.entity.js';
import { deleteSavedCaseFilter, mySavedCaseFilters, saveCaseFilter } from './saved-filters.js';
import { linkInvolvedPersons } from './triage.js';

// Case work at scale: labels and priority set by handlers, the queue filtered and sorted by
// them, bulk actions that go case by case, saved filters, the history and the case's PDF data.

let w: HotlineWorld;
const ids: Record<string, string> = {};

const trail = (caseId: string) =>
  w.db.orm.em.fork().find(AuditEvent, { entityId: caseId }, { orderBy: { seq: 'asc' } });

beforeAll(async () => {
  w = await createHotlineWorld();
  ids.phone = (await w.report({ category: 'corruption' })).reportId;
  await w.inTx((em) => em.nativeUpdate(HotlineReport, { id: ids.phone }, { channel: 'phone' }));
  ids.web = (await w.report({ category: 'other' })).reportId;
  ids.open = (
    await w.report({ anonymous: false, name: 'Әлия Серікқызы', contact: '+7 701 000 0000' })
  ).reportId;
  // Names the investigator: he can never be assigned to it.
  ids.namingInvestigator = (await w.report({ category: 'other' })).reportId;
  await w.inTx((em) => linkInvolvedPersons(em, w.head, ids.namingInvestigator!, [w.investigator.personId]));
});

afterAll(async () => {
  await w?.db.drop();
});

describe('labels and priority', () => {
  it('stores labels once each, tidied, and writes what changed on the trail', async () => {
    await w.inTx((em) => setCaseLabels(em, w.head, ids.phone!, [' Закупки ', 'закупки', 'Тендер  2026']));
    const report = await w.db.orm.em.fork().findOneOrFail(HotlineReport, { id: ids.phone! });
    expect(report.labels).toEqual(['закупки', 'тендер 2026']);
    const changed = (await trail(ids.phone!)).filter((e) => e.action === 'hotline.labels_changed');
    expect(changed.map((e) => e.data)).toEqual([{ added: ['закупки', 'тендер 2026'], removed: [] }]);
  });

  it('refuses an overlong label and changes nothing', async () => {
    const before = (await trail(ids.phone!)).length;
    await expect(
      w.inTx((em) => setCaseLabels(em, w.head, ids.phone!, ['x'.repeat(41)])),
    ).rejects.toMatchObject({
      messageKey: 'hotline.label.tooLong',
    });
    const report = await w.db.orm.em.fork().findOneOrFail(HotlineReport, { id: ids.phone! });
    expect(report.labels).toEqual(['закупки', 'тендер 2026']);
    expect(await trail(ids.phone!)).toHaveLength(before);
  });

  it('sets a priority with the old and new one on the trail, and refuses an unknown one', async () => {
    await w.inTx((em) => setCasePriority(em, w.head, ids.web!, 'urgent'));
    const changed = (await trail(ids.web!)).filter((e) => e.action === 'hotline.priority_changed');
    expect(changed.map((e) => e.data)).toEqual([{ from: 'normal', to: 'urgent' }]);
    await expect(w.inTx((em) => setCasePriority(em, w.head, ids.web!, 'asap'))).rejects.toBeInstanceOf(
      ValidationError,
    );
  });

  it('lets only the case’s handlers mark it', async () => {
    await expect(
      w.inTx((em) => setCasePriority(em, w.otherInvestigator, ids.web!, 'low')),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });
});

describe('the queue by label, priority and channel', () => {
  const listed = async (filter: Parameters<typeof listHotlineCases>[2], actor = w.head) =>
    (await listHotlineCases(w.db.orm.em.fork(), actor, { ...filter, limit: 100 })).items.map((i) => i.id);

  it('filters on the server', async () => {
    expect(await listed({ labels: ['ЗАКУПКИ'] })).toEqual([ids.phone]);
    expect(await listed({ priority: 'urgent' })).toEqual([ids.web]);
    expect(await listed({ channel: 'phone' })).toEqual([ids.phone]);
    expect(await listed({ labels: ['закупки'], channel: 'web' })).toEqual([]);
  });

  it('sorts by priority, urgent first', async () => {
    const items = (
      await listHotlineCases(w.db.orm.em.fork(), w.head, {
        sort: { field: 'priority', direction: 'desc' },
        limit: 100,
      })
    ).items;
    expect(items[0]!.id).toBe(ids.web);
  });

  it('shows an investigator only their own cases, whatever the filter', async () => {
    expect(await listed({ labels: ['закупки'] }, w.investigator)).toEqual([]);
  });

  it('suggests the labels of the cases the actor sees', async () => {
    expect(await caseLabelSuggestions(w.db.orm.em.fork(), w.head)).toEqual(['закупки', 'тендер 2026']);
    expect(await caseLabelSuggestions(w.db.orm.em.fork(), w.investigator)).toEqual([]);
  });
});

describe('bulk actions', () => {
  it('assigns each case it may, and says why the others were not', async () => {
    const results = await w.inTx((em) =>
      bulkAssignHotlineCases(em, w.head, [ids.phone!, ids.namingInvestigator!], [w.investigator.personId]),
    );
    expect(results.map((r) => [r.caseId, r.done, r.error?.messageKey ?? null])).toEqual([
      [ids.phone, true, null],
      [ids.namingInvestigator, false, 'hotline.assignment.named'],
    ]);
    expect(results[1]!.number).toMatch(/^HL-\d{4}-\d{4}$/);
    const refused = (await trail(ids.namingInvestigator!)).filter((e) => e.action === 'hotline.assigned');
    expect(refused).toEqual([]);
  });

  it('is for the compliance head only', async () => {
    await expect(
      w.inTx((em) => bulkLabelHotlineCases(em, w.investigator, [ids.phone!], ['x'])),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('adds labels to each case, keeping those it had', async () => {
    const results = await w.inTx((em) =>
      bulkLabelHotlineCases(em, w.head, [ids.phone!, ids.web!], ['Комиссия']),
    );
    expect(results.every((r) => r.done)).toBe(true);
    const em = w.db.orm.em.fork();
    expect((await em.findOneOrFail(HotlineReport, { id: ids.phone! })).labels).toEqual([
      'закупки',
      'тендер 2026',
      'комиссия',
    ]);
    expect((await em.findOneOrFail(HotlineReport, { id: ids.web! })).labels).toEqual(['комиссия']);
  });
});

describe('saved filters', () => {
  it('keeps each person’s own filters under their names', async () => {
    await w.inTx((em) => saveCaseFilter(em, w.head, ' Закупки ', { labels: ['закупки'], priority: 'high' }));
    await w.inTx((em) => saveCaseFilter(em, w.head, 'Закупки', { labels: ['закупки'] }));
    const mine = await mySavedCaseFilters(w.db.orm.em.fork(), w.head);
    expect(mine.map((f) => [f.name, f.filter.labels, f.filter.priority])).toEqual([
      ['Закупки', ['закупки'], null],
    ]);
    expect(await mySavedCaseFilters(w.db.orm.em.fork(), w.investigator)).toEqual([]);
    await expect(
      w.inTx((em) => deleteSavedCaseFilter(em, w.investigator, mine[0]!.id)),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    await w.inTx((em) => deleteSavedCaseFilter(em, w.head, mine[0]!.id));
    expect(await mySavedCaseFilters(w.db.orm.em.fork(), w.head)).toEqual([]);
  });

  it('refuses a filter without a name', async () => {
    await expect(w.inTx((em) => saveCaseFilter(em, w.head, '  ', {}))).rejects.toMatchObject({
      messageKey: 'hotline.savedFilter.nameRequired',
    });
  });
});

describe('the history and the PDF of a case', () => {
  it('lists every step with who did it, dated to the day for an anonymous report', async () => {
    const steps = await caseTimeline(w.db.orm.em.fork(), w.head, ids.phone!);
    expect(steps.map((s) => s.action)).toEqual([
      'hotline.report_received',
      'hotline.labels_changed',
      'hotline.assigned',
      'hotline.labels_changed',
    ]);
    expect(steps[2]!.actor?.id).toBe(w.head.personId);
    expect(steps[2]!.facts).toContainEqual({ key: 'added', values: [expect.any(String)] });
    expect(steps.every((s) => s.atPrecision === 'day')).toBe(true);
  });

  it('prints a case without the identity unless asked, and the export is on the trail', async () => {
    const print = await w.inTx((em) =>
      printHotlineCase(em, w.head, w.keyring, ids.open!, { withIdentity: false }),
    );
    expect(print.identity).toBeNull();
    expect(print.hotlineCase.content.what).toContain('конверт');
    const actions = (await trail(ids.open!)).map((e) => e.action);
    expect(actions).toContain('hotline.case_exported');
    expect(actions).not.toContain('hotline.identity_read');
  });

  it('refuses the identity to a reader who may not see it, and writes nothing', async () => {
    const before = (await trail(ids.open!)).length;
    await expect(
      w.inTx((em) => printHotlineCase(em, w.head, w.keyring, ids.open!, { withIdentity: true })),
    ).rejects.toMatchObject({ messageKey: 'hotline.identity.investigatorsOnly' });
    expect(await trail(ids.open!)).toHaveLength(before);
  });

  it('prints the identity for an assigned investigator who asks, the read on the trail', async () => {
    await w.inTx((em) => assignHotlineCase(em, w.head, ids.open!, [w.investigator.personId]));
    const print = await w.inTx((em) =>
      printHotlineCase(em, w.investigator, w.keyring, ids.open!, { withIdentity: true }),
    );
    expect(print.identity?.name).toBe('Әлия Серікқызы');
    const reads = (await trail(ids.open!)).filter((e) => e.action === 'hotline.identity_read');
    expect(reads.map((e) => e.actorPersonId)).toEqual([w.investigator.personId]);
  });

  it('refuses a person the report names, writing nothing', async () => {
    const before = (await trail(ids.namingInvestigator!)).length;
    await expect(
      w.inTx((em) =>
        printHotlineCase(em, w.investigator, w.keyring, ids.namingInvestigator!, { withIdentity: false }),
      ),
    ).rejects.toMatchObject({ code: 'FORBIDDEN', messageKey: 'hotline.case.notAssigned' });
    expect(await trail(ids.namingInvestigator!)).toHaveLength(before);
  });
});
