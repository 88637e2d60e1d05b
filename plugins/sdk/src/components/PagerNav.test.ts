import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { pluginMountOptions } from '../testing/mount-options';
import PagerNav from './PagerNav.vue';

const props = { page: 1, hasPrevious: true, hasNext: false, label: 'Pages of cases' };

describe('PagerNav', () => {
  it("says where the reader is in the kit's own words, with or without the number of pages", async () => {
    const wrapper = mount(PagerNav, {
      props: { ...props, pageCount: 3 },
      ...pluginMountOptions({ kk: {}, ru: {}, en: {} }),
    });
    expect(wrapper.get('nav').attributes('aria-label')).toBe('Pages of cases');
    expect(wrapper.get('[aria-live]').text()).toBe('Page 2 of 3');
    await wrapper.setProps({ pageCount: undefined });
    expect(wrapper.get('[aria-live]').text()).toBe('Page 2');
  });

  it('asks for the previous page and refuses to go past the last one', async () => {
    const wrapper = mount(PagerNav, {
      props: { ...props, pageCount: 2 },
      ...pluginMountOptions({ kk: {}, ru: {}, en: {} }),
    });
    const [previous, next] = wrapper.findAll('button');
    expect([previous?.text(), next?.text()]).toEqual(['Previous page', 'Next page']);
    expect(next?.attributes('disabled')).toBeDefined();
    await previous?.trigger('click');
    expect(wrapper.emitted('page')).toEqual([[0]]);
  });
});
