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
  | 'org_admin'
  | 'hr_officer'
  | 'ethics_commissioner';

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
  'hr_officer',
  'ethics_commissioner',
];

/** The HR service: personnel files, HR actions and the financial-declaration notices (§24). */
export const HR_OFFICERS: readonly RoleCode[] = ['hr_officer'];

/** §5: the people responsible for corruption prevention in the organisation. */
export const RESPONSIBLE_STAFF_ROLES: readonly RoleCode[] = ['compliance_officer', 'compliance_head'];

export function isRoleCode(value: string): value is RoleCode {
  return (ROLE_CODES as readonly string[]).includes(value);
}
