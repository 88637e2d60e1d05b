import { describe, expect, it } from 'vitest';
import { fileOf } from '../testing/fake-gateway';
import { draftProblems, emptyDraft, reportInput, type ReportDraft } from './report-draft';

function draft(overrides: Partial<ReportDraft> = {}): ReportDraft {
  return {
    ...emptyDraft(),
    organizationId: 'org-1',
    category: 'corruption',
    what: 'The buyer asked the supplier for 5% of the contract value.',
    ...overrides,
  };
}

describe('draftProblems', () => {
  it('asks for the organisation, the category and a description of at least 20 characters', () => {
    expect(draftProblems(emptyDraft())).toEqual({
      organizationId: 'organization',
      category: 'category',
      what: 'whatRequired',
    });
    expect(draftProblems(draft({ what: '   too short        ' }))).toEqual({ what: 'whatTooShort' });
    expect(draftProblems(draft())).toEqual({});
  });

  it('asks an open reporter for a name and a contact, an anonymous one for neither', () => {
    expect(draftProblems(draft({ anonymous: false }))).toEqual({ name: 'name', contact: 'contact' });
    expect(draftProblems(draft({ anonymous: false, name: 'Aigerim', contact: '+7 701 000 00 00' }))).toEqual(
      {},
    );
    expect(draftProblems(draft({ anonymous: true, name: '', contact: '' }))).toEqual({});
  });
});

describe('reportInput', () => {
  it('sends no name or contact for an anonymous report, even when some were typed before', () => {
    const input = reportInput(draft({ anonymous: true, name: 'Aigerim', contact: 'a@example.kz' }));
    expect(input).not.toHaveProperty('name');
    expect(input).not.toHaveProperty('contact');
    expect(input.anonymous).toBe(true);
  });

  it('trims the texts, sends empty optional fields as null and files only when there are some', () => {
    const file = fileOf('invoice.pdf');
    expect(
      reportInput(draft({ what: '  The buyer asked for a kickback.  ', when: ' ', where: ' Almaty ' })),
    ).toEqual({
      organizationId: 'org-1',
      category: 'corruption',
      what: 'The buyer asked for a kickback.',
      when: null,
      where: 'Almaty',
      who: null,
      anonymous: true,
    });
    expect(reportInput(draft({ attachments: [file] })).attachments).toEqual([file]);
    expect(
      reportInput(draft({ anonymous: false, name: ' Aigerim ', contact: ' a@example.kz ' })),
    ).toMatchObject({ anonymous: false, name: 'Aigerim', contact: 'a@example.kz' });
  });
});
