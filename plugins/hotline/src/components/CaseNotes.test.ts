import { describe, expect, it, vi } from 'vitest';
import { mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { withPlugin } from '../testing/mount-options';
import CaseNotes from './CaseNotes.vue';

vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => ({ request: () => Promise.reject(new Error('not used')) }),
  useAdalContext: () => ({ viewer: null, graphqlUrl: 'https://adal.example/graphql', token: null }),
}));

function mountNotes(handledBy: 'compliance' | 'alternate' | 'awaiting_alternate') {
  const options = withPlugin();
  return mount(CaseNotes, {
    props: { notes: [], canWrite: false, handledBy },
    global: { plugins: [...options.global.plugins, createPinia()] },
  });
}

describe('CaseNotes', () => {
  it('tells who reads the notes: the compliance head on her cases, never on a case that names her', () => {
    expect(mountNotes('compliance').get('[role="note"]').text()).toContain(
      'Only investigators of this case and the compliance head read these notes.',
    );
    for (const handledBy of ['alternate', 'awaiting_alternate'] as const) {
      const note = mountNotes(handledBy).get('[role="note"]').text();
      expect(note).toContain('Only investigators of this case and the alternate handler read these notes');
      expect(note).toContain('the compliance head does not');
    }
  });

  it('marks the notes as private with a drawn lock, not an emoji that a system without its font shows as a box', () => {
    const note = mountNotes('compliance').get('[role="note"]');
    expect(note.find('svg[aria-hidden="true"]').exists()).toBe(true);
    expect(note.text()).not.toMatch(/\p{Extended_Pictographic}/u);
  });
});
