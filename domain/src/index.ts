// The public surface of @adal/domain: the gateway and the tests use nothing else.

// kernel
export {
  DomainError,
  ValidationError,
  NotFoundError,
  ForbiddenError,
  ConflictError,
  type ErrorCode,
} from './kernel/errors.js';
export { LOCALES, DEFAULT_LOCALE, isLocale, type Locale, type LocalizedText } from './kernel/locale.js';
export { ROLE_CODES, RESPONSIBLE_STAFF_ROLES, isRoleCode, type RoleCode } from './kernel/roles.js';
export { hasAnyRole, requireAnyRole, type Actor } from './kernel/actor.js';
export { newId } from './kernel/ids.js';

// database
export type { EntityManager, MikroORM, Options } from '@mikro-orm/postgresql';
export { createOrmConfig, type OrmConfigOptions } from './database/orm-config.js';
export { openDatabase, type OpenDatabaseOptions } from './database/open-database.js';
export { forTenant, TENANT_FILTER } from './database/tenant-filter.js';
export { ENTITIES } from './database/entities.js';
export { seedDemo, DEMO_LOGINS, type DemoLogin, type SeedDemoResult } from '../seeders/seed-demo.js';
export { DemoSeeder } from '../seeders/demo.seeder.js';

// org
export {
  Organization,
  ORGANIZATION_KINDS,
  type IOrganization,
  type OrganizationKind,
} from './org/organization.entity.js';
export { OrgUnit, type IOrgUnit } from './org/org-unit.entity.js';
export { Position, type IPosition } from './org/position.entity.js';
export { Person, type IPerson } from './org/person.entity.js';
export { RoleGrant, type IRoleGrant } from './org/role-grant.entity.js';
export { findLoginByEmail, loadActor, type LoginIdentity } from './org/login.js';
export { getPerson, listOrgUnits, getOrgUnit } from './org/org-queries.js';
export { importPeople, MAX_IMPORT_ROWS, type ImportReport } from './org/people-import.js';
export type { ImportRowError } from './org/people-import-rows.js';
export type { ImportFile } from './org/import-table.js';
export { iinProblem } from './org/iin.js';
export { ORG_KPIS, HEADCOUNT_KPI, RESPONSIBLE_STAFF_KPI } from './org/kpis.js';

// audit (§75)
export { AuditEvent, type IAuditEvent } from './audit/audit-event.entity.js';
export { recordAudit, type AuditEntry } from './audit/record-audit.js';
export { verifyAuditChain, type AuditChainReport } from './audit/verify-audit-chain.js';
export { listAuditEvents, AUDIT_READERS } from './audit/list-audit-events.js';

// kpi
export type {
  KpiDefinition,
  KpiDimension,
  KpiDirection,
  KpiFilter,
  KpiUnit,
  KpiValue,
} from './kpi/kpi-definition.js';
export { registerKpi, kpiCatalog } from './kpi/kpi-registry.js';
export { computeKpiValues } from './kpi/compute-kpi-values.js';
