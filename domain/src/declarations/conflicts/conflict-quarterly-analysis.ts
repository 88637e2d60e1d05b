import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockedFresh } from '../../database/row-lock.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import { parseCalendarDay, type CalendarDay } from '../../kernel/working-days.js';
import { isUuid } from '../../org/org-queries.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { RoleGrant } from '../../org/role-grant.entity.js';
import {
  ConflictQuarterlyAnalysis,
  type IConflictQuarterlyAnalysis,
} from './conflict-quarterly-analysis.entity.js';
import { CONFLICT_CONCLUDERS, CONFLICT_REGISTER_READERS } from './conflict-roles.js';

const QUARTER = /^(\d{4})-Q([1-4])$/;

/** A quarter as YYYY-Qn, checked. */
export function checkedQuarter(text: string): string {
  const match = QUARTER.exec(text.trim());
  if (!match || Number(match[1]) < 2000 || Number(match[1]) > 2100)
    throw ValidationError.because('declarations.conflict.quarter', { field: 'quarter', value: text });
  return text.trim();
}

export interface IinAccessMemo {
  memoNumber: string;
  memoDate: CalendarDay;
  firstHead: { id: string; fullName: string };
  securityOfficer: { id: string; fullName: string };
  recordedAt: Date;
}

export interface ConflictQuarterlyAnalysisView {
  quarter: string;
  /** §14: a state body shows IINs only once the memo is recorded; other organisations always. */
  iinAccessNeedsMemo: boolean;
  memo: IinAccessMemo | null;
  reviewedAt: Date | null;
  reviewedBy: { id: string; fullName: string } | null;
  matchesReviewed: number | null;
  findings: string | null;
}

function view(
  quarter: string,
  stateBody: boolean,
  row: IConflictQuarterlyAnalysis | null,
): ConflictQuarterlyAnalysisView {
  const memo =
    row?.memoNumber &&
    row.memoDate &&
    row.firstHeadConsent &&
    row.securityOfficerConsent &&
    row.memoRecordedAt
      ? {
          memoNumber: row.memoNumber,
          memoDate: row.memoDate,
          firstHead: { id: row.firstHeadConsent.id, fullName: row.firstHeadConsent.fullName },
          securityOfficer: {
            id: row.securityOfficerConsent.id,
            fullName: row.securityOfficerConsent.fullName,
          },
          recordedAt: row.memoRecordedAt,
        }
      : null;
  return {
    quarter,
    iinAccessNeedsMemo: stateBody,
    memo,
    reviewedAt: row?.reviewedAt ?? null,
    reviewedBy: row?.reviewedBy ? { id: row.reviewedBy.id, fullName: row.reviewedBy.fullName } : null,
    matchesReviewed: row?.matchesReviewed ?? null,
    findings: row?.findings ?? null,
  };
}

async function isStateBody(em: EntityManager, organizationId: string): Promise<boolean> {
  const organization = await em.findOneOrFail(Organization, { id: organizationId });
  return organization.kind === 'state_body';
}

const POPULATE = ['firstHeadConsent', 'securityOfficerConsent', 'reviewedBy'] as const;

/** §14: the quarter's analysis as it stands, for the responsible unit and auditors. */
export async function conflictQuarterlyAnalysis(
  em: EntityManager,
  actor: Actor,
  quarterText: string,
): Promise<ConflictQuarterlyAnalysisView> {
  requireAnyRole(actor, CONFLICT_REGISTER_READERS, 'read the quarterly conflict-of-interest analysis');
  const quarter = checkedQuarter(quarterText);
  const row = await em.findOne(
    ConflictQuarterlyAnalysis,
    { organization: actor.organizationId, quarter },
    { populate: POPULATE },
  );
  return view(quarter, await isStateBody(em, actor.organizationId), row);
}

/** The quarter's row, created when absent, locked: one memo and one review each, taken in turn. */
async function lockedAnalysis(
  em: EntityManager,
  actor: Actor,
  quarter: string,
): Promise<IConflictQuarterlyAnalysis> {
  await em.execute(
    `insert into conflict_quarterly_analysis (id, organization_id, quarter) values (?, ?, ?)
      on conflict (organization_id, quarter) do nothing`,
    [newId(), actor.organizationId, quarter],
  );
  const row = await lockedFresh(em, ConflictQuarterlyAnalysis, {
    organization: actor.organizationId,
    quarter,
  });
  if (!row) throw new Error(`The analysis of ${quarter} vanished`);
  return row;
}

