import { beforeEach, describe, expect, it, vi } from 'vitest';
import { flushPromises, mount } from '@vue/test-utils';
import { createPinia } from 'pinia';
import { AdalGraphqlError } from '@adal/sdk';
import { FakeGraphql } from '@adal/sdk/testing';
import { member, UNITS } from '../testing/samples';
import { withPlugin } from '../testing/mount-options';
import StaffMemberDialog from './StaffMemberDialog.vue';

const fake = vi.hoisted(() => ({ current: null as FakeGraphql | null }));
vi.mock('@adal/sdk', async (importOriginal) => ({
  ...(await importOriginal<Record<string, unknown>>()),
  useGraphql: () => fake.current!.client,
}));
vi.mock('single-spa', () => ({ navigateToUrl: vi.fn() }));

let graphql: FakeGraphql;

beforeEach(() => {
  graphql = new FakeGraphql();
  fake.current = graphql;
});

function mountDialog(person = member()) {
  const options = withPlugin();
  return mount(StaffMemberDialog, {
    attachTo: document.body,
    props: { member: person, orgUnits: UNITS },
    global: { plugins: [...options.global.plugins, createPinia()] },
  });
}

describe('StaffMemberDialog', () => {
  it("shows another person's e-mail as the e-mail field's error", async () => {
    graphql.on('UpdateStaffMember', () => {
      throw new AdalGraphqlError('VALIDATION', 'taken', {
        details: { field: 'email', reason: 'email_taken' },
      });
    });
    const wrapper = mountDialog();
    await flushPromises();
    await wrapper.find('#person-email').setValue('erlan@corp.kz');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(wrapper.find('#person-email-error').text()).toBe('Another person already has this e-mail.');
    expect(wrapper.find('#person-email').attributes('aria-describedby')).toBe('person-email-error');
    expect(graphql.sent('UpdateStaffMember')[0]).toMatchObject({
      id: 'p1',
      input: { email: 'erlan@corp.kz' },
    });
    wrapper.unmount();
  });

  it('marks the post as under the anti-corruption restrictions only once ticked (§74.3)', async () => {
    graphql.on('UpdateStaffMember', () => ({ updateStaffMember: member() }));
    const wrapper = mountDialog();
    await flushPromises();
    const box = () => wrapper.find<HTMLInputElement>('#person-position-restricted');
    expect(box().element.checked).toBe(false);
    expect(wrapper.text()).toContain('Holders of this position are under the anti-corruption restrictions');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('UpdateStaffMember')[0]?.['input']).not.toHaveProperty('positionUnderRestrictions');

    await box().setValue(true);
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('UpdateStaffMember')[1]?.['input']).toMatchObject({
      position: 'Заңгер',
      positionUnderRestrictions: true,
    });
    // Without a post there is nothing to mark.
    await wrapper.find('#person-position').setValue('');
    await flushPromises();
    expect(box().exists()).toBe(false);
    wrapper.unmount();
  });

  it('sends the post’s titles only once typed, and none for another post typed in', async () => {
    graphql.on('UpdateStaffMember', () => ({ updateStaffMember: member() }));
    const wrapper = mountDialog();
    await flushPromises();
    // Each language's field shows what it reads now.
    expect((wrapper.find('#person-position-titles-ru').element as HTMLInputElement).value).toBe('Юрист');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('UpdateStaffMember')[0]?.['input']).not.toHaveProperty('positionTitles');

    await wrapper.find('#person-position-titles-en').setValue('Legal Counsel');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('UpdateStaffMember')[1]?.['input']).toMatchObject({
      position: 'Заңгер',
      positionTitles: { kk: 'Заңгер', ru: 'Юрист', en: 'Legal Counsel' },
    });

    await wrapper.find('#person-position').setValue('Бас заңгер');
    await flushPromises();
    expect((wrapper.find('#person-position-titles-ru').element as HTMLInputElement).value).toBe('');
    await wrapper.find('form').trigger('submit');
    await flushPromises();
    expect(graphql.sent('UpdateStaffMember')[2]?.['input']).not.toHaveProperty('positionTitles');
    wrapper.unmount();
  });

  it('asks before deactivating, and says why the last administrator cannot be', async () => {
    graphql.on('DeactivateStaffMember', () => {
      throw new AdalGraphqlError('CONFLICT', 'last', {
        details: { reason: 'last_org_admin', messageKey: 'org.lastOrgAdmin' },
      });
    });
    const wrapper = mountDialog(member({ roles: ['employee', 'org_admin'] }));
    await flushPromises();
    const deactivate = () => wrapper.findAll('button').filter((button) => button.text() === 'Deactivate');
    await deactivate()[0]!.trigger('click');
    await flushPromises();
    expect(graphql.sent('DeactivateStaffMember')).toEqual([]);
    expect(document.body.textContent).toContain('They will no longer be able to sign in');
    await deactivate().at(-1)!.trigger('click');
    await flushPromises();
    expect(graphql.sent('DeactivateStaffMember')).toEqual([{ id: 'p1' }]);
    const refusal = wrapper.get('[role="alert"]').text();
    expect(refusal).toContain('The change was not made.');
    expect(refusal).toContain('This is the last active organisation administrator; grant the role');
    wrapper.unmount();
  });

  it('links to the hotline’s Protection page for HR actions', async () => {
    const wrapper = mountDialog();
    await flushPromises();
    expect(wrapper.find('a[href="/hotline/protection"]').exists()).toBe(true);
    wrapper.unmount();
  });
});
