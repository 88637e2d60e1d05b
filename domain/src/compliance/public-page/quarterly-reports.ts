import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../../audit/record-audit.js';
import { lockRow } from '../../database/row-lock.js';
import { requireAnyRole, type Actor } from '../../kernel/actor.js';
import { ConflictError, ValidationError } from '../../kernel/errors.js';
import { newId } from '../../kernel/ids.js';
import { currentQuarter, quarterNumbers } from '../../kernel/quarters.js';
import type { NamedPerson } from '../../hotline/protection/protection.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';
import { COMPLIANCE_KEEPERS, COMPLIANCE_READERS } from '../compliance-roles.js';
import { requiredText } from '../mitigation/measure-input.js';
import { QuarterlyReport } from './public-page.entity.js';

const REPORT_MAX = 10_000;

export interface QuarterRef {
  year: number;
  quarter: number;
}

export interface QuarterlyReportView extends QuarterRef {
  id: string;
  text: string;
  publishedBy: NamedPerson;
  publishedAt: Date;
}

/** The organisation's quarterly public reports, the latest first. */
export async function quarterlyReports(em: EntityManager, actor: Actor): Promise<QuarterlyReportView[]> {
  requireAnyRole(actor, COMPLIANCE_READERS, 'read the quarterly reports');
  const reports = await em.find(
    QuarterlyReport,
    { organization: actor.organizationId },
    { populate: ['publishedBy'], orderBy: { year: 'desc', quarter: 'desc' } },
  );
  return reports.map((r) => ({
    id: r.id,
    year: r.year,
    quarter: r.quarter,
    text: r.text,
    publishedBy: { id: r.publishedBy.id, fullName: r.publishedBy.fullName },
    publishedAt: r.publishedAt,
  }));
}

export interface QuarterlyReportInput extends QuarterRef {
  text: string;
}

/**
 * §9.5: state bodies and quasi-public organisations inform the public of the plan's progress at
 * least once a quarter. One report per quarter — a second is a CONFLICT; the quarter has begun
 * (this year's or last year's). Reports take turns on the organisation's row.
 */
export async function publishQuarterlyReport(
  em: EntityManager,
  actor: Actor,
  input: QuarterlyReportInput,
  now: Date,
): Promise<QuarterlyReportView> {
  requireAnyRole(actor, COMPLIANCE_KEEPERS, 'publish the quarterly report');
  const current = quarterNumbers(currentQuarter(now));
  const begun =
    Number.isInteger(input.year) &&
    Number.isInteger(input.quarter) &&
    input.quarter >= 1 &&
    input.quarter <= 4 &&
    input.year >= current.year - 1 &&
    (input.year < current.year || input.quarter <= current.quarter);
  if (!begun) throw ValidationError.because('compliance.quarterly.quarter', { field: 'quarter' });
  const text = requiredText(input.text, 'text', REPORT_MAX, 'compliance.quarterly.textRequired');
  await lockRow(em, Organization, actor.organizationId);
  const exists = await em.count(QuarterlyReport, {
    organization: actor.organizationId,
    year: input.year,
    quarter: input.quarter,
  });
  if (exists) {
    throw ConflictError.because('compliance.quarterly.exists', { year: input.year, quarter: input.quarter });
  }
  const report = em.create(QuarterlyReport, {
    id: newId(),
    organization: actor.organizationId,
    year: input.year,
    quarter: input.quarter,
    text,
    publishedBy: em.getReference(Person, actor.personId),
    publishedAt: now,
  });
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'compliance_quarterly_report.published',
    entityType: 'QuarterlyReport',
    entityId: report.id,
    data: { year: input.year, quarter: input.quarter },
  });
  await em.flush();
  const person = await em.findOneOrFail(Person, actor.personId);
  return {
    id: report.id,
    year: report.year,
    quarter: report.quarter,
    text,
    publishedBy: { id: person.id, fullName: person.fullName },
    publishedAt: now,
  };
}
