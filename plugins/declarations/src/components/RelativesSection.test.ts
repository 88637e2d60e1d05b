import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import type { RelatedPerson } from '../stores/related-persons';
import RelativesSection from './RelativesSection.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
}));

let graphql: FakeGraphql;

function relative(overrides: Partial<RelatedPerson>): RelatedPerson {
  return {
    id: 'r1',
    relation: 'spouse',
    relationClass: 'spouse',
    familyMember: true,
    fullName: 'Айнұр Жұмабаева',
    iin: null,
    birthDate: null,
    workplace: null,
    workplaceBin: null,
    jobTitle: null,
    note: null,
    ...overrides,
  };
}

const SPOUSE = relative({});
const BROTHER = relative({
  id: 'r2',
  relation: 'sibling_full',
  relationClass: 'close_relative',
  familyMember: false,
  fullName: 'Нұржан Жұмабаев',
  workplace: 'ТОО «Дала Сервис»',
  jobTitle: 'Директор',
});

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
});

async function mountSection() {
  const options = withPlugin();
  const wrapper = mount(RelativesSection, {
    attachTo: document.body,
    global: { plugins: [...options.global.plugins, createPinia()] },
  });
  await flushPromises();
  return wrapper;
}

const press = async (wrapper: Awaited<ReturnType<typeof mountSection>>, label: string) => {
  const button = wrapper.findAll('button').find((b) => (b.attributes('aria-label') ?? b.text()) === label);
  if (!button) throw new Error(`no button ${label}`);
  await button.trigger('click');
  await flushPromises();
};

describe('RelativesSection', () => {
  it('says what to do when the list is empty', async () => {
    graphql.on('MyRelatedPersons', () => ({ myRelatedPersons: [] }));
    const wrapper = await mountSection();
    expect(wrapper.text()).toContain('Your list is empty. Add the relatives and linked persons');
    wrapper.unmount();
  });

  it('lists people under the law’s groups, marking the family members of §4.8', async () => {
    graphql.on('MyRelatedPersons', () => ({ myRelatedPersons: [BROTHER, SPOUSE] }));
    const wrapper = await mountSection();
    const groups = wrapper.findAll('.group').map((group) => ({
      title: group.find('h3').text(),
      people: group
        .findAll('.person')
        .map((person) => person.findAll('.who > *').map((line) => line.text().replace(/\s+/g, ' '))),
    }));
    expect(groups).toEqual([
      {
        title: 'Close relatives',
        people: [['Нұржан Жұмабаев', 'Brother or sister', 'Директор, ТОО «Дала Сервис»']],
      },
      { title: 'Spouse', people: [['Айнұр Жұмабаева', 'Spouse family member']] },
    ]);
    wrapper.unmount();
  });

  it('asks before removing someone and removes only once confirmed', async () => {
    graphql.on('MyRelatedPersons', () => ({ myRelatedPersons: [SPOUSE] }));
    graphql.on('RemoveRelatedPerson', () => ({ removeRelatedPerson: true }));
    const wrapper = await mountSection();
    await press(wrapper, 'Remove: Айнұр Жұмабаева');
    expect(wrapper.text()).toContain('Remove Айнұр Жұмабаева from your list?');
    expect(graphql.sent('RemoveRelatedPerson')).toEqual([]);
    await press(wrapper, 'Remove');
    expect(graphql.sent('RemoveRelatedPerson')).toEqual([{ id: 'r1' }]);
    expect(wrapper.findAll('.person')).toHaveLength(0);
    wrapper.unmount();
  });

  it('sends nothing until the relation and the name are given', async () => {
    graphql.on('MyRelatedPersons', () => ({ myRelatedPersons: [] }));
    const wrapper = await mountSection();
    await press(wrapper, 'Add a person');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.text()).toContain('Choose who the person is to you');
    expect(wrapper.text()).toContain('Give the full name');
    expect(graphql.sent('SaveRelatedPerson')).toEqual([]);
    wrapper.unmount();
  });
});
