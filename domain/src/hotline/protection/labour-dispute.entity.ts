import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { ProtectionRecord } from './protection-record.entity.js';

/** §40.4: the collegial body decides within 30 calendar days of the application. */
export const DISPUTE_DECISION_DAYS = 30;
/** §40.4: and sends the protocol with its decision within 3 working days to the Agency. */
export const PROTOCOL_FORWARDING_WORKING_DAYS = 3;

/** §40.3, §40.5: where the dispute is heard — the conciliation commission, the disciplinary collegial body, or a court. */
export const DISPUTE_BODIES = ['conciliation_commission', 'disciplinary_body', 'court'] as const;
export type DisputeBody = (typeof DISPUTE_BODIES)[number];

/** A member present who signed the decision (§40.4, §40.7): a person of the staff, or a name typed in. */
export interface DecisionSignatory {
  personId: string | null;
  name: string;
}

/**
 * A labour dispute of a person under protection before the conciliation commission or the
 * disciplinary body (§40.3), with the two deadlines of §40.4.
 */
export const LabourDispute = defineEntity({
  name: 'LabourDispute',
  tableName: 'labour_dispute',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    person: () => p.manyToOne(Person),
    /** The protection the person was under on the day of the application, if any. */
    protectionRecord: () => p.manyToOne(ProtectionRecord).nullable(),
    body: p.enum(DISPUTE_BODIES).default('conciliation_commission'),
    appliedOn: p.date(),
    decisionDueOn: p.date(),
    decidedOn: p.date().nullable(),
    decision: p.text().nullable(),
    /** §40.3: whether the Agency's representative attended the meeting that decided; null until decided. */
    agencyRepresentativeAttended: p.boolean().nullable(),
    /** §40.4, §40.7: the members present who signed the decision, as recorded with it. */
    signatories: p.json<DecisionSignatory[]>().nullable(),
    /** Counted in working days of the organisation's calendar once the decision is recorded. */
    protocolDueOn: p.date().nullable(),
    protocolForwardedOn: p.date().nullable(),
    createdBy: () => p.manyToOne(Person),
    createdAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [{ properties: ['person'] }],
  filters: tenantFilter,
});

export type ILabourDispute = InferEntity<typeof LabourDispute>;
