import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ForbiddenError, ValidationError } from '../../kernel/errors.js';
import { registerDeclarant } from './declarants.js';
import { createFinancialWorld, type FinancialWorld } from './financial-fixtures.js';
import { FinancialNotice } from './financial-notice.entity.js';
import { sendFinancialNotices, signFinancialNotice } from './notices.js';
import { declarationRuleChanges, recordDeclarationRuleChange } from './rule-changes.js';

let w: FinancialWorld;
const NOW = new Date('2026-06-10T04:00:00Z');

beforeAll(async () => {
  w = await createFinancialWorld();
});

afterAll(async () => {
  await w?.db.drop();
});

const em = () => w.db.orm.em.fork();

describe("HR's record of the changes in the declaration rules (§24.1(d), §26)", () => {
  it('lists the changes in force in the year, the latest first, with their notices sent out of all', async () => {
    const declarants = await Promise.all([w.person(), w.person()]);
    for (const { person } of declarants) {
      await w.inTx((tx) =>
        registerDeclarant(tx, w.hr, { personId: person.id, category: 'official', obligedFrom: '2025-03-02' }),
      );
    }
    const law = await w.inTx((tx) =>
      recordDeclarationRuleChange(tx, w.hr, {
        kind: 'law',
        title: 'Law No. 245-VIII',
        inForceOn: '2026-03-02',
      }),
    );
    const newcomer = await w.person();
    const list = await w.inTx((tx) =>
      recordDeclarationRuleChange(tx, w.hr, {
        kind: 'declarant_list',
        title: 'Order No. 12',
        inForceOn: '2026-04-10',
        personIds: [newcomer.person.id],
      }),
    );
    await w.inTx((tx) =>
      recordDeclarationRuleChange(tx, w.hr, {
        kind: 'law',
        title: 'Law of last year',
        inForceOn: '2025-11-03',
      }),
    );
    const lawNotices = await em().find(FinancialNotice, { ruleChange: law.id }, { orderBy: { id: 'asc' } });
    await w.inTx((tx) => sendFinancialNotices(tx, w.hr, [lawNotices[0]!.id], NOW));
    // A notice signed before it was sent counts as sent.
    await w.inTx((tx) =>
      signFinancialNotice(tx, w.hr, { noticeId: lawNotices[1]!.id, signedOn: '2026-06-01' }, NOW),
    );

    const rows = await declarationRuleChanges(em(), w.hr, 2026);
    expect(
      rows.map((row) => [row.title, row.kind, row.inForceOn, row.noticesDueOn, row.sent, row.notices]),
    ).toEqual([
      ['Order No. 12', 'declarant_list', '2026-04-10', list.noticesDueOn, 0, 1],
      ['Law No. 245-VIII', 'law', '2026-03-02', law.noticesDueOn, 2, 2],
    ]);
    expect((await declarationRuleChanges(em(), w.hr, 2025)).map((row) => row.title)).toEqual([
      'Law of last year',
    ]);
    expect(await declarationRuleChanges(em(), w.hr, 2024)).toEqual([]);
  });

  it('is for HR only, and for a year that makes sense', async () => {
    await expect(declarationRuleChanges(em(), w.firstHead, 2026)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(declarationRuleChanges(em(), w.hr, 1066)).rejects.toBeInstanceOf(ValidationError);
  });
});