export interface IinAccessMemoInput {
  memoNumber: string;
  memoDate: string;
  firstHeadId: string;
  securityOfficerId: string;
}

/**
 * §14: in a state body, the responsible unit's access to employees' and family members' IINs for
 * the quarter's analysis is by a memo with the consent of the first head and of the
 * information-security officer; recorded once per quarter.
 */
export async function recordIinAccessMemo(
  em: EntityManager,
  actor: Actor,
  quarterText: string,
  input: IinAccessMemoInput,
  now: Date,
): Promise<ConflictQuarterlyAnalysisView> {
  requireAnyRole(actor, CONFLICT_CONCLUDERS, 'record the memo on access to IINs');
  const quarter = checkedQuarter(quarterText);
  const memoNumber = input.memoNumber.trim();
  if (!memoNumber) throw ValidationError.because('declarations.conflict.required', { field: 'memoNumber' });
  if (memoNumber.length > 60)
    throw ValidationError.because('declarations.conflict.tooLong', { field: 'memoNumber', max: 60 });
  const memoDate = parseCalendarDay(input.memoDate);
  if (!memoDate)
    throw ValidationError.because('kernel.notADate', { value: input.memoDate, field: 'memoDate' });
  if (memoDate > kazakhstanDay(now))
    throw ValidationError.because('kernel.dayInFuture', {
      what: 'memo date',
      date: memoDate,
      field: 'memoDate',
    });
  const person = async (id: string, field: string) => {
    const found = isUuid(id)
      ? await em.findOne(Person, { id, organization: actor.organizationId, active: true })
      : null;
    if (!found) throw ValidationError.because('declarations.conflict.unknownPerson', { field });
    return found;
  };
  const firstHead = await person(input.firstHeadId, 'firstHeadId');
  const isFirstHead = await em.count(RoleGrant, {
    organization: actor.organizationId,
    person: firstHead.id,
    role: 'first_head',
  });
  if (!isFirstHead)
    throw ValidationError.because('declarations.conflict.notFirstHead', { field: 'firstHeadId' });
  const securityOfficer = await person(input.securityOfficerId, 'securityOfficerId');
  const row = await lockedAnalysis(em, actor, quarter);
  if (row.memoRecordedAt) throw ConflictError.because('declarations.conflict.memoRecorded', { quarter });
  row.memoNumber = memoNumber;
  row.memoDate = memoDate;
  row.firstHeadConsent = firstHead;
  row.securityOfficerConsent = securityOfficer;
  row.memoRecordedBy = em.getReference(Person, actor.personId);
  row.memoRecordedAt = now;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'conflict_analysis.iin_memo_recorded',
    entityType: 'ConflictQuarterlyAnalysis',
    entityId: row.id,
    data: { quarter, memoNumber, memoDate, firstHeadId: firstHead.id, securityOfficerId: securityOfficer.id },
  });
  await em.populate(row, POPULATE);
  return view(quarter, await isStateBody(em, actor.organizationId), row);
}

/** §14: the responsible unit marks the quarter's matches reviewed, with what it found. */
export async function reviewConflictQuarterlyAnalysis(
  em: EntityManager,
  actor: Actor,
  quarterText: string,
  input: { findings: string; matchesReviewed: number },
  now: Date,
): Promise<ConflictQuarterlyAnalysisView> {
  requireAnyRole(actor, CONFLICT_CONCLUDERS, 'review the quarterly conflict-of-interest analysis');
  const quarter = checkedQuarter(quarterText);
  const findings = input.findings.trim();
  if (!findings) throw ValidationError.because('declarations.conflict.required', { field: 'findings' });
  if (findings.length > 5000)
    throw ValidationError.because('declarations.conflict.tooLong', { field: 'findings', max: 5000 });
  if (!Number.isInteger(input.matchesReviewed) || input.matchesReviewed < 0)
    throw ValidationError.because('declarations.conflict.required', { field: 'matchesReviewed' });
  const row = await lockedAnalysis(em, actor, quarter);
  if (row.reviewedAt) throw ConflictError.because('declarations.conflict.analysisReviewed', { quarter });
  row.reviewedAt = now;
  row.reviewedBy = em.getReference(Person, actor.personId);
  row.findings = findings;
  row.matchesReviewed = input.matchesReviewed;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'conflict_analysis.reviewed',
    entityType: 'ConflictQuarterlyAnalysis',
    entityId: row.id,
    data: { quarter, matchesReviewed: input.matchesReviewed },
  });
  await em.populate(row, POPULATE);
  return view(quarter, await isStateBody(em, actor.organizationId), row);
}
