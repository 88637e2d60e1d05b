import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { withPlugin } from '../testing/mount-options';
import AttachmentList from './AttachmentList.vue';

vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useAdalContext: () => ({ graphqlUrl: 'https://adal.example/graphql', token: 'token-1' }),
}));

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

// What the gateway answers for PDF bytes uploaded as "акт_\u202Efdp.exe".
const SAFE = {
  id: 'att-1',
  fileName: 'акт_fdp.pdf',
  contentType: 'application/pdf',
  sizeBytes: 2048,
  uploadedBy: 'reporter',
  createdAt: '2026-03-02T08:00:00Z',
};

describe('AttachmentList', () => {
  it('shows and saves a file under the safe name, isolated from the text around it', async () => {
    vi.stubGlobal('fetch', async () => new Response(new Blob(['%PDF-1.7']), { status: 200 }));
    vi.stubGlobal(
      'URL',
      Object.assign(URL, { createObjectURL: () => 'blob:file', revokeObjectURL: vi.fn() }),
    );
    const saved: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      saved.push(this.download);
    });
    const wrapper = mount(AttachmentList, {
      props: { attachments: [SAFE] },
      attachTo: document.body,
      ...withPlugin(),
    });

    const name = wrapper.find('li bdi');
    expect(name.text()).toBe('акт_fdp.pdf');
    const download = wrapper.find('button[aria-label="Download акт_fdp.pdf"]');
    await download.trigger('click');
    await flushPromises();
    expect(saved).toEqual(['акт_fdp.pdf']);
    wrapper.unmount();
  });
});
