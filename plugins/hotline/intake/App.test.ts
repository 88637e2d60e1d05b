import { enableAutoUnmount, mount } from '@vue/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import App from './App.vue';
import { fakeGateway, operationName, settled } from './testing/fake-gateway';

const RECEIPT = '4821 0937 5566 1234 8765 4321 0987 6543';

function gateway() {
  return fakeGateway((request) =>
    operationName(request) === 'IntakeQuestions'
      ? { body: { data: { intakeQuestions: [] } } }
      : operationName(request) === 'IntakeOrganizations'
        ? {
            body: {
              data: {
                intakeOrganizations: [
                  {
                    id: 'org-1',
                    names: { kk: 'Samruk Demo JSC', ru: 'Samruk Demo JSC', en: 'Samruk Demo JSC' },
                  },
                ],
              },
            },
          }
        : { body: { data: { submitHotlineReport: { receipt: RECEIPT, number: 'HL-2025-0001' } } } },
  );
}

function button(wrapper: ReturnType<typeof mount>, name: string) {
  const found = wrapper.findAll('button').find((candidate) => candidate.text() === name);
  if (!found) throw new Error(`No button "${name}"`);
  return found;
}

function goBack(): void {
  window.history.back();
  window.dispatchEvent(new PopStateEvent('popstate'));
}

enableAutoUnmount(afterEach);

beforeEach(() => window.history.replaceState(null, '', '/report?lang=ru'));
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('the intake app', () => {
  it('speaks for the organisation its link names: its name, logo and colour, and to whom compliance reports', async () => {
    window.history.replaceState(null, '', '/report?lang=en&org=org-2');
    const logo = 'data:image/png;base64,iVBORw0KGgo=';
    fakeGateway(() => ({
      body: {
        data: {
          intakeOrganizations: [
            { id: 'org-1', names: { kk: 'Бірінші АҚ', ru: 'Первое АО', en: 'First JSC' }, profile: null },
            {
              id: 'org-2',
              names: { kk: 'Екінші АҚ', ru: 'Второе АО', en: 'Second JSC' },
              profile: {
                reportsTo: 'supervisory_board',
                acknowledgeHours: 24,
                brandColor: '#1d4e89',
                logoDataUrl: logo,
              },
            },
          ],
        },
      },
    }));
    const wrapper = mount(App, { attachTo: document.body });
    await settled();
    expect(wrapper.get('.brand .organization').text()).toBe('Second JSC');
    expect(wrapper.get('.brand img').attributes()).toMatchObject({ src: logo, alt: '' });
    expect(wrapper.get('.independent').text()).toContain('it reports to the supervisory board');
    expect(document.documentElement.style.getPropertyValue('--adal-color-primary')).toBe('#1d4e89');
    wrapper.unmount();
    document.documentElement.removeAttribute('style');
  });

  it('opens in the language the link asks for and switches language in place', async () => {
    gateway();
    const wrapper = mount(App, { attachTo: document.body });
    expect(document.documentElement.lang).toBe('ru');
    expect(document.title).toBe('Линия доверия — сообщить о нарушении');
    expect(wrapper.find('h1').text()).toBe('Линия доверия');
    expect(wrapper.text()).toContain('Никого нельзя наказать, уволить');

    await button(wrapper, 'Қазақша').trigger('click');
    expect(document.documentElement.lang).toBe('kk');
    expect(window.location.search).toBe('?lang=kk');
    expect(wrapper.find('h1').text()).toBe('Сенім желісі');
    expect(button(wrapper, 'Қазақша').attributes('aria-pressed')).toBe('true');
  });

  it('moves between the start, the form and the follow-up with addresses under /report', async () => {
    gateway();
    const wrapper = mount(App, { attachTo: document.body });
    await button(wrapper, 'Сообщить').trigger('click');
    await settled();
    expect(window.location.pathname).toBe('/report/new');
    expect(wrapper.find('h1').text()).toBe('Обращение');
    expect(document.activeElement).toBe(wrapper.find('h1').element);

    await button(wrapper, 'Назад').trigger('click');
    await button(wrapper, 'У меня есть квитанция').trigger('click');
    expect(window.location.pathname).toBe('/report/follow-up');
    expect(window.location.search).toBe('?lang=ru');
    expect(wrapper.find('h1').text()).toBe('Ход обращения');
  });

  it('keeps what was typed when the reporter goes back to the start and returns', async () => {
    gateway();
    const wrapper = mount(App, { attachTo: document.body });
    await button(wrapper, 'Сообщить').trigger('click');
    await settled();
    await wrapper.find('#report-what').setValue('Закупщик попросил у поставщика 5% от суммы договора.');
    await button(wrapper, 'Назад').trigger('click');
    await button(wrapper, 'Сообщить').trigger('click');
    expect((wrapper.find('#report-what').element as HTMLTextAreaElement).value).toBe(
      'Закупщик попросил у поставщика 5% от суммы договора.',
    );
  });

  it('holds the receipt on screen until it is confirmed, and never puts it in the address or the title', async () => {
    gateway();
    const wrapper = mount(App, { attachTo: document.body });
    await button(wrapper, 'Сообщить').trigger('click');
    await settled();
    await wrapper.find('#report-category-corruption').setValue(true);
    await wrapper.find('#report-what').setValue('Закупщик попросил у поставщика 5% от суммы договора.');
    await wrapper.find('form').trigger('submit');
    await settled();

    expect(wrapper.find('h1').text()).toBe('Обращение отправлено');
    goBack();
    await settled();
    expect(wrapper.find('h1').text()).toBe('Обращение отправлено');

    for (const seen of [window.location.href, document.title, JSON.stringify(window.history.state)]) {
      expect(seen).not.toContain('4821');
    }

    await wrapper.find('#receipt-confirm').setValue(true);
    await button(wrapper, 'Готово').trigger('click');
    expect(window.location.pathname).toBe('/report');
    expect(wrapper.find('h1').text()).toBe('Линия доверия');
    expect(wrapper.html()).not.toContain('4821');
  });
});
