import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockedFresh, lockRow } from '../../database/row-lock.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import type { RoleCode } from '../../kernel/roles.js';
import { toDay } from '../../kernel/working-days.js';
import { isUuid } from '../../org/org-queries.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { RoleGrant } from '../../org/role-grant.entity.js';
import { COMPLIANCE_KEEPERS, COMPLIANCE_READERS } from '../compliance-roles.js';
import {
  APPOINTING_BODIES,
  AUTOMATION_LEVELS,
  ComplianceService,
  MEMBER_ROLES,
  type AppointingBody,
  type IComplianceService,
  type MemberRole,
  type ServiceMember,
  type SizingRow,
} from './compliance-service.entity.js';
import {
  choiceOf,
  optionalDay,
  optionalPastDay,
  optionalText,
  requiredPastDay,
  requiredText,
} from './service-input.js';

/** §5: at least 3 employees are recommended for corruption prevention. */
export const MIN_RESPONSIBLE_PEOPLE = 3;
/** §5: the roles that carry the duty of corruption prevention in the organisation. */
export const RESPONSIBLE_ROLES: readonly RoleCode[] = [
  'compliance_officer',
  'compliance_head',
  'ethics_commissioner',
];
const MAX_MEMBERS = 50;
const MAX_SIZING_ROWS = 40;

export interface NamedMember {
  id: string;
  fullName: string;
  role: MemberRole;
}

/** A rule of §5 or §60 the service as recorded does not meet. */
export interface ServiceWarning {
  code: 'not_appointed' | 'understaffed' | 'combines_functions' | 'no_coi_check';
  paragraph: string;
}

export interface ComplianceServiceView {
  appointedBy: AppointingBody | null;
  appointingBodyName: string | null;
  noIndependentBody: boolean;
  appointedOn: string | null;
  actNumber: string | null;
  termUntil: string | null;
  pay: string | null;
  paymentTerms: string | null;
  combinedFunctions: string | null;
  coiCheckedOn: string | null;
  coiOutcome: string | null;
  reportsTo: string | null;
  members: NamedMember[];
  /** §5: everyone who carries the duty — the holders of the responsible roles and the members, each once. */
  responsiblePeople: { id: string; fullName: string }[];
  sizing: SizingRow[];
  sizingNote: string | null;
  warnings: ServiceWarning[];
}

/** The service as the reader sees it; an empty one (with its warnings) before the appointment is recorded. */
async function serviceViewOf(
  em: EntityManager,
  organizationId: string,
  service: IComplianceService | null,
): Promise<ComplianceServiceView> {
  const members = service?.members ?? [];
  // One statement each: the role holders, and the members by id (no query per person).
  const grants = await em.find(
    RoleGrant,
    { organization: organizationId, role: { $in: [...RESPONSIBLE_ROLES] }, person: { active: true } },
    { populate: ['person'] },
  );
  const people = members.length
    ? await em.find(Person, { id: { $in: members.map((m) => m.personId) }, organization: organizationId })
    : [];
  const byId = new Map(people.map((p) => [p.id, p]));
  const named: NamedMember[] = members.flatMap((m) => {
    const person = byId.get(m.personId);
    return person ? [{ id: person.id, fullName: person.fullName, role: m.role }] : [];
  });
  const responsible = new Map<string, string>();
  for (const grant of grants) responsible.set(grant.person.id, grant.person.fullName);
  for (const person of people) if (person.active) responsible.set(person.id, person.fullName);
  const responsiblePeople = [...responsible]
    .map(([id, fullName]) => ({ id, fullName }))
    .sort((a, b) => a.fullName.localeCompare(b.fullName));

  const warnings: ServiceWarning[] = [];
  if (!service?.appointedBy) warnings.push({ code: 'not_appointed', paragraph: '§60.1' });
  if (responsiblePeople.length < MIN_RESPONSIBLE_PEOPLE)
    warnings.push({ code: 'understaffed', paragraph: '§5' });
  if (service?.combinedFunctions) warnings.push({ code: 'combines_functions', paragraph: '§60.2' });
  if (service?.appointedBy && !service.coiCheckedOn)
    warnings.push({ code: 'no_coi_check', paragraph: '§60.3' });
  return {
    appointedBy: service?.appointedBy ?? null,
    appointingBodyName: service?.appointingBodyName ?? null,
    noIndependentBody: service?.noIndependentBody ?? false,
    appointedOn: service?.appointedOn ? toDay(service.appointedOn) : null,
    actNumber: service?.actNumber ?? null,
    termUntil: service?.termUntil ? toDay(service.termUntil) : null,
    pay: service?.pay ?? null,
    paymentTerms: service?.paymentTerms ?? null,
    combinedFunctions: service?.combinedFunctions ?? null,
    coiCheckedOn: service?.coiCheckedOn ? toDay(service.coiCheckedOn) : null,
    coiOutcome: service?.coiOutcome ?? null,
    reportsTo: service?.reportsTo ?? null,
    members: named,
    responsiblePeople,
    sizing: service?.sizing ?? [],
    sizingNote: service?.sizingNote ?? null,
    warnings,
  };
}

