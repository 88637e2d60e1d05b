import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { createFromTemplate, runAsAdmin, testAdminUrl, type DatabaseTemplate } from './test-database.js';

// Templates of this file's own prefix, built on the real server, and the clones made from them.
const prefix = `adal_test_tpl_${randomBytes(3).toString('hex')}_`;
const clones: string[] = [];

async function databasesLike(pattern: string): Promise<string[]> {
  return runAsAdmin(testAdminUrl(), async (admin) => {
    const { rows } = await admin.query<{ datname: string }>(
      'select datname from pg_database where datname like $1 order by datname',
      [pattern],
    );
    return rows.map((row) => row.datname);
  });
}

/** A template that creates an empty database, noting each build; `fail` makes a build stop midway. */
function template(
  name: string,
  builds: string[],
  o: { replaces?: (other: string) => boolean; fail?: boolean } = {},
): DatabaseTemplate {
  return {
    prefix,
    name: `${prefix}${name}`,
    async build(admin, _adminUrl, building) {
      builds.push(building);
      await admin.query(`create database "${building}"`);
      if (o.fail) throw new Error('cut off');
    },
    replaces: o.replaces ?? (() => true),
  };
}

function cloneOf(given: DatabaseTemplate): Promise<void> {
  const name = `adal_test_${randomBytes(6).toString('hex')}`;
  clones.push(name);
  return createFromTemplate(testAdminUrl(), name, given);
}

afterAll(async () => {
  const left = [...clones, ...(await databasesLike(`${prefix}%`))];
  await runAsAdmin(testAdminUrl(), async (admin) => {
    for (const name of left) await admin.query(`drop database if exists "${name}" with (force)`);
  });
});

describe('a database template', () => {
  it('is built once for the clones asked for at the same time, each clone a database of its own', async () => {
    const builds: string[] = [];
    const once = template('once', builds);
    const before = clones.length;
    await Promise.all([cloneOf(once), cloneOf(once), cloneOf(once)]);
    expect(builds).toEqual([`${prefix}once_building`]);
    const made = clones.slice(before);
    expect(await databasesLike('adal_test_%')).toEqual(expect.arrayContaining(made));
    expect(await databasesLike(`${prefix}once%`)).toEqual([`${prefix}once`]);
  });

  it('replaces the older templates it names, and keeps the others', async () => {
    const builds: string[] = [];
    await cloneOf(template('old', builds));
    await cloneOf(template('kept', builds));
    await cloneOf(template('new', builds, { replaces: (other) => !other.endsWith('kept') }));
    // `new` replaces every other but `kept`: `old`, and `once` of the test before.
    expect(await databasesLike(`${prefix}%`)).toEqual([`${prefix}kept`, `${prefix}new`]);
  });

  it('cut off while building, leaves nothing that passes for it, and is built again when next asked', async () => {
    const builds: string[] = [];
    await expect(cloneOf(template('retried', builds, { fail: true }))).rejects.toThrow('cut off');
    expect(await databasesLike(`${prefix}retried`)).toEqual([]);
    await cloneOf(template('retried', builds, { replaces: () => false }));
    expect(builds).toEqual([`${prefix}retried_building`, `${prefix}retried_building`]);
    expect(await databasesLike(`${prefix}retried%`)).toEqual([`${prefix}retried`]);
  });
});
