import { ref } from 'vue';
import { execute } from '../api/graphql-client';
import { IntakeOrganizationsDocument, type IntakeOrganizationsQuery } from '../graphql/generated/graphql';

export type IntakeOrganization = IntakeOrganizationsQuery['intakeOrganizations'][number];

/** The organisations whose single hotline this deployment serves, for the form's picker. */
export function useIntakeOrganizations() {
  const status = ref<'loading' | 'ready' | 'failed'>('loading');
  const organizations = ref<IntakeOrganization[]>([]);

  async function load(): Promise<void> {
    status.value = 'loading';
    try {
      organizations.value = (await execute(IntakeOrganizationsDocument, {})).intakeOrganizations;
      status.value = 'ready';
    } catch {
      status.value = 'failed';
    }
  }

  void load();
  return { status, organizations, load };
}
