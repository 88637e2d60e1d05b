import { nextTick } from 'vue';

/**
 * After a save that was refused, brings the first marked field (or row, or message) into sight and
 * its control into focus: the button pressed may be far below it, in a long dialog or sheet.
 */
export async function focusFirstProblem(root: HTMLElement | null): Promise<void> {
  await nextTick();
  const marked = root?.querySelector<HTMLElement>('.adal-field-invalid, .refused, [role="alert"]');
  if (!marked) return;
  const control = marked.matches('[role="alert"]')
    ? null
    : marked.querySelector<HTMLElement>('input:not([type="hidden"]), textarea, [role="combobox"]');
  (control ?? marked).scrollIntoView?.({ block: 'center' });
  control?.focus({ preventScroll: true });
}
