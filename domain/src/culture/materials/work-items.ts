import type { EntityManager } from '@mikro-orm/postgresql';
import { hasAnyRole, type Actor } from '../../kernel/actor.js';
import { kazakhstanDay } from '../../kernel/kazakhstan-time.js';
import type { LocalizedText } from '../../kernel/locale.js';
import { toDay } from '../../kernel/working-days.js';
import { dayUrgency, type WorkItem, type WorkProvider } from '../../work/work-item.js';
import { registerWorkProvider } from '../../work/work-registry.js';
import { CULTURE_PLANNERS } from '../culture-roles.js';
import { AUDIENCE_FROM, inAudienceSql } from './audience.js';

const PLUGIN = 'culture';
/** Within 2 days of the term it is close. */
const DUE_SOON_DAYS = 2;

const NOT_ACKNOWLEDGED = `not exists (select 1 from culture_material_acknowledgement a
                          where a.material_id = m.id and a.person_id = p.id)`;

/** §35.6: each published material the person is asked to acknowledge and has not, due on its term. */
async function toAcknowledge(em: EntityManager, actor: Actor, today: string): Promise<WorkItem[]> {
  const rows = await em.execute<{ id: string; title: LocalizedText; acknowledge_by: string | Date }[]>(
    `select m.id, m.title, m.acknowledge_by ${AUDIENCE_FROM}
      where m.organization_id = ? and p.id = ? and m.status = 'published' and m.requires_acknowledgement
        and ${inAudienceSql()} and ${NOT_ACKNOWLEDGED}
      order by m.acknowledge_by, m.id`,
    [actor.organizationId, actor.personId],
  );
  return rows.map((row) => {
    const dueOn = toDay(row.acknowledge_by);
    return {
      id: `${PLUGIN}:culture_material_to_acknowledge:${row.id}`,
      plugin: PLUGIN,
      kind: 'culture_material_to_acknowledge',
      subject: row.title,
      urgency: dayUrgency(dueOn, today, DUE_SOON_DAYS),
      dueAt: null,
      dueOn,
      path: `/culture/materials/${row.id}`,
      count: null,
    };
  });
}

/** For the planners: the materials past their term that some of the audience have not acknowledged. */
async function pastTerm(em: EntityManager, actor: Actor, today: string): Promise<WorkItem[]> {
  if (!hasAnyRole(actor, CULTURE_PLANNERS)) return [];
  const rows = await em.execute<{ id: string; acknowledge_by: string | Date }[]>(
    `select m.id, m.acknowledge_by from culture_material m
      where m.organization_id = ? and m.status = 'published' and m.requires_acknowledgement
        and m.acknowledge_by < cast(? as date)
        and exists (select 1 from person p join org_unit u on u.id = p.org_unit_id
                     where p.organization_id = m.organization_id and p.active
                       and ${inAudienceSql()} and ${NOT_ACKNOWLEDGED})
      order by m.acknowledge_by`,
    [actor.organizationId, today],
  );
  if (rows.length === 0) return [];
  return [
    {
      id: `${PLUGIN}:culture_materials_unacknowledged`,
      plugin: PLUGIN,
      kind: 'culture_materials_unacknowledged',
      subject: null,
      urgency: 'overdue',
      dueAt: null,
      dueOn: toDay(rows[0]!.acknowledge_by),
      path: '/culture/materials',
      count: rows.length,
    },
  ];
}

export const CULTURE_MATERIAL_WORK: WorkProvider = {
  context: 'culture.materials',
  async items(em, actor, now) {
    const today = kazakhstanDay(now);
    return [...(await toAcknowledge(em, actor, today)), ...(await pastTerm(em, actor, today))];
  },
};

registerWorkProvider(CULTURE_MATERIAL_WORK);
