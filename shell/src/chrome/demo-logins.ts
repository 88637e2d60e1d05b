import type { AdalRole } from '@adal/sdk/host';

/** The people of the demo organisation (domain seed), one per role, and a subsidiary's head, for the development login. */
export const DEMO_LOGINS: readonly { email: string; role: AdalRole }[] = [
  { email: 'employee@demo.adal.kz', role: 'employee' },
  { email: 'trainer@demo.adal.kz', role: 'training_admin' },
  { email: 'compliance@demo.adal.kz', role: 'compliance_officer' },
  { email: 'head@demo.adal.kz', role: 'compliance_head' },
  { email: 'first@demo.adal.kz', role: 'first_head' },
  { email: 'board@demo.adal.kz', role: 'board_member' },
  { email: 'investigator@demo.adal.kz', role: 'hotline_investigator' },
  { email: 'auditor@demo.adal.kz', role: 'auditor' },
  { email: 'hr@demo.adal.kz', role: 'hr_officer' },
  { email: 'ethics@demo.adal.kz', role: 'ethics_commissioner' },
  { email: 'admin@demo.adal.kz', role: 'org_admin' },
  // The energy subsidiary's compliance head: her own company only, and its benchmark.
  { email: 'head@energy.demo.adal.kz', role: 'compliance_head' },
];
