import { flushPromises, type VueWrapper } from '@vue/test-utils';

/** Opens a PrimeVue Select by its input id and picks the option with that label (PrimeVue selects on mousedown). */
export async function chooseOption(wrapper: VueWrapper, inputId: string, label: string): Promise<void> {
  await wrapper.find(inputId).trigger('click');
  await flushPromises();
  const option = [...document.querySelectorAll<HTMLElement>('[role="option"]')].find(
    (element) => element.textContent?.trim() === label,
  );
  if (!option) throw new Error(`no option ${label}`);
  option.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
  await flushPromises();
}
