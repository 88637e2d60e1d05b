import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { tenantFilter } from '../../database/tenant-filter.js';
import { newId } from '../../kernel/ids.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';

/**
 * Two separate triggers (§26 note): a change in the normative acts on declarations, noticed to
 * every declarant within 30 working days of entering into force (§24.1(d)); a change in who must
 * declare, noticed to the persons it concerns within one month (§26).
 */
export const RULE_CHANGE_KINDS = ['law', 'declarant_list'] as const;
export type RuleChangeKind = (typeof RULE_CHANGE_KINDS)[number];

export const DeclarationRuleChange = defineEntity({
  name: 'DeclarationRuleChange',
  tableName: 'declaration_rule_change',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    kind: p.enum(RULE_CHANGE_KINDS),
    /** The act, e.g. "Law of 12.03.2026 No. 245-VIII amending article 11". */
    title: p.string().length(500),
    inForceOn: p.date(),
    noticesDueOn: p.date(),
    recordedBy: () => p.manyToOne(Person),
    recordedAt: p.datetime().onCreate(() => new Date()),
  },
  filters: tenantFilter,
});

export type IDeclarationRuleChange = InferEntity<typeof DeclarationRuleChange>;
