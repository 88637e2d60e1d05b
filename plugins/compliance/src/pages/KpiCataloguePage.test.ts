import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount, type VueWrapper } from '@vue/test-utils';
import { createPinia } from 'pinia';
import type { AdalLocale } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import type { KpiCatalogueQuery } from '../graphql/generated/graphql';
import { withPlugin } from '../testing/mount-options';
import KpiCataloguePage from './KpiCataloguePage.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
  useAdalContext: () => ({ token: 't', graphqlUrl: '/graphql', viewer: { id: 'v', roles: ['auditor'] } }),
}));

type Kpi = KpiCatalogueQuery['kpiCatalog'][number];

const text = (kk: string, ru: string, en: string) => ({ kk, ru, en });

function kpi(overrides: Partial<Kpi> & Pick<Kpi, 'code'>): Kpi {
  return {
    title: text('Көрсеткіш', 'Показатель', 'A figure'),
    description: text('Не өлшейді.', 'Что измеряет.', 'What it measures.'),
    formula: text('Алым / бөлім × 100', 'Числитель / знаменатель × 100', 'Numerator / denominator × 100'),
    paragraph: '§5',
    unit: 'percent',
    target: null,
    direction: 'at_least',
    dimensions: ['organization', 'period'],
    ownerPlugin: 'compliance',
    readers: ['auditor'],
    ...overrides,
  };
}

// §35.3, §74.3, §5, §66: a share with a 60 % floor, one with none, a count of at least 3 and 100 %.
const CATALOGUE: Kpi[] = [
  kpi({
    code: 'training.passed_share',
    title: text(
      'Тесттен кемінде 60 % нәтижемен өткендер үлесі',
      'Доля прошедших тест не менее чем на 60 %',
      'Share who passed a test with at least 60 %',
    ),
    paragraph: '§5.3, §35.3',
    target: 60,
    dimensions: ['organization', 'org_unit', 'period'],
    ownerPlugin: 'training',
    readers: ['compliance_head', 'training_admin'],
  }),
  kpi({
    code: 'training.risk_positions_trained',
    title: text(
      'Тәуекелге ұшыраған лауазымдардағы оқытылғандар үлесі',
      'Доля обученных на рисковых должностях',
      'Share of holders of risk-exposed positions trained',
    ),
    paragraph: '§74.3',
    ownerPlugin: 'training',
  }),
  kpi({
    code: 'org.responsible_staff',
    title: text('Жауапты қызметкерлер', 'Ответственные работники', 'Staff responsible for prevention'),
    unit: 'count',
    target: 3,
    dimensions: ['organization', 'org_unit'],
    ownerPlugin: 'admin',
    readers: ['org_admin'],
  }),
  kpi({
    code: 'compliance.programme_on_time',
    title: text(
      'Бағдарламаның мерзімінде орындалған іс-шаралары',
      'Мероприятия программы, выполненные в срок',
      'Programme actions done on time',
    ),
    paragraph: '§66',
    target: 100,
  }),
];

let graphql: FakeGraphql;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
  graphql.on('KpiCatalogue', () => ({ kpiCatalog: CATALOGUE }));
});

async function mountPage(locale: AdalLocale = 'en'): Promise<VueWrapper> {
  const options = withPlugin(locale);
  const wrapper = mount(KpiCataloguePage, {
    attachTo: document.body,
    global: { plugins: [...options.global.plugins, createPinia()] },
  });
  await flushPromises();
  return wrapper;
}

const titles = (wrapper: VueWrapper) => wrapper.findAll('article h2').map((h) => h.text());

async function type(wrapper: VueWrapper, words: string): Promise<void> {
  await wrapper.find('input#kpi-catalogue-search').setValue(words);
  await flushPromises();
}

function card(wrapper: VueWrapper, title: string) {
  const found = wrapper.findAll('article').find((article) => article.find('h2').text() === title);
  if (!found) throw new Error(`no card ${title}`);
  return found;
}

