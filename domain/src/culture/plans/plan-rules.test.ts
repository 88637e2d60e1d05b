import { describe, expect, it } from 'vitest';
import { planWarnings, type RuledActivity } from './plan-rules.js';

const activity = (deadline: string, extra: Partial<RuledActivity> = {}): RuledActivity => ({
  topics: [],
  checkForm: 'test',
  deadline,
  status: 'planned',
  ...extra,
});

const named = (warnings: ReturnType<typeof planWarnings>) =>
  warnings.map((w) => `${w.paragraph} ${w.period.code} ${w.state}`);

describe("the methodology's recurring events in the plan", () => {
  it('an empty draft misses every rule in every period, each naming its paragraph', () => {
    expect(named(planWarnings(2027, [], '2026-12-01'))).toEqual([
      '§35.2 H1 missing',
      '§35.2 H2 missing',
      '§19 H1 missing',
      '§19 H2 missing',
      '§39 Q1 missing',
      '§39 Q2 missing',
      '§39 Q3 missing',
      '§39 Q4 missing',
      '§29 year missing',
      '§5.4 year missing',
      '§52.3 H1 missing',
      '§52.3 H2 missing',
      '§38.1 year missing',
    ]);
  });

  it('§35.2: a measured activity clears its half-year only; one without a knowledge check clears nothing', () => {
    const warnings = named(
      planWarnings(
        2027,
        [activity('2027-06-30'), activity('2027-07-01', { checkForm: 'none' })],
        '2026-12-01',
      ),
    );
    expect(warnings).not.toContain('§35.2 H1 missing');
    expect(warnings).toContain('§35.2 H2 missing');
  });

  it('§39: one reporter-protection event a quarter; a cancelled one does not count', () => {
    const topics = ['reporter_protection'] as const;
    const warnings = named(
      planWarnings(
        2027,
        [
          activity('2027-03-31', { topics: [...topics] }),
          activity('2027-04-01', { topics: [...topics] }),
          activity('2027-09-10', { topics: [...topics], status: 'cancelled' }),
          activity('2027-12-31', { topics: [...topics] }),
        ],
        '2026-12-01',
      ),
    ).filter((w) => w.startsWith('§39'));
    expect(warnings).toEqual(['§39 Q3 missing']);
  });

  it('during the year a period that ended without its event done is overdue; done clears it', () => {
    const topics = ['conflict_of_interest_cases'] as const;
    const planned = [
      activity('2027-05-15', { topics: [...topics] }),
      activity('2027-11-15', { topics: [...topics] }),
    ];
    const july = named(planWarnings(2027, planned, '2027-07-02')).filter((w) => w.startsWith('§19'));
    expect(july).toEqual(['§19 H1 overdue']);
    const done = [{ ...planned[0]!, status: 'done' as const }, planned[1]!];
    expect(named(planWarnings(2027, done, '2027-07-02')).filter((w) => w.startsWith('§19'))).toEqual([]);
    // The last day of the half-year is still within it.
    expect(named(planWarnings(2027, planned, '2027-06-30')).filter((w) => w.startsWith('§19'))).toEqual([]);
  });
});
