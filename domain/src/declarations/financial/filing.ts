import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { hasAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, ForbiddenError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import type { CalendarDay } from '../../kernel/working-days.js';
import { Person } from '../../org/person.entity.js';
import type { IDeclarant } from './declarant.entity.js';
import { DECLARATION_FORMS, type DeclarationForm } from './declaration-deadline.entity.js';
import { dayOf, lockDeclarant, notAfterToday } from './declarants.js';
import { FilingProof, type IFilingProof } from './filing-proof.entity.js';
import { FinancialNotice } from './financial-notice.entity.js';
import { HR_OFFICERS } from './financial-roles.js';
import { checkProof, storeProof, type ProofUpload } from './proof-files.js';

const MIN_YEAR = 2000;
const MAX_YEAR = 2100;

export function checkYear(year: number, field = 'year'): void {
  if (!Number.isInteger(year) || year < MIN_YEAR || year > MAX_YEAR) {
    throw ValidationError.because('calendar.yearOutOfRange', { field, year });
  }
}

export function checkForm(form: string, field = 'form'): DeclarationForm {
  if (!(DECLARATION_FORMS as readonly string[]).includes(form)) {
    throw ValidationError.because('financial.form.unknown', { field });
  }
  return form as DeclarationForm;
}

/**
 * The form a declarant files in `year`, or null when none: §27 form 250.00 once, on entering the
 * declaration system (candidates, §25, file it before the appointment); §28 form 270.00 every
 * year from the year after. Nobody files for a year that starts after they left.
 */
export function formDue(
  declarant: Pick<IDeclarant, 'category' | 'obligedFrom' | 'obligedUntil'>,
  year: number,
): DeclarationForm | null {
  const until = declarant.obligedUntil ?? null;
  const entered = Number(declarant.obligedFrom.slice(0, 4));
  if (year < entered) return null;
  if (until !== null && until < `${year}-01-01`) return null;
  if (year === entered) return '250.00';
  return declarant.category === 'candidate' ? null : '270.00';
}

/**
 * The day a form speaks as of: §27, the assets held on 31 December of the year before; §25.2, a
 * candidate's on the 1st of the month of submission; §28, 31 December of the reporting tax period.
 */
export function referenceDate(
  category: IDeclarant['category'],
  form: DeclarationForm,
  year: number,
  filedOn: CalendarDay,
): CalendarDay {
  if (form === '250.00' && category === 'candidate') return `${filedOn.slice(0, 7)}-01`;
  return `${year - 1}-12-31`;
}

export interface FilingProofInput {
  personId: string;
  form: string;
  year: number;
  filedOn: string;
  file: ProofUpload;
}

/**
 * §24.1(a), §24.2: the proof that a declarant filed their form for a year (the tax authority's
 * receipt), uploaded by the declarant or by HR. One per person, form and year: a second is
 * refused, however the two arrive.
 */
export async function recordFilingProof(
  em: EntityManager,
  actor: Actor,
  input: FilingProofInput,
  now: Date = new Date(),
): Promise<IFilingProof> {
  const own = input.personId === actor.personId;
  if (!own && !hasAnyRole(actor, HR_OFFICERS)) {
    throw ForbiddenError.because('kernel.roleRequired', {
      roles: HR_OFFICERS.join(', '),
      doing: "record another person's filing",
    });
  }
  const form = checkForm(input.form);
  checkYear(input.year);
  const filedOn = dayOf(input.filedOn, 'filedOn');
  notAfterToday(filedOn, now, 'filedOn');
  const contentType = checkProof(input.file);
  const declarant = await lockDeclarant(em, actor, input.personId);
  if (formDue(declarant, input.year) !== form) {
    throw ValidationError.because('financial.filingProof.formNotDue', {
      field: 'form',
      form,
      year: input.year,
    });
  }
  const existing = await em.findOne(FilingProof, {
    organization: actor.organizationId,
    person: declarant.person.id,
    form,
    year: input.year,
  });
  if (existing)
    throw ConflictError.because('financial.filingProof.alreadyRecorded', { form, year: input.year });
  const file = storeProof(em, actor, declarant.person.id, input.file, contentType);
  const proof = em.create(FilingProof, {
    id: newId(),
    organization: actor.organizationId,
    person: declarant.person,
    form,
    year: input.year,
    referenceDate: referenceDate(declarant.category, form, input.year, filedOn),
    filedOn,
    file,
    recordedBy: em.getReference(Person, actor.personId),
  });
  // §24.3: the reminder before the deadline is for those who have not filed; one not sent yet is
  // dropped once the proof is in, so neither HR nor the declarant is asked about it again.
  await em.nativeDelete(FinancialNotice, {
    organization: actor.organizationId,
    person: declarant.person.id,
    kind: 'deadline_reminder',
    form,
    year: input.year,
    sentAt: null,
  });
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'financial.filing_proof_recorded',
    entityType: 'Declarant',
    entityId: declarant.id,
    data: {
      personId: declarant.person.id,
      form,
      year: input.year,
      filedOn,
      fileId: file.id,
      contentType,
      sizeBytes: file.sizeBytes,
    },
  });
  return proof;
}

export interface TrustManagementInput {
  personId: string;
  settledOn: string;
  /** The person holds no income-generating property to transfer (§13 excludes money and leased-out property). */
  nothingToTransfer: boolean;
  file?: ProofUpload | null;
}

/** §13: the transfer into trust management proved (the contract), or recorded as not needed. */
export async function recordTrustManagement(
  em: EntityManager,
  actor: Actor,
  input: TrustManagementInput,
  now: Date = new Date(),
): Promise<IDeclarant> {
  const own = input.personId === actor.personId;
  if (!own && !hasAnyRole(actor, HR_OFFICERS)) {
    throw ForbiddenError.because('kernel.roleRequired', {
      roles: HR_OFFICERS.join(', '),
      doing: "record another person's trust management",
    });
  }
  const settledOn = dayOf(input.settledOn, 'settledOn');
  notAfterToday(settledOn, now, 'settledOn');
  if (!input.nothingToTransfer && !input.file) {
    throw ValidationError.because('financial.trustManagement.proofRequired', { field: 'file' });
  }
  const contentType = input.file ? checkProof(input.file) : null;
  const declarant = await lockDeclarant(em, actor, input.personId);
  if (declarant.trustManagementSettledOn !== null) {
    throw ConflictError.because('financial.trustManagement.alreadyRecorded');
  }
  const file =
    input.file && contentType ? storeProof(em, actor, declarant.person.id, input.file, contentType) : null;
  declarant.trustManagementSettledOn = settledOn;
  declarant.trustManagementNothingToTransfer = input.nothingToTransfer;
  declarant.trustManagementProof = file;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'financial.trust_management_recorded',
    entityType: 'Declarant',
    entityId: declarant.id,
    data: {
      personId: declarant.person.id,
      settledOn,
      nothingToTransfer: input.nothingToTransfer,
      fileId: file?.id ?? null,
    },
  });
  return declarant;
}
