import { describe, expect, it, vi } from 'vitest';

describe('useDomainErrorText', () => {
  it('says the domain message in the chosen language once its messages have come, and follows a change', async () => {
    // Fresh modules: no language's messages loaded, as on a first visit to the intake.
    vi.resetModules();
    const vue = await import('vue');
    const { useDomainErrorText } = await import('./use-domain-error-text');
    const { createIntakeI18n, provideIntakeI18n } = await import('../i18n/use-intake-i18n');
    const { errorMessagesOf } = await import('@adal/sdk/errors');
    expect(errorMessagesOf('ru')).toBeUndefined();
    const i18n = createIntakeI18n('ru');
    const { IntakeError } = await import('../api/intake-error');
    const refused = new IntakeError('VALIDATION', 'too short', {
      messageKey: 'hotline.report.whatTooShort',
      params: { min: 20 },
    });
    const Message = vue.defineComponent({
      setup() {
        const text = useDomainErrorText();
        return () => vue.h('p', text(refused) ?? 'none');
      },
    });
    const Page = vue.defineComponent({
      setup() {
        provideIntakeI18n(i18n);
        return () => vue.h(Message);
      },
    });
    const element = document.createElement('div');
    const app = vue.createApp(Page);
    app.mount(element);
    await vi.waitFor(() =>
      expect(element.textContent).toBe(
        'Опишите, что произошло, хотя бы в 20 символах, чтобы это можно было проверить',
      ),
    );
    i18n.locale.value = 'kk';
    await vi.waitFor(() =>
      expect(element.textContent).toBe('Тексеруге болатындай, не болғанын кемінде 20 таңбамен сипаттаңыз'),
    );
    app.unmount();
  });
});
