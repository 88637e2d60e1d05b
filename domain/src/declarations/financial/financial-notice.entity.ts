import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { tenantFilter } from '../../database/tenant-filter.js';
import { newId } from '../../kernel/ids.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { DECLARATION_FORMS } from './declaration-deadline.entity.js';
import { DeclarationRuleChange } from './rule-change.entity.js';

/**
 * The written notices HR gives: the duty to declare and the liability (§24.1(b)), a change in the
 * law (§24.1(d)) or in who must declare (§26), the reminder before the deadline (§24.3), and the
 * post-service employment warning signed on leaving (§16).
 */
export const FINANCIAL_NOTICE_KINDS = [
  'duty_and_liability',
  'law_change',
  'declarant_list_change',
  'deadline_reminder',
  'post_service_warning',
] as const;
export type FinancialNoticeKind = (typeof FINANCIAL_NOTICE_KINDS)[number];

/** §24.1(b): the employee and their spouse (spouses) are each notified. */
export const NOTICE_RECIPIENTS = ['employee', 'spouse'] as const;
export type NoticeRecipient = (typeof NOTICE_RECIPIENTS)[number];

/**
 * One written notice, filed to the declarant's HR file (§24.2): everything HR gave a person about
 * declaring is the list of their notices. A notice is due (`dueOn`, null where the text sets no
 * term), then sent, then — for the post-service warning — signed.
 */
export const FinancialNotice = defineEntity({
  name: 'FinancialNotice',
  tableName: 'financial_notice',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    /** The declarant whose HR file holds the notice. */
    person: () => p.manyToOne(Person),
    kind: p.enum(FINANCIAL_NOTICE_KINDS),
    recipient: p.enum(NOTICE_RECIPIENTS).default('employee'),
    /** The spouse notified, from the person's declared relatives. */
    spouseName: p.string().length(300).nullable(),
    spouseRelativeId: p.uuid().nullable(),
    ruleChange: () => p.manyToOne(DeclarationRuleChange).nullable(),
    form: p.enum(DECLARATION_FORMS).nullable(),
    year: p.integer().nullable(),
    dueOn: p.date().nullable(),
    sentAt: p.datetime().nullable(),
    sentBy: () => p.manyToOne(Person).nullable(),
    /** The day the recipient signed it (the §16 warning is signed on leaving). */
    signedOn: p.date().nullable(),
    /** §16: the post-service ban runs 1 year from leaving. */
    banUntil: p.date().nullable(),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [{ properties: ['person'] }, { properties: ['organization', 'sentAt', 'dueOn'] }],
  filters: tenantFilter,
});

export type IFinancialNotice = InferEntity<typeof FinancialNotice>;
