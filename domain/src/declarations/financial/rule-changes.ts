import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import type { Actor } from '../../kernel/actor.js';
import { ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { loadHolidays, termEnd } from '../../kernel/public-holidays.js';
import { addMonths, addWorkingDays, type CalendarDay } from '../../kernel/working-days.js';
import { isUuid } from '../../org/org-queries.js';
import { Person } from '../../org/person.entity.js';
import { Declarant } from './declarant.entity.js';
import { dayOf, requireHr } from './declarants.js';
import { checkYear } from './filing.js';
import { FinancialNotice } from './financial-notice.entity.js';
import { obligedOn } from './obliged-during.js';
import {
  DeclarationRuleChange,
  RULE_CHANGE_KINDS,
  type IDeclarationRuleChange,
  type RuleChangeKind,
} from './rule-change.entity.js';

// The changes that oblige HR to notify declarants afresh (§24.1(d), §26): recorded with a notice
// due for each person concerned, and listed with how many of those notices HR has sent.

/** §24.1(d): a change in the law on declarations is noticed within 30 working days of entering into force. */
export const LAW_CHANGE_NOTICE_WORKING_DAYS = 30;
/** §26: a change in who must declare is noticed within one month of entering into force. */
export const DECLARANT_LIST_NOTICE_MONTHS = 1;
const MAX_RULE_TITLE = 500;

/** Declarants on the list on `day`. */
async function declarantsOn(em: EntityManager, organizationId: string, day: string) {
  return em.find(Declarant, { organization: organizationId, ...obligedOn(day) }, { orderBy: { id: 'asc' } });
}
export interface RuleChangeInput {
  kind: RuleChangeKind;
  title: string;
  inForceOn: string;
  /** §26: the employees the change in who must declare concerns; §24.1(d) goes to every declarant. */
  personIds?: readonly string[];
}

/**
 * A change in the law on declarations (§24.1(d): every declarant, within 30 working days) or in who
 * must declare (§26: the persons concerned, within one month), with a notice due for each.
 */
export async function recordDeclarationRuleChange(
  em: EntityManager,
  actor: Actor,
  input: RuleChangeInput,
): Promise<IDeclarationRuleChange> {
  requireHr(actor, 'record changes in the declaration rules');
  if (!RULE_CHANGE_KINDS.includes(input.kind))
    throw ValidationError.because('financial.ruleChange.kind', { field: 'kind' });
  const title = input.title?.trim() ?? '';
  if (title.length === 0)
    throw ValidationError.because('financial.ruleChange.titleRequired', { field: 'title' });
  if (title.length > MAX_RULE_TITLE)
    throw ValidationError.because('financial.ruleChange.titleTooLong', {
      field: 'title',
      max: MAX_RULE_TITLE,
    });
  const inForceOn = dayOf(input.inForceOn, 'inForceOn');
  const year = Number(inForceOn.slice(0, 4));
  let noticesDueOn: string;
  let personIds: string[];
  if (input.kind === 'law') {
    const calendar = await loadHolidays(em, actor.organizationId, year, year + 1);
    noticesDueOn = addWorkingDays(
      inForceOn,
      LAW_CHANGE_NOTICE_WORKING_DAYS,
      calendar.holidays,
      calendar.workedWeekendDays,
    );
    personIds = (await declarantsOn(em, actor.organizationId, inForceOn)).map(
      (declarant) => declarant.person.id,
    );
  } else {
    noticesDueOn = await termEnd(
      em,
      actor.organizationId,
      addMonths(inForceOn, DECLARANT_LIST_NOTICE_MONTHS),
    );
    personIds = [...new Set(input.personIds ?? [])];
    if (personIds.length === 0)
      throw ValidationError.because('financial.ruleChange.personsRequired', { field: 'personIds' });
    const found = personIds.every(isUuid)
      ? await em.count(Person, { id: { $in: personIds }, organization: actor.organizationId })
      : 0;
    if (found !== personIds.length)
      throw ValidationError.because('financial.ruleChange.unknownPerson', { field: 'personIds' });
  }
  const change = em.create(DeclarationRuleChange, {
    id: newId(),
    organization: actor.organizationId,
    kind: input.kind,
    title,
    inForceOn,
    noticesDueOn,
    recordedBy: em.getReference(Person, actor.personId),
  });
  for (const personId of personIds) {
    em.create(FinancialNotice, {
      id: newId(),
      organization: actor.organizationId,
      person: em.getReference(Person, personId),
      kind: input.kind === 'law' ? 'law_change' : 'declarant_list_change',
      recipient: 'employee',
      ruleChange: change,
      dueOn: noticesDueOn,
    });
  }
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'financial.rule_change_recorded',
    entityType: 'DeclarationRuleChange',
    entityId: change.id,
    data: { kind: input.kind, title, inForceOn, noticesDueOn, notices: personIds.length },
  });
  return change;
}

/** A recorded change in the declaration rules, with how far HR has got in notifying it. */
export interface DeclarationRuleChangeSummary {
  id: string;
  kind: RuleChangeKind;
  title: string;
  inForceOn: CalendarDay;
  noticesDueOn: CalendarDay;
  recordedAt: Date;
  /** The notices the change made, one per person concerned. */
  notices: number;
  /** Those of them sent (a signed notice counts as sent). */
  sent: number;
}

/**
 * HR's record of the changes entering into force in `year`, the latest first, each with the count
 * of its notices sent out of all, so that HR sees which change still has people to notify by its
 * term (§24.1(d): 30 working days; §26: one month).
 */
export async function declarationRuleChanges(
  em: EntityManager,
  actor: Actor,
  year: number,
): Promise<DeclarationRuleChangeSummary[]> {
  requireHr(actor, 'list the changes in the declaration rules');
  checkYear(year);
  const changes = await em.find(
    DeclarationRuleChange,
    { organization: actor.organizationId, inForceOn: { $gte: `${year}-01-01`, $lte: `${year}-12-31` } },
    { orderBy: { inForceOn: 'desc', recordedAt: 'desc', id: 'asc' } },
  );
  const counts =
    changes.length === 0
      ? []
      : await em.execute<{ rule_change_id: string; notices: string; sent: string }[]>(
          `select rule_change_id, count(*) as notices,
                  count(*) filter (where sent_at is not null or signed_on is not null) as sent
             from financial_notice
            where organization_id = ? and rule_change_id in (${changes.map(() => '?').join(', ')})
            group by rule_change_id`,
          [actor.organizationId, ...changes.map((change) => change.id)],
        );
  const byId = new Map(counts.map((row) => [row.rule_change_id, row]));
  return changes.map((change) => ({
    id: change.id,
    kind: change.kind,
    title: change.title,
    inForceOn: change.inForceOn,
    noticesDueOn: change.noticesDueOn,
    recordedAt: change.recordedAt,
    notices: Number(byId.get(change.id)?.notices ?? 0),
    sent: Number(byId.get(change.id)?.sent ?? 0),
  }));
}
