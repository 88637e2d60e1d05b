import { Organization, type MikroORM } from '@adal/domain';

/** Every organisation's id, in a stable order: jobs work one organisation per transaction. */
export async function organizationIds(orm: MikroORM): Promise<string[]> {
  const organizations = await orm.em
    .fork()
    .find(Organization, {}, { fields: ['id'], orderBy: { id: 'asc' } });
  return organizations.map((organization) => organization.id);
}
