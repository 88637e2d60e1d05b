import { computed, type ComputedRef } from 'vue';
import { useI18n } from 'vue-i18n';
import { useErrorText, type AdalGraphqlError, type useSubmission } from '@adal/sdk';

type Submission = ReturnType<typeof useSubmission>;

/**
 * A form's refusal placed where it belongs: under the field the server named, or above the
 * buttons when it names none of the form's fields.
 */
export function useFieldErrors(
  submission: Submission,
  fields: readonly string[],
): { fieldError: (field: string) => string | undefined; formError: ComputedRef<AdalGraphqlError | null> } {
  const { t } = useI18n();
  const errorText = useErrorText();
  const refused = computed(() => {
    const error = submission.error.value;
    const field = error?.code === 'VALIDATION' ? String(error.details?.['field'] ?? '') : '';
    return fields.includes(field) ? field : null;
  });
  return {
    fieldError: (field) =>
      refused.value === field ? (errorText(submission.error.value) ?? t('errors.VALIDATION')) : undefined,
    formError: computed(() => (refused.value ? null : submission.error.value)),
  };
}
