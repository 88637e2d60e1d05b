import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockRow } from '../../database/row-lock.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { toDay } from '../../kernel/working-days.js';
import { isUuid } from '../../org/org-queries.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { COMPLIANCE_KEEPERS, COMPLIANCE_READERS } from '../compliance-roles.js';
import {
  CHECKLIST_CODES,
  CHECKLIST_STATUSES,
  ComplianceChecklistItem,
  PROGRAMME_POLICIES,
  type ChecklistCode,
  type ChecklistStatus,
  type IComplianceChecklistItem,
} from './checklist-item.entity.js';
import { choiceOf, optionalLink, optionalPastDay, optionalText } from './service-input.js';

export interface ChecklistItemView {
  code: ChecklistCode;
  /** §67.P (a policy) or §67.C (a control built into a process). */
  kind: 'policy' | 'control';
  paragraph: string;
  status: ChecklistStatus;
  documentName: string | null;
  documentNumber: string | null;
  documentDate: string | null;
  documentUrl: string | null;
  owner: { id: string; fullName: string } | null;
  updatedAt: Date | null;
}

export interface ChecklistView {
  items: ChecklistItemView[];
  policiesAdopted: number;
  policiesTotal: number;
  controlsAdopted: number;
  controlsTotal: number;
}

function itemView(code: ChecklistCode, row: IComplianceChecklistItem | undefined): ChecklistItemView {
  const policy = (PROGRAMME_POLICIES as readonly string[]).indexOf(code);
  const control = CHECKLIST_CODES.indexOf(code) - PROGRAMME_POLICIES.length;
  return {
    code,
    kind: policy >= 0 ? 'policy' : 'control',
    paragraph: policy >= 0 ? `§67 (${policy + 1})` : `§67 (${control + 1})`,
    status: row?.status ?? 'missing',
    documentName: row?.documentName ?? null,
    documentNumber: row?.documentNumber ?? null,
    documentDate: row?.documentDate ? toDay(row.documentDate) : null,
    documentUrl: row?.documentUrl ?? null,
    owner: row?.owner ? { id: row.owner.id, fullName: row.owner.fullName } : null,
    updatedAt: row?.updatedAt ?? null,
  };
}

async function checklistOf(em: EntityManager, organizationId: string): Promise<ChecklistView> {
  const rows = await em.find(
    ComplianceChecklistItem,
    { organization: organizationId },
    { populate: ['owner'] },
  );
  const byCode = new Map(rows.map((row) => [row.code, row]));
  const items = CHECKLIST_CODES.map((code) => itemView(code, byCode.get(code)));
  const adopted = (kind: ChecklistItemView['kind']) =>
    items.filter((i) => i.kind === kind && i.status === 'adopted').length;
  return {
    items,
    policiesAdopted: adopted('policy'),
    policiesTotal: items.filter((i) => i.kind === 'policy').length,
    controlsAdopted: adopted('control'),
    controlsTotal: items.filter((i) => i.kind === 'control').length,
  };
}

/** §67: the 9 policies and the 7 process controls, each with where the organisation stands. */
export async function programmeChecklist(em: EntityManager, actor: Actor): Promise<ChecklistView> {
  requireAnyRole(actor, COMPLIANCE_READERS, 'read the programme checklist');
  return checklistOf(em, actor.organizationId);
}

export interface ChecklistItemInput {
  code: string;
  status: string;
  documentName?: string | null;
  documentNumber?: string | null;
  documentDate?: string | null;
  documentUrl?: string | null;
  ownerId?: string | null;
}

/**
 * §67: sets one item's status, the document that adopted it and its owner. An adopted item names
 * its document and the date. Changes take turns on the organisation's row: the first change of an
 * item makes its row, and two at once must not make two.
 */
export async function updateChecklistItem(
  em: EntityManager,
  actor: Actor,
  input: ChecklistItemInput,
  now: Date,
): Promise<ChecklistView> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'update the programme checklist');
  const code = choiceOf(input.code, CHECKLIST_CODES, 'code');
  const status = choiceOf(input.status, CHECKLIST_STATUSES, 'status');
  const documentName = optionalText(input.documentName, 'documentName', 300);
  const documentDate = optionalPastDay(input.documentDate, 'documentDate', now);
  if (status === 'adopted' && (!documentName || !documentDate)) {
    throw ValidationError.because('compliance.checklist.documentRequired', {
      field: documentName ? 'documentDate' : 'documentName',
    });
  }
  const ownerId = input.ownerId?.trim() || null;
  if (
    ownerId &&
    (!isUuid(ownerId) ||
      !(await em.count(Person, { id: ownerId, organization: actor.organizationId, active: true })))
  ) {
    throw ValidationError.because('compliance.checklist.ownerUnknown', { field: 'ownerId' });
  }
  const values = {
    status,
    documentName,
    documentNumber: optionalText(input.documentNumber, 'documentNumber', 100),
    documentDate,
    documentUrl: optionalLink(input.documentUrl, 'documentUrl'),
    owner: ownerId,
    updatedBy: actor.personId,
    updatedAt: now,
  };
  await lockRow(em, Organization, actor.organizationId);
  const existing = await em.findOne(
    ComplianceChecklistItem,
    { organization: actor.organizationId, code },
    { refresh: true },
  );
  const item =
    existing ??
    em.create(ComplianceChecklistItem, { id: newId(), organization: actor.organizationId, code, ...values });
  if (existing) em.assign(existing, values);
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'compliance.checklist_item_updated',
    entityType: 'ComplianceChecklistItem',
    entityId: item.id,
    data: { code, status, documentName, documentDate },
  });
  await em.flush();
  return checklistOf(em, actor.organizationId);
}
