/** Role codes exactly as the gateway's `Role` enum spells them. */
export const ADAL_ROLES = [
  'employee',
  'training_admin',
  'compliance_officer',
  'compliance_head',
  'first_head',
  'board_member',
  'hotline_investigator',
  'auditor',
  'org_admin',
  'hr_officer',
  'ethics_commissioner',
] as const;
export type AdalRole = (typeof ADAL_ROLES)[number];

/** An entry is visible when it names no roles or the viewer holds at least one of them. */
export function canSee(entry: { roles: readonly AdalRole[] }, viewerRoles: readonly string[]): boolean {
  return entry.roles.length === 0 || entry.roles.some((role) => viewerRoles.includes(role));
}
