import { afterEach, describe, expect, it } from 'vitest';
import { h } from 'vue';
import { mount, type VueWrapper } from '@vue/test-utils';
import ErrorSummary from './ErrorSummary.vue';

const problems = [
  { targetId: 'report-what', text: 'Describe what happened.' },
  { targetId: 'report-contact', text: 'Say how to reach you.' },
];

let wrapper: VueWrapper | undefined;
afterEach(() => wrapper?.unmount());

function mountWithFields() {
  wrapper = mount(
    {
      render: () =>
        h('div', [
          h(ErrorSummary, { title: 'There is a problem', problems }),
          h('textarea', { id: 'report-what' }),
          h('input', { id: 'report-contact' }),
        ]),
    },
    { attachTo: document.body },
  );
  return wrapper;
}

describe('ErrorSummary', () => {
  it('takes the focus when it appears, named by its title', () => {
    const page = mountWithFields();
    const summary = page.get('.adal-error-summary');
    expect(document.activeElement).toBe(summary.element);
    expect(summary.attributes('role')).toBe('group');
    expect(document.getElementById(summary.attributes('aria-labelledby') ?? '')?.textContent).toBe(
      'There is a problem',
    );
  });

  it('lists each problem as a link that moves the focus to its field, leaving the address alone', async () => {
    const page = mountWithFields();
    const links = page.findAll('.adal-error-summary a');
    expect(links.map((link) => [link.text(), link.attributes('href')])).toEqual([
      ['Describe what happened.', '#report-what'],
      ['Say how to reach you.', '#report-contact'],
    ]);
    const before = window.location.href;
    await links[1]?.trigger('click');
    expect(document.activeElement?.id).toBe('report-contact');
    expect(window.location.href).toBe(before);
  });

  it('leaves the focus alone when told the page was not sent', () => {
    wrapper = mount(ErrorSummary, {
      props: { title: 'There is a problem', problems, takeFocus: false },
      attachTo: document.body,
    });
    expect(document.activeElement).toBe(document.body);
  });
});
