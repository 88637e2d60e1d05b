import { afterEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createMemoryHistory, createRouter } from 'vue-router';
import type { CompletionPerson } from '../stores/completion-people';
import { routes } from '../routes';
import { withPlugin } from '../testing/mount-options';
import CompletionPeopleDialog from './CompletionPeopleDialog.vue';

let mounted: { unmount(): void } | null = null;

afterEach(() => {
  mounted?.unmount();
  mounted = null;
});

const person: CompletionPerson = {
  id: 'person-1',
  fullName: 'Әсел Құрманғазықызы',
  email: 'a.kurmangazy@example.kz',
  status: 'passed',
  dueOn: '2026-12-31',
  bestScorePercent: 90,
  orgUnit: { id: 'u1', names: { kk: 'Қаржы', ru: 'Финансы', en: 'Finance' } },
};

async function mountDialog(linksCertificates: boolean) {
  const router = createRouter({ history: createMemoryHistory(), routes });
  await router.push('/completion');
  const options = withPlugin();
  const wrapper = mount(CompletionPeopleDialog, {
    props: {
      visible: true,
      title: 'Passed: Finance',
      people: [person],
      status: 'ready',
      error: null,
      page: 0,
      hasNext: false,
      linksCertificates,
    },
    attachTo: document.body,
    global: { plugins: [...options.global.plugins, router] },
  });
  mounted = wrapper;
  await flushPromises();
  return { wrapper, router };
}

const certificatesLink = () =>
  [...document.querySelectorAll<HTMLAnchorElement>('a')].find(
    (link) => link.getAttribute('aria-label') === 'Certificates of Әсел Құрманғазықызы',
  );

describe('CompletionPeopleDialog', () => {
  it('links each person to their certificates for those who read them, and closes on the way', async () => {
    const { wrapper, router } = await mountDialog(true);
    const link = certificatesLink();
    expect(link?.textContent?.trim()).toBe('Certificates');
    link?.click();
    // The page loads on first visit: the navigation ends once its chunk is in.
    await vi.waitFor(() => expect(router.currentRoute.value.fullPath).toBe('/people/person-1/certificates'));
    expect(wrapper.emitted('close')).toHaveLength(1);
  });

  it('offers no such link to the others', async () => {
    await mountDialog(false);
    expect(document.body.textContent).toContain('Әсел Құрманғазықызы');
    expect(certificatesLink()).toBeUndefined();
  });
});
