import { describe, expect, it } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { pluginMountOptions } from '../testing';
import { RICH_TEXT_TAGS } from '@adal/domain/rich-text-format';
import RichTextEditor from './RichTextEditor.vue';

function mountEditor(html: string) {
  return mount(RichTextEditor, {
    props: { id: 'body-ru', labelledBy: 'body-label', lang: 'ru', modelValue: html },
    attachTo: document.body,
    ...pluginMountOptions({ kk: {}, ru: {}, en: {} }, 'kk'),
  });
}

describe('RichTextEditor', () => {
  it('names each toolbar button in the interface language and says which formatting is on', async () => {
    const wrapper = mountEditor('<p>Ереже <strong>маңызды</strong></p>');
    const buttons = wrapper.findAll('[role="toolbar"] button');
    expect(buttons.map((b) => b.attributes('title'))).toEqual([
      'Жуан',
      'Көлбеу',
      'Тақырып',
      'Тақырыпша',
      'Таңбалы тізім',
      'Нөмірленген тізім',
      'Сілтеме',
      'Болдырмау',
      'Қайтару',
    ]);
    expect(buttons[0]!.attributes('aria-pressed')).toBe('false');
    await flushPromises();
    const content = wrapper.find('[role="textbox"]');
    expect(content.attributes('aria-labelledby')).toBe('body-label');
    expect(content.attributes('lang')).toBe('ru');
    wrapper.unmount();
  });

  it('says the text is refused, and where, as the form learns it and once it is mended', async () => {
    const wrapper = mountEditor('<p>Мәтін</p>');
    await flushPromises();
    const content = () => wrapper.find('[role="textbox"]');
    expect(content().attributes('aria-invalid')).toBeUndefined();
    await wrapper.setProps({ invalid: true, describedBy: 'body-error' });
    expect(content().attributes('aria-invalid')).toBe('true');
    expect(content().attributes('aria-describedby')).toBe('body-error');
    await wrapper.setProps({ invalid: false, describedBy: undefined });
    expect(content().attributes('aria-invalid')).toBeUndefined();
    expect(content().attributes('aria-describedby')).toBeUndefined();
    wrapper.unmount();
  });

  it('turns bold on for the text typed next and gives back HTML within the allow list', async () => {
    const wrapper = mountEditor(
      '<p>Мәтін</p><script>alert(1)</script><p><a href="javascript:alert(1)">x</a></p>',
    );
    // Whatever came in outside the allow list is gone from what the editor holds.
    const bold = wrapper.findAll('[role="toolbar"] button')[0]!;
    await bold.trigger('click');
    await wrapper.vm.$nextTick();
    // Typing goes through ProseMirror; the heading command changes the document instead.
    await wrapper.findAll('[role="toolbar"] button')[2]!.trigger('click');
    await wrapper.vm.$nextTick();
    const emitted = wrapper.emitted('update:modelValue') as string[][] | undefined;
    const html = emitted?.at(-1)?.[0] ?? '';
    expect(html).toMatch(/^<h2>Мәтін<\/h2>/);
    expect(html).not.toMatch(/script|javascript|alert/);
    for (const [, tag] of html.matchAll(/<\/?([a-z0-9]+)/g)) expect(RICH_TEXT_TAGS).toContain(tag);
    expect(wrapper.findAll('[role="toolbar"] button')[2]!.attributes('aria-pressed')).toBe('true');
    expect(wrapper.emitted('edited')?.length).toBeGreaterThan(0);
    wrapper.unmount();
  });

  it('refuses a link address that is not http(s) or mailto, next to the address field', async () => {
    const wrapper = mountEditor('<p>Мәтін</p>');
    await wrapper.findAll('[role="toolbar"] button')[6]!.trigger('click');
    const address = wrapper.find('#body-ru-link-address');
    await address.setValue('javascript:alert(1)');
    await wrapper.findAll('.adal-rich-editor-link button')[0]!.trigger('click');
    expect(wrapper.find('#body-ru-link-error').text()).toBe(
      'Мекенжай http://, https:// немесе mailto: арқылы басталуы керек',
    );
    expect(address.attributes('aria-invalid')).toBe('true');
    wrapper.unmount();
  });
});