/** §53, §60, §61, §5: the organisation's compliance service, its people and its sizing. */
export async function complianceService(em: EntityManager, actor: Actor): Promise<ComplianceServiceView> {
  requireAnyRole(actor, COMPLIANCE_READERS, 'read the compliance service');
  const service = await em.findOne(ComplianceService, { organization: actor.organizationId });
  return serviceViewOf(em, actor.organizationId, service);
}

/**
 * The organisation's service row, locked for change: every write to the service takes turns on it.
 * The first write makes it, taking turns on the organisation's row so that two never make two.
 */
async function lockService(em: EntityManager, actor: Actor, now: Date): Promise<IComplianceService> {
  const where = { organization: actor.organizationId };
  const found = await lockedFresh(em, ComplianceService, where);
  if (found) return found;
  await lockRow(em, Organization, actor.organizationId);
  const made = await lockedFresh(em, ComplianceService, where);
  if (made) return made;
  return em.create(ComplianceService, {
    id: newId(),
    organization: actor.organizationId,
    noIndependentBody: false,
    members: [],
    sizing: [],
    updatedBy: actor.personId,
    updatedAt: now,
  });
}

export interface ServiceAppointmentInput {
  appointedBy: string;
  appointingBodyName?: string | null;
  noIndependentBody?: boolean | null;
  appointedOn: string;
  actNumber?: string | null;
  termUntil?: string | null;
  pay?: string | null;
  paymentTerms?: string | null;
  combinedFunctions?: string | null;
  coiCheckedOn?: string | null;
  coiOutcome?: string | null;
  reportsTo?: string | null;
  members: readonly { personId: string; role: string }[];
}

async function membersOf(
  em: EntityManager,
  actor: Actor,
  input: ServiceAppointmentInput['members'],
): Promise<ServiceMember[]> {
  if (input.length > MAX_MEMBERS) {
    throw ValidationError.because('compliance.service.tooManyMembers', {
      field: 'members',
      max: MAX_MEMBERS,
    });
  }
  const members = [
    ...new Map(
      input.map((m) => [
        m.personId,
        { personId: m.personId, role: choiceOf(m.role, MEMBER_ROLES, 'members') },
      ]),
    ).values(),
  ];
  if (members.filter((m) => m.role === 'head').length > 1) {
    throw ValidationError.because('compliance.service.oneHead', { field: 'members' });
  }
  const ids = members.map((m) => m.personId);
  const known = ids.every(isUuid)
    ? await em.count(Person, { id: { $in: ids }, organization: actor.organizationId, active: true })
    : -1;
  if (known !== ids.length)
    throw ValidationError.because('compliance.service.memberUnknown', { field: 'members' });
  return members;
}

/**
 * §53, §60: records who appointed the compliance service, by which act, for what term and pay,
 * its conflict-of-interest check, its reporting line and its members. §60.1: the first head
 * appoints only where the organisation has no board, supervisory board or other independent body.
 */
