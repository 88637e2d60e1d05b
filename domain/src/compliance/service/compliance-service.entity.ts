import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from '../../kernel/ids.js';
import { tenantFilter } from '../../database/tenant-filter.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';

/**
 * §53, §60.1: the board of directors, the supervisory board or another independent governing body
 * appoints the compliance service; the first head only where none of them exists.
 */
export const APPOINTING_BODIES = [
  'board_of_directors',
  'supervisory_board',
  'other_independent_body',
  'first_head',
] as const;
export type AppointingBody = (typeof APPOINTING_BODIES)[number];

export const MEMBER_ROLES = ['head', 'staff'] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/** §61.B2: how far a compliance process is automated. */
export const AUTOMATION_LEVELS = ['none', 'partial', 'full'] as const;
export type AutomationLevel = (typeof AUTOMATION_LEVELS)[number];

export interface ServiceMember {
  personId: string;
  role: MemberRole;
}

/** §61.B1: a process of the programme assessed when sizing the service. */
export interface SizingRow {
  process: string;
  automation: AutomationLevel;
  note: string | null;
}

/** §53, §60, §61: the organisation's compliance service — one row per organisation, its writes take turns on it. */
export const ComplianceService = defineEntity({
  name: 'ComplianceService',
  tableName: 'compliance_service',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization).unique(),
    appointedBy: p.enum(APPOINTING_BODIES).nullable(),
    appointingBodyName: p.string().length(300).nullable(),
    /** §60.1: the organisation says it has no board, supervisory board or other independent body. */
    noIndependentBody: p.boolean().default(false),
    appointedOn: p.date().nullable(),
    actNumber: p.string().length(100).nullable(),
    termUntil: p.date().nullable(),
    pay: p.text().nullable(),
    paymentTerms: p.text().nullable(),
    /** §60.2: the functions must not be combined; when they are, which ones. */
    combinedFunctions: p.text().nullable(),
    coiCheckedOn: p.date().nullable(),
    coiOutcome: p.text().nullable(),
    /** §60.4: to whom the service reports (the board or another independent body). */
    reportsTo: p.string().length(300).nullable(),
    members: p.json<ServiceMember[]>(),
    sizing: p.json<SizingRow[]>(),
    sizingNote: p.text().nullable(),
    updatedBy: () => p.manyToOne(Person),
    updatedAt: p.datetime(),
  },
  filters: tenantFilter,
});

export type IComplianceService = InferEntity<typeof ComplianceService>;
