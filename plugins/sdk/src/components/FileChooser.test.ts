import { describe, expect, it } from 'vitest';
import { mount } from '@vue/test-utils';
import { pluginMountOptions } from '../testing/mount-options';
import FileChooser from './FileChooser.vue';

function mountChooser(files: File[] = []) {
  return mount(FileChooser, {
    props: { inputId: 'files', files, accept: '.pdf', multiple: true, describedBy: 'files-hint' },
    ...pluginMountOptions({ kk: {}, ru: {}, en: {} }),
  });
}

describe('FileChooser', () => {
  it("speaks the page's language, not the browser's, before and after files are chosen", async () => {
    const wrapper = mountChooser();
    expect(wrapper.get('label[for="files"]').text()).toBe('Choose files');
    expect(wrapper.get('#files-chosen').text()).toBe('No files chosen');
    await wrapper.setProps({ files: [new File(['%PDF'], 'акт.pdf'), new File(['%PDF'], 'счёт.pdf')] });
    expect(wrapper.get('#files-chosen').text()).toBe('акт.pdf, счёт.pdf');
  });

  it('keeps the real input for the keyboard and screen readers, described by what was chosen and the hint', async () => {
    const wrapper = mountChooser();
    const input = wrapper.get('input#files');
    expect(input.attributes('type')).toBe('file');
    expect(input.attributes('aria-describedby')).toBe('files-chosen files-hint');
    const picked = new File(['%PDF'], 'акт.pdf');
    Object.defineProperty(input.element, 'files', { value: [picked] });
    await input.trigger('change');
    expect(wrapper.emitted('update:files')).toEqual([[[picked]]]);
  });
});
