import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import type { Actor } from '../../kernel/actor.js';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { isUuid } from '../../org/org-queries.js';
import { Person } from '../../org/person.entity.js';
import { RoleGrant } from '../../org/role-grant.entity.js';
import { caseForHandler, caseForManager, requireOpenCase } from './case-access.js';
import { HOTLINE_MESSAGE_CODES, postMessage } from '../reporter/conversation.js';
import { HotlineCaseAssignment } from './hotline-case-assignment.entity.js';
import { HotlineInvolvedPerson } from './hotline-involved-person.entity.js';
import {
  HOTLINE_CATEGORIES,
  OUT_OF_SCOPE_REASONS,
  type HotlineCategory,
  type IHotlineReport,
  type OutOfScopeReason,
} from './hotline-report.entity.js';
import type { HotlineKeyring } from '../crypto/keyring.js';
import { HOTLINE_MANAGERS } from '../hotline-roles.js';
import { reportingLineOf } from './reporting-line.js';
import { unfitTaskOwners } from '../protection/protection-task.js';
import {
  checkRetaliationRisk,
  recordRetaliationRisk,
  type RetaliationRiskInput,
} from './retaliation-assessment.js';

export interface TriageInput {
  scope: 'in_scope' | 'out_of_scope';
  reason?: OutOfScopeReason | null;
  /** Internal; never shown to the reporter. */
  note?: string | null;
  /** Corrects the category the reporter chose. */
  category?: HotlineCategory | null;
  /** ISO 37002 §8.4: the reporter's and witnesses' risk of retaliation, when the report is in scope. */
  retaliationRisk?: RetaliationRiskInput | null;
}

const MAX_NOTE = 2_000;

/**
 * Triage by the case's manager (the compliance head; the alternate handler for a case that
 * names a compliance head). In scope: the check begins, with the risk of retaliation assessed
 * (ISO 37002 §8.4). Out of scope (§69: unrelated to
 * the organisation or the code, personal revenge, a baseless attack on someone's reputation):
 * needs the reason; the case closes with that outcome and the reporter is told.
 */
export async function triageHotlineCase(
  em: EntityManager,
  actor: Actor,
  keyring: HotlineKeyring,
  id: string,
  input: TriageInput,
  now: Date = new Date(),
): Promise<IHotlineReport> {
  const { report, handling } = await caseForManager(em, actor, id, 'triage hotline reports', 'change');
  if (input.scope !== 'in_scope' && input.scope !== 'out_of_scope') {
    throw ValidationError.because('hotline.triage.scopeRequired', { field: 'scope' });
  }
  if (input.category && !(HOTLINE_CATEGORIES as readonly string[]).includes(input.category)) {
    throw ValidationError.because('hotline.report.categoryRequired', { field: 'category' });
  }
  const note = input.note?.trim() || null;
  if (note && note.length > MAX_NOTE) {
    throw ValidationError.because('hotline.note.tooLong', { field: 'note', max: MAX_NOTE });
  }
  if (
    input.scope === 'out_of_scope' &&
    !(OUT_OF_SCOPE_REASONS as readonly string[]).includes(input.reason ?? '')
  ) {
    throw ValidationError.because('hotline.triage.reasonRequired', { field: 'reason' });
  }
  const risk =
    input.scope === 'in_scope' && input.retaliationRisk
      ? await checkRetaliationRisk(
          em,
          actor,
          input.retaliationRisk,
          now,
          await unfitTaskOwners(em, report, handling.named),
        )
      : null;
  requireOpenCase(report, 'triage it');
  if (input.category) report.category = input.category;
  report.scope = input.scope;
  if (input.scope === 'in_scope') {
    report.outOfScopeReason = null;
    report.outOfScopeNote = note;
    report.status = 'in_progress';
  } else {
    report.outOfScopeReason = input.reason ?? null;
    report.outOfScopeNote = note;
    report.status = 'closed';
    report.outcome = 'out_of_scope';
    report.closedAt = now;
    postMessage(em, keyring, report, {
      author: 'staff',
      authorPersonId: actor.personId,
      kind: 'outcome',
      body: { code: HOTLINE_MESSAGE_CODES.outOfScope },
      now,
    });
  }
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'hotline.triaged',
    entityType: 'HotlineReport',
    entityId: report.id,
    data: { scope: report.scope, reason: report.outOfScopeReason ?? null, category: report.category },
  });
  if (risk) await recordRetaliationRisk(em, actor, keyring, report, risk, now);
  return report;
}

/**
 * Links the people the report names (replacing the earlier list). They, and their reporting
 * lines, can then never be assigned; refused while a current investigator is one of them — except
 * when a compliance head is named, which ends those assignments instead. A named person loses
 * every access to the case; naming a compliance head hands the case to the alternate handler
 * (ADR 008). The case's manager sets the list; its investigators may add to it
 * — what they learn may name the compliance head — but only the manager removes a name.
 */
export async function linkInvolvedPersons(
  em: EntityManager,
  actor: Actor,
  id: string,
  personIds: readonly string[],
  now: Date = new Date(),
): Promise<IHotlineReport> {
  // Locked before the assignments are read: an assignment and a naming of the same person take turns.
  const { report, manager, handling } = await caseForHandler(
    em,
    actor,
    id,
    'link the people a report names',
    'change',
  );
  const wanted = [...new Set(personIds)];
  const people =
    wanted.length > 0
      ? await em.find(Person, { id: { $in: wanted.filter(isUuid) }, organization: actor.organizationId })
      : [];
  const missing = wanted.find((pid) => !people.some((p) => p.id === pid));
  if (missing !== undefined) throw NotFoundError.forId('Person', missing);
  requireOpenCase(report, 'change the people it names');
  const unnamed = [...handling.named].filter((pid) => !wanted.includes(pid));
  if (!manager && unnamed.length > 0) {
    throw ForbiddenError.because('hotline.triage.removeNamed');
  }
  const current = await em.find(HotlineCaseAssignment, { report: report.id, unassignedAt: null });
  const line = await reportingLineOf(em, actor.organizationId, wanted);
  // Naming a compliance head hands the case to the alternate handler, who assigns afresh: the
  // investigators in conflict leave it rather than block the naming — else a head could keep
  // her own people on a case to stop anyone from naming her.
  const namesHead =
    wanted.length > 0 &&
    (await em.count(RoleGrant, {
      organization: actor.organizationId,
      role: { $in: [...HOTLINE_MANAGERS] },
      person: { $in: wanted },
    })) > 0;
  const released: string[] = [];
  for (const assignment of current) {
    const personId = assignment.investigator.id;
    const reason = wanted.includes(personId) ? 'named' : line.has(personId) ? 'reporting_line' : null;
    if (reason && namesHead) {
      assignment.unassignedAt = now;
      released.push(personId);
    } else if (reason) {
      throw ConflictError.because(
        reason === 'named' ? 'hotline.triage.investigatorNamed' : 'hotline.triage.investigatorInLine',
        { personId, reason },
      );
    }
  }
  const existing = await em.find(HotlineInvolvedPerson, { report: report.id });
  for (const link of existing) if (!wanted.includes(link.person.id)) em.remove(link);
  for (const person of people) {
    if (!existing.some((link) => link.person.id === person.id)) {
      em.create(HotlineInvolvedPerson, { id: newId(), organization: report.organization, report, person });
    }
  }
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'hotline.involved_persons_linked',
    entityType: 'HotlineReport',
    entityId: report.id,
    data: { personIds: wanted, ...(released.length > 0 ? { unassigned: released } : {}) },
  });
  return report;
}
