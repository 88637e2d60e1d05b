import { enableAutoUnmount, mount } from '@vue/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { intakeContext } from '../testing/mount-options';
import ReceiptPage from './ReceiptPage.vue';

const ISSUED = { receipt: '4821 0937 5566 1234 8765 4321 0987 6543', number: 'HL-2025-0001' };

function mountPage() {
  return mount(ReceiptPage, {
    ...intakeContext('en').options,
    props: { issued: ISSUED },
    attachTo: document.body,
  });
}

enableAutoUnmount(afterEach);

afterEach(() => {
  vi.unstubAllGlobals();
  document.body.innerHTML = '';
});

describe('ReceiptPage', () => {
  it('shows the receipt in eight groups of four digits, and reads it digit by digit', () => {
    const wrapper = mountPage();
    expect(wrapper.findAll('.receipt .group').map((group) => group.text())).toEqual([
      '4821',
      '0937',
      '5566',
      '1234',
      '8765',
      '4321',
      '0987',
      '6543',
    ]);
    expect(wrapper.find('.visually-hidden').text()).toMatch(/^4 8 2 1, 0 9 3 7, /);
    expect(wrapper.text()).toContain('it is the only key to your report. We cannot recover it');
  });

  it('copies the receipt to the clipboard and says so', async () => {
    const writeText = vi.fn(async () => undefined);
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    const wrapper = mountPage();
    await wrapper.find('button.secondary').trigger('click');
    await vi.waitFor(() =>
      expect(wrapper.find('[role="status"]').text()).toBe('The receipt has been copied.'),
    );
    expect(writeText).toHaveBeenCalledWith('4821 0937 5566 1234 8765 4321 0987 6543');
  });

  it('asks to write the receipt down when copying is not possible', async () => {
    vi.stubGlobal('navigator', {
      ...navigator,
      clipboard: { writeText: () => Promise.reject(new Error('denied')) },
    });
    const wrapper = mountPage();
    await wrapper.find('button.secondary').trigger('click');
    await vi.waitFor(() =>
      expect(wrapper.find('[role="status"]').text()).toBe('Copying did not work: write the receipt down.'),
    );
  });

  it('lets the reporter go only after confirming the receipt is written down', async () => {
    const wrapper = mountPage();
    const done = wrapper.findAll('button').find((button) => button.text() === 'Done')!;
    await done.trigger('click');
    expect(wrapper.emitted('done')).toBeUndefined();
    expect(wrapper.find('#receipt-confirm-error').text()).toBe(
      'Confirm that you have written down the receipt.',
    );
    expect(document.activeElement).toBe(wrapper.find('#receipt-confirm').element);

    await wrapper.find('#receipt-confirm').setValue(true);
    await done.trigger('click');
    expect(wrapper.emitted('done')).toHaveLength(1);
  });

  it('warns before the page is closed while the receipt is not confirmed', async () => {
    const wrapper = mountPage();
    const unconfirmed = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(unconfirmed);
    expect(unconfirmed.defaultPrevented).toBe(true);

    await wrapper.find('#receipt-confirm').setValue(true);
    const confirmed = new Event('beforeunload', { cancelable: true });
    window.dispatchEvent(confirmed);
    expect(confirmed.defaultPrevented).toBe(false);
  });

  it('keeps the receipt out of the title, the address and the browser’s storage', () => {
    mountPage();
    const digits = '4821';
    expect(document.title).not.toContain(digits);
    expect(window.location.href).not.toContain(digits);
    for (const storage of [window.localStorage, window.sessionStorage]) {
      const stored = Array.from({ length: storage.length }, (_, index) =>
        storage.getItem(storage.key(index)!),
      );
      expect(stored.join(' ')).not.toContain(digits);
    }
  });
});
