import { beforeEach, describe, expect, it, vi } from 'vitest';
import { createPinia, setActivePinia } from 'pinia';
import { useHotlineCaseStore } from '../stores/hotline-case';
import { useProtectionRecordsStore } from '../stores/protection-records';
import { ANNA, BOLAT, DANA, hotlineCase } from '../testing/samples';
import { matchesName, usePeopleSearch } from './people-search';

const fake = vi.hoisted(() => ({
  context: { viewer: { id: 'p-head', fullName: 'Нұрлан Әбдіғалиев', roles: ['compliance_head'] } },
}));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => ({ request: () => Promise.reject(new Error('not used')) }),
  useAdalContext: () => fake.context,
}));

beforeEach(() => setActivePinia(createPinia()));

describe('matchesName', () => {
  it('finds a name by every word typed, in any order and case', () => {
    expect(matchesName('Дана Омарова', 'омар дана')).toBe(true);
    expect(matchesName('Дана Омарова', 'ДАН')).toBe(true);
    expect(matchesName('Дана Омарова', 'дана серік')).toBe(false);
  });
});

describe('usePeopleSearch', () => {
  it('offers the people on the open case, on protection records and the viewer, each once', () => {
    useHotlineCaseStore().replace(hotlineCase({ assignees: [ANNA], involvedPersons: [BOLAT, ANNA] }));
    useProtectionRecordsStore().records = [
      {
        id: 'pr-1',
        person: DANA,
        basis: 'assisted',
        caseId: 'case-0',
        reportNumber: 'HL-2025-0003',
        startsOn: '2025-05-01',
        endsOn: '2028-04-30',
        active: true,
      },
    ];
    const people = usePeopleSearch();
    people.search('а');
    expect(people.results.value).toEqual([]);
    people.search('ова');
    expect(people.results.value.map((person) => person.id)).toEqual(['p-anna', 'p-dana']);
    people.search('болат');
    expect(people.results.value).toEqual([BOLAT]);
    people.search('нұрлан');
    expect(people.results.value).toEqual([{ id: 'p-head', fullName: 'Нұрлан Әбдіғалиев' }]);
    people.search('анна');
    expect(people.results.value).toEqual([ANNA]);
  });
});