export async function recordComplianceServiceAppointment(
  em: EntityManager,
  actor: Actor,
  input: ServiceAppointmentInput,
  now: Date,
): Promise<ComplianceServiceView> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'record the compliance service');
  const appointedBy = choiceOf(input.appointedBy, APPOINTING_BODIES, 'appointedBy');
  const noIndependentBody = input.noIndependentBody === true;
  if (appointedBy === 'first_head' && !noIndependentBody) {
    throw ValidationError.because('compliance.service.firstHeadOnlyWithoutBody', { field: 'appointedBy' });
  }
  const appointingBodyName =
    appointedBy === 'other_independent_body'
      ? requiredText(
          input.appointingBodyName,
          'appointingBodyName',
          300,
          'compliance.service.bodyNameRequired',
        )
      : optionalText(input.appointingBodyName, 'appointingBodyName', 300);
  const appointedOn = requiredPastDay(
    input.appointedOn,
    'appointedOn',
    now,
    'compliance.service.appointedOnRequired',
  );
  const termUntil = optionalDay(input.termUntil, 'termUntil');
  if (termUntil && termUntil <= appointedOn) {
    throw ValidationError.because('compliance.service.termBeforeAppointment', { field: 'termUntil' });
  }
  const values = {
    appointedBy,
    appointingBodyName,
    noIndependentBody,
    appointedOn,
    actNumber: optionalText(input.actNumber, 'actNumber', 100),
    termUntil,
    pay: optionalText(input.pay, 'pay', 2000),
    paymentTerms: optionalText(input.paymentTerms, 'paymentTerms', 2000),
    combinedFunctions: optionalText(input.combinedFunctions, 'combinedFunctions', 2000),
    coiCheckedOn: optionalPastDay(input.coiCheckedOn, 'coiCheckedOn', now),
    coiOutcome: optionalText(input.coiOutcome, 'coiOutcome', 2000),
    reportsTo: optionalText(input.reportsTo, 'reportsTo', 300),
  };
  const members = await membersOf(em, actor, input.members);
  const service = await lockService(em, actor, now);
  em.assign(service, { ...values, members, updatedBy: actor.personId, updatedAt: now });
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'compliance.service_appointed',
    entityType: 'ComplianceService',
    entityId: service.id,
    data: {
      appointedBy,
      appointedOn,
      actNumber: values.actNumber,
      combinesFunctions: values.combinedFunctions !== null,
      members: members.length,
    },
  });
  await em.flush();
  return serviceViewOf(em, actor.organizationId, service);
}

export interface SizingInput {
  rows: readonly { process: string; automation: string; note?: string | null }[];
  note?: string | null;
}

/** §61.B: the processes of the programme assessed to size the service, each with its level of automation. */
export async function setComplianceServiceSizing(
  em: EntityManager,
  actor: Actor,
  input: SizingInput,
  now: Date,
): Promise<ComplianceServiceView> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'size the compliance service');
  if (input.rows.length > MAX_SIZING_ROWS) {
    throw ValidationError.because('compliance.sizing.tooMany', { field: 'rows', max: MAX_SIZING_ROWS });
  }
  const seen = new Set<string>();
  const rows: SizingRow[] = input.rows.map((row, i) => {
    const process = optionalText(row.process, 'rows', 300);
    if (!process)
      throw ValidationError.because('compliance.sizing.processRequired', { field: 'rows', row: i + 1 });
    const key = process.toLocaleLowerCase();
    if (seen.has(key))
      throw ValidationError.because('compliance.sizing.duplicate', { field: 'rows', process });
    seen.add(key);
    return {
      process,
      automation: choiceOf(row.automation, AUTOMATION_LEVELS, 'rows'),
      note: optionalText(row.note, 'rows', 1000),
    };
  });
  const note = optionalText(input.note, 'note', 2000);
  const service = await lockService(em, actor, now);
  em.assign(service, { sizing: rows, sizingNote: note, updatedBy: actor.personId, updatedAt: now });
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'compliance.service_sized',
    entityType: 'ComplianceService',
    entityId: service.id,
    data: { processes: rows.length, automated: rows.filter((r) => r.automation === 'full').length },
  });
  await em.flush();
  return serviceViewOf(em, actor.organizationId, service);
}
