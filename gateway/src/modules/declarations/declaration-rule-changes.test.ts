import { OrgUnit, Organization } from '@adal/domain';
import { buildPerson, grantRoles } from '@adal/domain/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { staff } from '../../testing/hotline-case-operations.js';
import { devLoginToken } from '../../testing/graphql-request.js';
import { buildHotlineOrganization, type HotlineOrganization } from '../../testing/hotline-organization.js';
import { createTestGateway, type TestGateway } from '../../testing/test-gateway.js';

// §24.1(d), §26: HR records a change in the declaration rules and follows its notices in the list.

let gateway: TestGateway;
let org: HotlineOrganization;
let hr: string;
let employee: string;

const RECORD = 'mutation($input: DeclarationRuleChangeInput!) { recordDeclarationRuleChange(input: $input) }';
const LIST =
  'query($year: Int!) { declarationRuleChanges(year: $year) { id kind title inForceOn noticesDueOn notices sent } }';

type Listed = {
  declarationRuleChanges: {
    kind: string;
    title: string;
    inForceOn: string;
    noticesDueOn: string;
    notices: number;
    sent: number;
  }[];
};

beforeAll(async () => {
  gateway = await createTestGateway();
  org = await buildHotlineOrganization(gateway.orm);
  const em = gateway.orm.em.fork();
  const organization = await em.findOneOrFail(Organization, org.organizationId);
  const root = await em.findOneOrFail(OrgUnit, { organization, parent: null });
  const officer = buildPerson(em, organization, root, { fullName: 'Әсел Кадрова' });
  grantRoles(em, officer, ['employee', 'hr_officer']);
  await em.flush();
  hr = await devLoginToken(gateway.yoga, officer.email);
  employee = await devLoginToken(gateway.yoga, org.employee.email);
});

afterAll(async () => {
  await gateway?.drop();
});

describe('declarationRuleChanges and recordDeclarationRuleChange', () => {
  it('answers the day the §26 notices are due, and lists the change with none of them sent yet', async () => {
    const recorded = await staff<{ recordDeclarationRuleChange: string }>(gateway.yoga, hr, RECORD, {
      input: {
        kind: 'declarant_list',
        title: 'Order No. 12',
        inForceOn: '2026-04-10',
        personIds: [org.employee.id],
      },
    });
    expect(recorded.error).toBeNull();
    const dueOn = recorded.data!.recordDeclarationRuleChange;
    // One month from entering into force, moved past a day off.
    expect(dueOn >= '2026-05-10' && dueOn <= '2026-05-13').toBe(true);
    const { data, error } = await staff<Listed>(gateway.yoga, hr, LIST, { year: 2026 });
    expect(error).toBeNull();
    expect(data!.declarationRuleChanges).toEqual([
      {
        id: expect.any(String),
        kind: 'declarant_list',
        title: 'Order No. 12',
        inForceOn: '2026-04-10',
        noticesDueOn: dueOn,
        notices: 1,
        sent: 0,
      },
    ]);
  });

  it('refuses a change without a title with the field named, and records nothing', async () => {
    const { error } = await staff(gateway.yoga, hr, RECORD, {
      input: { kind: 'law', title: '  ', inForceOn: '2026-07-01' },
    });
    expect(error?.extensions).toMatchObject({ code: 'VALIDATION', field: 'title' });
    const { data } = await staff<Listed>(gateway.yoga, hr, LIST, { year: 2026 });
    expect(data!.declarationRuleChanges.map((change) => change.title)).toEqual(['Order No. 12']);
  });

  it('is HR’s list: an employee is refused', async () => {
    const { error } = await staff(gateway.yoga, employee, LIST, { year: 2026 });
    expect(error?.extensions?.code).toBe('FORBIDDEN');
  });
});
