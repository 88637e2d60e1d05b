import type { EntityManager } from '@mikro-orm/postgresql';
import { newId } from '../../kernel/ids.js';
import { addMonths, type CalendarDay } from '../../kernel/working-days.js';
import type { IDeclarant } from './declarant.entity.js';
import type { IDeclarationDeadline } from './declaration-deadline.entity.js';
import { formDue } from './filing.js';
import { FinancialNotice } from './financial-notice.entity.js';

/** §24.3: the written reminder goes no later than one month before the filing deadline. */
export const REMINDER_MONTHS_BEFORE = 1;

export function remindBy(deadline: CalendarDay): CalendarDay {
  return addMonths(deadline, -REMINDER_MONTHS_BEFORE);
}

/**
 * Whether a deadline is the declarant's: the form they file that year is its form, and they were
 * obliged by its day (someone listed after it files by a deadline of their own).
 */
export function deadlineConcerns(
  declarant: Pick<IDeclarant, 'category' | 'obligedFrom' | 'obligedUntil'>,
  deadline: Pick<IDeclarationDeadline, 'form' | 'year' | 'dueOn'>,
): boolean {
  return formDue(declarant, deadline.year) === deadline.form && declarant.obligedFrom <= deadline.dueOn;
}

/** The §24.3 reminder of a deadline to one declarant, waiting to be sent. */
export function createDeadlineReminder(
  em: EntityManager,
  declarant: Pick<IDeclarant, 'organization' | 'person'>,
  deadline: Pick<IDeclarationDeadline, 'form' | 'year' | 'dueOn'>,
): void {
  em.create(FinancialNotice, {
    id: newId(),
    organization: declarant.organization,
    person: declarant.person,
    kind: 'deadline_reminder',
    recipient: 'employee',
    form: deadline.form,
    year: deadline.year,
    dueOn: remindBy(deadline.dueOn),
  });
}
