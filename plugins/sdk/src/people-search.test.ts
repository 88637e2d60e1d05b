import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AdalGraphqlError } from './graphql/errors';
import { FakeGraphql } from './testing';
import { SEARCH_DELAY_MS, usePeopleSearch } from './people-search';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('./graphql/client', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
}));

const DANA = {
  id: 'p-dana',
  fullName: 'Дана Омарова',
  email: 'd.omarova@corp.kz',
  orgUnit: { id: 'u-fin', names: { kk: 'Қаржы', ru: 'Финансы', en: 'Finance' } },
};
const BOLAT = {
  id: 'p-bolat',
  fullName: 'Болат Омаров',
  email: 'b.omarov@corp.kz',
  orgUnit: { id: 'u-leg', names: { kk: 'Заң бөлімі', ru: 'Юридический отдел', en: 'Legal' } },
};
let graphql: FakeGraphql;

beforeEach(() => {
  vi.useFakeTimers();
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql.on('SearchPeople', ({ search }) => ({
    people: [BOLAT, DANA].filter((person) => person.fullName.toLowerCase().includes(String(search))),
  }));
});

afterEach(() => {
  vi.useRealTimers();
});

describe('usePeopleSearch', () => {
  it('asks the gateway once the typing pauses, with the last text only', async () => {
    const people = usePeopleSearch();
    people.search('о');
    people.search('ом');
    people.search(' омаров ');
    expect(people.searching.value).toBe(true);
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS - 1);
    expect(graphql.sent('SearchPeople')).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(graphql.sent('SearchPeople')).toEqual([{ search: 'омаров' }]);
    expect(people.results.value).toEqual([BOLAT, DANA]);
    expect(people.searching.value).toBe(false);
  });

  it('asks nothing for fewer than two letters and clears the matches', async () => {
    const people = usePeopleSearch();
    people.search('дана');
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS);
    expect(people.results.value).toEqual([DANA]);
    people.search(' д ');
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS);
    expect(people.results.value).toEqual([]);
    expect(people.searching.value).toBe(false);
    expect(graphql.sent('SearchPeople')).toHaveLength(1);
  });

  it('drops a slow answer to older text when newer text was typed', async () => {
    let answerOld: (value: unknown) => void = () => undefined;
    graphql.on('SearchPeople', ({ search }) =>
      search === 'болат' ? new Promise((resolve) => (answerOld = resolve)) : { people: [DANA] },
    );
    const people = usePeopleSearch();
    people.search('болат');
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS);
    people.search('дана');
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS);
    answerOld({ people: [BOLAT] });
    await vi.advanceTimersByTimeAsync(0);
    expect(people.results.value).toEqual([DANA]);
    expect(people.searching.value).toBe(false);
  });

  it('keeps the server’s refusal as a typed error, with no matches', async () => {
    graphql.on('SearchPeople', () => {
      throw new AdalGraphqlError('FORBIDDEN', 'Only compliance_head, … may search the staff list');
    });
    const people = usePeopleSearch();
    people.search('дана');
    await vi.advanceTimersByTimeAsync(SEARCH_DELAY_MS);
    expect(people.error.value?.code).toBe('FORBIDDEN');
    expect(people.results.value).toEqual([]);
    expect(people.searching.value).toBe(false);
    people.search('дан');
    expect(people.error.value).toBeNull();
  });
});
