import type { EntityManager } from '@mikro-orm/postgresql';
import { ConflictError, NotFoundError, ValidationError } from '../../kernel/errors.js';
import { BI_SCHEMA } from './bi-view-sql.js';
import { biViewNames, grantBiViews } from './refresh-bi-read-model.js';
import { scramSha256Verifier } from './scram-verifier.js';

/** A plain lower-case PostgreSQL name, so that it reads the same quoted or not in a BI tool's settings. */
const ROLE_NAME = /^[a-z_][a-z0-9_]{0,62}$/;
const MIN_PASSWORD_LENGTH = 12;

export interface BiReaderGrant {
  organizationBin: string;
  roleName: string;
}

function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

function quoteLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

function checkRoleName(roleName: string): void {
  if (!ROLE_NAME.test(roleName)) throw ValidationError.because('bi.roleName', { roleName });
}

async function organizationByBin(em: EntityManager, bin: string): Promise<string> {
  const [row] = await em.execute<{ id: string }[]>('select id from organization where bin = ?', [bin]);
  if (!row) throw NotFoundError.forId('Organization', bin);
  return row.id;
}

async function roleExists(em: EntityManager, roleName: string): Promise<boolean> {
  const rows = await em.execute<unknown[]>('select 1 from pg_roles where rolname = ?', [roleName]);
  return rows.length > 0;
}

async function grantedOrganizations(em: EntityManager, roleName: string): Promise<number> {
  const [row] = await em.execute<{ count: string }[]>(
    `select count(*) as count from ${BI_SCHEMA}.reader_grant where role_name = ?`,
    [roleName],
  );
  return Number(row?.count ?? 0);
}

/**
 * Lets a login role read one organisation's rows of the BI views (run inside a transaction): it
 * creates the role when missing (a login that can do nothing else), sets its password, grants it
 * USAGE on the schema and SELECT on the views, and records the organisation in the grants table
 * the views filter on. A role that exists without being a BI reader is refused: the command must
 * never hand the views to, or change the password of, a role that serves something else.
 */
export async function grantBiReader(
  em: EntityManager,
  grant: BiReaderGrant & { password: string },
): Promise<void> {
  checkRoleName(grant.roleName);
  if (grant.password.length < MIN_PASSWORD_LENGTH) {
    throw ValidationError.because('bi.passwordTooShort', { min: MIN_PASSWORD_LENGTH });
  }
  const organizationId = await organizationByBin(em, grant.organizationBin);
  const role = quoteIdentifier(grant.roleName);
  // The server is sent the SCRAM verifier, not the password, which so stays out of its logs; a
  // password of other than printable ASCII is sent as it is and hashed by the server.
  const password = `password ${quoteLiteral(scramSha256Verifier(grant.password) ?? grant.password)}`;
  if (!(await roleExists(em, grant.roleName))) {
    await em.execute(
      `create role ${role} login ${password} nosuperuser nocreatedb nocreaterole noreplication nobypassrls`,
    );
  } else if ((await grantedOrganizations(em, grant.roleName)) === 0) {
    throw ConflictError.because('bi.roleNotReader', { roleName: grant.roleName });
  } else {
    await em.execute(`alter role ${role} login ${password}`);
  }
  const [database] = await em.execute<{ name: string }[]>('select current_database() as name');
  await em.execute(`grant connect on database ${quoteIdentifier(database?.name ?? '')} to ${role}`);
  await grantBiViews(em, grant.roleName);
  await em.execute(
    `insert into ${BI_SCHEMA}.reader_grant (role_name, organization_id) values (?, ?) on conflict do nothing`,
    [grant.roleName, organizationId],
  );
}

/**
 * Takes one organisation from a reader; the last one taken, the role loses its grants and is
 * dropped (it was made for the BI tool and can do nothing else). Run inside a transaction.
 */
export async function revokeBiReader(em: EntityManager, grant: BiReaderGrant): Promise<{ dropped: boolean }> {
  checkRoleName(grant.roleName);
  const organizationId = await organizationByBin(em, grant.organizationBin);
  const deleted = await em.execute<{ role_name: string }[]>(
    `delete from ${BI_SCHEMA}.reader_grant where role_name = ? and organization_id = ? returning role_name`,
    [grant.roleName, organizationId],
  );
  if (deleted.length === 0)
    throw NotFoundError.forId('BiReaderGrant', `${grant.roleName}/${grant.organizationBin}`);
  if ((await grantedOrganizations(em, grant.roleName)) > 0 || !(await roleExists(em, grant.roleName))) {
    return { dropped: false };
  }
  const role = quoteIdentifier(grant.roleName);
  const views = await biViewNames(em);
  if (views.length > 0) {
    const list = views.map((view) => `${BI_SCHEMA}.${quoteIdentifier(view)}`).join(', ');
    await em.execute(`revoke select on ${list} from ${role}`);
  }
  await em.execute(`revoke usage on schema ${BI_SCHEMA} from ${role}`);
  const [database] = await em.execute<{ name: string }[]>('select current_database() as name');
  await em.execute(`revoke connect on database ${quoteIdentifier(database?.name ?? '')} from ${role}`);
  await em.execute(`drop role ${role}`);
  return { dropped: true };
}
