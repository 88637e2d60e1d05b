import type { AdalGraphqlError } from '@adal/sdk';

/** The field a refused change names (`extensions.field`, e.g. `plannedOn`, `entries.1.reason`), so the form shows the refusal there. */
export function refusedField(error: AdalGraphqlError | null): string | null {
  const field = error?.code === 'VALIDATION' ? error.details?.['field'] : undefined;
  return typeof field === 'string' ? field : null;
}
