/** Roles are granted per organisation; a person may hold several (ARCHITECTURE.md, Roles). */
export type RoleCode =
  | 'employee'
  | 'training_admin'
  | 'compliance_officer'
  | 'compliance_head'
  | 'first_head'
  | 'board_member'
  | 'hotline_investigator'
  | 'auditor'
  | 'org_admin';

export const ROLE_CODES: readonly RoleCode[] = [
  'employee',
  'training_admin',
  'compliance_officer',
  'compliance_head',
  'first_head',
  'board_member',
  'hotline_investigator',
  'auditor',
  'org_admin',
];

/** §5: the people responsible for corruption prevention in the organisation. */
export const RESPONSIBLE_STAFF_ROLES: readonly RoleCode[] = ['compliance_officer', 'compliance_head'];

export function isRoleCode(value: string): value is RoleCode {
  return (ROLE_CODES as readonly string[]).includes(value);
}
