import type { AdalRole } from './roles';

/**
 * §9.1, §11 — the closed loop: the records a corruption risk is proposed from, and the compliance
 * register's page that opens a risk drafted from one. Plugins link there by URL only.
 */
export type RiskSourceKind = 'hotline_case' | 'conflict_case' | 'audit_finding';

/** Those who keep the risk register (the gateway's COMPLIANCE_KEEPERS). */
export const RISK_KEEPERS: readonly AdalRole[] = [
  'compliance_officer',
  'compliance_head',
  'ethics_commissioner',
];

/** The register's page with the risk drafted from the record: `/compliance/risks?proposeFrom=<kind>:<id>`. */
export function proposeRiskHref(kind: RiskSourceKind, id: string): string {
  return `/compliance/risks?proposeFrom=${encodeURIComponent(`${kind}:${id}`)}`;
}

/** The record named in `proposeFrom`, or null when it is not one. */
export function parseProposeFrom(value: unknown): { kind: RiskSourceKind; id: string } | null {
  if (typeof value !== 'string') return null;
  const [kind, id, ...rest] = value.split(':');
  if (rest.length > 0 || !id) return null;
  if (kind !== 'hotline_case' && kind !== 'conflict_case' && kind !== 'audit_finding') return null;
  return { kind, id };
}
