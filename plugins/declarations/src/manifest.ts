import type { AdalNavigationEntry, AdalRole } from '@adal/sdk';

export const PLUGIN_ID = 'declarations';
/** Names the plugin in the host's navigation and the browser tab. */
export const PLUGIN_TITLE_KEY = 'plugin.title';
export const PLUGIN_VERSION: string = __PLUGIN_VERSION__;
export const ROUTE_PREFIX = '/declarations';

/**
 * §5, §14, §15.3: the people responsible for corruption prevention — the compliance staff and, in a
 * state body, the ethics commissioner — who receive notifications, keep the register and decide gifts.
 */
export const DECLARATION_OFFICERS: readonly AdalRole[] = [
  'compliance_officer',
  'compliance_head',
  'ethics_commissioner',
];

/** Who reads the registers without changing them (§75). */
export const REGISTER_READERS: readonly AdalRole[] = [...DECLARATION_OFFICERS, 'auditor'];

/** §24: HR collects the financial-declaration notices and proofs. */
export const HR_OFFICERS: readonly AdalRole[] = ['hr_officer'];

/** §24–§30: HR runs the financial declarations and the foreign-account check; the first head oversees them. */
export const FINANCIAL_READERS: readonly AdalRole[] = [...HR_OFFICERS, 'first_head'];

/**
 * §30.1: the foreign-account check is also for those the first head's order may name — the ethics
 * commissioner and the compliance service; the gateway shows its data only to those it does name.
 */
export const FOREIGN_ACCOUNT_READERS: readonly AdalRole[] = [...FINANCIAL_READERS, ...DECLARATION_OFFICERS];

export const navigation: readonly AdalNavigationEntry[] = [
  // Every employee declares: their relatives, conflicts, gifts and what a campaign asks.
  { labelKey: 'nav.myDeclarations', path: ROUTE_PREFIX, roles: [] },
  // §72: the compliance service runs the declaration campaigns.
  { labelKey: 'nav.campaigns', path: `${ROUTE_PREFIX}/campaigns`, roles: DECLARATION_OFFICERS },
  // §17, §75: the gift register, for those who decide on gifts and the auditors.
  { labelKey: 'nav.giftRegister', path: `${ROUTE_PREFIX}/gifts`, roles: REGISTER_READERS },
  // §24–§30: HR runs the financial-declaration notices and the foreign-account check; the first head oversees them.
  {
    labelKey: 'nav.financialDeclarations',
    path: `${ROUTE_PREFIX}/financial`,
    roles: FINANCIAL_READERS,
  },
  {
    labelKey: 'nav.foreignAccounts',
    path: `${ROUTE_PREFIX}/foreign-accounts`,
    roles: FOREIGN_ACCOUNT_READERS,
  },
  // §14–§15: the conflict-of-interest register, for the responsible unit and auditors.
  { labelKey: 'nav.conflictRegister', path: `${ROUTE_PREFIX}/conflicts`, roles: REGISTER_READERS },
];
