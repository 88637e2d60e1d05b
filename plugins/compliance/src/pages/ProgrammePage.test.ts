import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { AdalGraphqlError, type AdalLocale } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import { withPlugin } from '../testing/mount-options';
import { adoptedStandard, checklist, emptyProgramme, service } from '../testing/programme-fixture';
import ProgrammePage from './ProgrammePage.vue';

const fake = vi.hoisted(() => ({
  current: null as FakeGraphql | null,
  roles: ['employee', 'compliance_officer'] as string[],
}));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => ({ viewer: { id: 'viewer', roles: fake.roles }, locale: 'en', token: 't' }),
}));

let graphql: FakeGraphql;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  fake.roles = ['employee', 'compliance_officer'];
});

async function mountPage(locale: AdalLocale = 'en') {
  const options = withPlugin(locale, graphql.client);
  const wrapper = mount(ProgrammePage, {
    attachTo: document.body,
    global: { ...options.global, plugins: [...options.global.plugins, createPinia()] },
  });
  await flushPromises();
  return wrapper;
}

const buttonLabels = (wrapper: Awaited<ReturnType<typeof mountPage>>) =>
  wrapper.findAll('button').map((b) => b.text());

describe('the standard and the service, before anything is recorded', () => {
  it('tells a keeper what to record, and warns under §5 with the count of responsible people', async () => {
    graphql.on('ComplianceProgramme', () => emptyProgramme());
    const wrapper = await mountPage();
    const text = wrapper.text();
    expect(text).toContain('No act adopting the standard is recorded. Record the order or other document');
    expect(text).toContain(
      'The appointment of the compliance service is not recorded. Record who appointed it',
    );
    expect(wrapper.get('[data-test="responsible-count"]').text()).toBe(
      'People responsible for corruption prevention: 1',
    );
    expect(text).toContain('§5: at least 3 employees are recommended for corruption prevention.');
    expect(buttonLabels(wrapper)).toEqual(
      expect.arrayContaining(['Record the act', 'Record the appointment', 'Edit the sizing']),
    );
    // All 16 items are there, each missing.
    expect(wrapper.findAll('tr[data-code]')).toHaveLength(16);
    expect(wrapper.findAll('tr[data-code] .adal-tag').map((t) => t.text())).toEqual(
      Array(16).fill('missing'),
    );
    wrapper.unmount();
  });

  it('shows a reader the same without a single button to change it', async () => {
    fake.roles = ['employee', 'auditor'];
    graphql.on('ComplianceProgramme', () => emptyProgramme());
    const wrapper = await mountPage();
    expect(wrapper.text()).toContain(
      'No act adopting the standard is recorded yet. The compliance service records it.',
    );
    expect(
      wrapper.findAll('button').filter((b) => !b.classes().includes('p-dialog-close-button')),
    ).toHaveLength(0);
    wrapper.unmount();
  });
});

describe('a recorded programme', () => {
  it('shows the act in force with its publication, the superseded one in the history, and no §5 warning at 3', async () => {
    graphql.on('ComplianceProgramme', () => ({
      antiCorruptionStandard: adoptedStandard(),
      complianceService: service({
        responsiblePeople: [
          { id: 'a', fullName: 'A' },
          { id: 'b', fullName: 'B' },
          { id: 'c', fullName: 'C' },
        ],
        sizing: [{ process: 'Due diligence', automation: 'partial', note: null }],
      }),
      programmeChecklist: checklist({ anti_corruption_policy: 'adopted', bonus_controls: 'draft' }),
    }));
    const wrapper = await mountPage();
    const text = wrapper.text();
    expect(text).toContain('Act No. 45-ө of');
    expect(text).toContain('the website');
    expect(wrapper.get('details summary').text()).toBe('Earlier acts (superseded) (1)');
    expect(text).not.toContain('§5:');
    expect(text).toContain('Policies adopted: 1 of 9. Controls in processes: 0 of 7.');
    expect(wrapper.get('tr[data-code="anti_corruption_policy"] .adal-tag').text()).toBe('adopted');
    expect(wrapper.get('tr[data-code="bonus_controls"] .adal-tag').text()).toBe('draft');
    expect(buttonLabels(wrapper)).toEqual(
      expect.arrayContaining(['Record an amended standard', 'Record the publication']),
    );
    wrapper.unmount();
  });

  it('updates a checklist item and shows the refusal of an adopted item without its document at its field', async () => {
    graphql.on('ComplianceProgramme', () => emptyProgramme());
    let calls = 0;
    graphql.on('UpdateChecklistItem', () => {
      calls += 1;
      if (calls === 1) {
        throw new AdalGraphqlError('VALIDATION', 'An adopted item needs its document: its name and date', {
          details: { messageKey: 'compliance.checklist.documentRequired', params: {}, field: 'documentName' },
        });
      }
      return { updateChecklistItem: checklist({ charity_and_sponsorship_procedure: 'draft' }) };
    });
    const wrapper = await mountPage();
    await wrapper.get('tr[data-code="charity_and_sponsorship_procedure"] button').trigger('click');
    await flushPromises();
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(wrapper.get('#item-document-name-error').text()).toBe(
      'An adopted item needs its document: its name and date.',
    );
    await wrapper.get('#item-document-name').setValue('Жоба');
    await wrapper.get('form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('UpdateChecklistItem').at(-1)).toMatchObject({
      input: { code: 'charity_and_sponsorship_procedure', status: 'missing', documentName: 'Жоба' },
    });
    expect(wrapper.find('form').exists()).toBe(false);
    expect(wrapper.get('tr[data-code="charity_and_sponsorship_procedure"] .adal-tag').text()).toBe('draft');
    wrapper.unmount();
  });

  it('speaks Kazakh on a Kazakh page', async () => {
    graphql.on('ComplianceProgramme', () => emptyProgramme());
    const wrapper = await mountPage('kk');
    expect(wrapper.get('h1').text()).toBe('Сыбайлас жемқорлыққа қарсы стандарт және комплаенс-қызмет');
    expect(wrapper.text()).toContain(
      '§5: сыбайлас жемқорлықтың алдын алуға кемінде 3 қызметкер тағайындау ұсынылады.',
    );
    expect(wrapper.text()).not.toMatch(/\b(missing|draft|adopted|board_of_directors)\b/);
    wrapper.unmount();
  });
});