describe('KpiCataloguePage (§5.3, §74: the KPI catalogue)', () => {
  it('explains each KPI: target as the methodology writes it, formula, dimensions, owner and readers by name', async () => {
    const wrapper = await mountPage();
    expect(graphql.sent('KpiCatalogue')).toHaveLength(1);
    expect(titles(wrapper)).toHaveLength(4);
    expect(wrapper.findAll('[data-testid="kpi-target"]').map((dd) => dd.text())).toEqual([
      '≥ 60 %',
      'No target set',
      '≥ 3',
      '100 %',
    ]);
    const passed = card(wrapper, 'Share who passed a test with at least 60 %');
    expect(passed.text()).toContain('Numerator / denominator × 100');
    expect(passed.text()).toContain('What it measures.');
    expect(passed.text()).toContain('§5.3, §35.3');
    expect(passed.text()).toContain('Organisation, Org unit and its subtree, Period');
    expect(passed.text()).toContain('Training');
    expect(passed.text()).toContain('Head of compliance, Training administrator');
    // Codes stay out of sight: they are searched, not shown.
    expect(wrapper.text()).not.toContain('training.passed_share');
    expect(card(wrapper, 'Staff responsible for prevention').text()).toContain('Administration');
    wrapper.unmount();
  });

  it('narrows the list as the search is typed: by title, code, paragraph and plugin', async () => {
    const wrapper = await mountPage();
    await type(wrapper, 'risk-exposed');
    expect(titles(wrapper)).toEqual(['Share of holders of risk-exposed positions trained']);
    await type(wrapper, 'org.responsible');
    expect(titles(wrapper)).toEqual(['Staff responsible for prevention']);
    await type(wrapper, '§74.3');
    expect(titles(wrapper)).toEqual(['Share of holders of risk-exposed positions trained']);
    await type(wrapper, '35.3');
    expect(titles(wrapper)).toEqual(['Share who passed a test with at least 60 %']);
    await type(wrapper, 'training');
    expect(titles(wrapper)).toEqual([
      'Share who passed a test with at least 60 %',
      'Share of holders of risk-exposed positions trained',
    ]);
    expect(wrapper.find('[data-testid="kpi-count"]').text()).toBe('2 of 4 shown');
    await type(wrapper, '');
    expect(titles(wrapper)).toHaveLength(4);
    wrapper.unmount();
  });

  it('filters by owner plugin, offering only the plugins in the catalogue', async () => {
    const wrapper = await mountPage();
    const select = wrapper.findComponent({ name: 'SelectField' });
    expect((select.props('options') as { id: string }[]).map((option) => option.id)).toEqual([
      'any',
      'admin',
      'compliance',
      'training',
    ]);
    select.vm.$emit('update:modelValue', 'compliance');
    await flushPromises();
    expect(titles(wrapper)).toEqual(['Programme actions done on time']);
    wrapper.unmount();
  });

  it('says when nothing matches, and clears the search on request', async () => {
    const wrapper = await mountPage();
    await type(wrapper, 'payroll');
    expect(titles(wrapper)).toEqual([]);
    expect(wrapper.find('[data-testid="kpi-no-match"]').text()).toContain('No KPI matches the search.');
    await wrapper.find('[data-testid="kpi-no-match"] button').trigger('click');
    await flushPromises();
    expect(titles(wrapper)).toHaveLength(4);
    expect((wrapper.find('input#kpi-catalogue-search').element as HTMLInputElement).value).toBe('');
    wrapper.unmount();
  });

  it('reads wholly in Kazakh, searched in Kazakh', async () => {
    const wrapper = await mountPage('kk');
    expect(wrapper.find('h1').text()).toBe('НТК каталогы');
    expect(wrapper.text().replace(/\{\w+\}/g, '')).not.toMatch(/[A-Za-z]/);
    expect(card(wrapper, 'Жауапты қызметкерлер').text()).toContain('Ұйым әкімшісі');
    await type(wrapper, 'оқыту');
    expect(titles(wrapper)).toEqual([
      'Тесттен кемінде 60 % нәтижемен өткендер үлесі',
      'Тәуекелге ұшыраған лауазымдардағы оқытылғандар үлесі',
    ]);
    wrapper.unmount();
  });
});
