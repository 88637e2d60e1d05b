import { computed } from 'vue';
import { useI18n } from 'vue-i18n';
import { useLocalized } from '@adal/sdk';
import type { AudienceKind, Role } from '../graphql/generated/graphql';
import { useOrgUnitsStore } from '../stores/org-units';
import { DEFAULT_NEW_HIRE_MONTHS } from './assignment-form';
import { useFormat } from './use-format';

/** What an assignment's audience and due date say, in words of the interface language. */
export interface AudienceParts {
  audience?: AudienceKind | null;
  orgUnitIds?: readonly string[] | null;
  role?: Role | null;
  newHireMonths?: number | null;
  dueOn?: string | null;
}

export function useAssignmentWords() {
  const { t } = useI18n();
  const format = useFormat();
  const localized = useLocalized();
  const orgUnits = useOrgUnitsStore();
  const unitNames = computed(() => new Map(orgUnits.orgUnits.map((unit) => [unit.id, unit.names])));

  function audienceOf(assignment: AudienceParts): string {
    switch (assignment.audience) {
      case 'org_units': {
        const names = (assignment.orgUnitIds ?? []).map((id) => {
          const names = unitNames.value.get(id);
          return names ? localized(names) : t('assignments.unknownUnit');
        });
        return `${t('assignments.audience.org_units')}: ${names.join(', ')}`;
      }
      case 'role':
        return assignment.role
          ? `${t('assignments.audience.role')}: ${t(`assignments.role.${assignment.role}`)}`
          : t('assignments.audience.role');
      case 'new_hires':
        return t('assignments.newHiresWithin', {
          months: assignment.newHireMonths ?? DEFAULT_NEW_HIRE_MONTHS,
        });
      case null:
      case undefined:
        return '';
      default:
        return t(`assignments.audience.${assignment.audience}`);
    }
  }

  function dueOf(assignment: AudienceParts): string {
    if (assignment.audience === 'new_hires') {
      return t('assignments.dueAfterHire', { months: assignment.newHireMonths ?? DEFAULT_NEW_HIRE_MONTHS });
    }
    return assignment.dueOn ? format.day(assignment.dueOn) : '';
  }

  return { audienceOf, dueOf, loadUnits: () => orgUnits.load() };
}
