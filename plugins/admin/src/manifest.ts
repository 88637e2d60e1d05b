import type { AdalNavigationEntry, AdalRole } from '@adal/sdk';

export const PLUGIN_ID = 'admin';
export const PLUGIN_VERSION: string = __PLUGIN_VERSION__;
export const ROUTE_PREFIX = '/admin';
export const PLUGIN_TITLE_KEY = 'plugin.title';

/** Who keeps the staff list, the org structure and the roles: the organisation administrator. */
export const ORG_ADMINS: readonly AdalRole[] = ['org_admin'];

/** The hotline's Protection page, where HR enters actions concerning protected reporters (§40). */
export const HOTLINE_PROTECTION_PATH = '/hotline/protection';

/** §75: those who read the whole trail and verify its chain (an investigator reads a case's events in the case). */
export const AUDIT_TRAIL_READERS: readonly AdalRole[] = ['auditor', 'compliance_head', 'org_admin'];

export const navigation: readonly AdalNavigationEntry[] = [
  { labelKey: 'nav.people', path: `${ROUTE_PREFIX}/people`, roles: ORG_ADMINS },
  { labelKey: 'nav.import', path: `${ROUTE_PREFIX}/import`, roles: ORG_ADMINS },
  { labelKey: 'nav.orgUnits', path: `${ROUTE_PREFIX}/org-units`, roles: ORG_ADMINS },
  { labelKey: 'nav.auditTrail', path: `${ROUTE_PREFIX}/audit-trail`, roles: AUDIT_TRAIL_READERS },
];
