import { expireReporterAccess, Organization, purgeExpiredHotlineCases, type MikroORM } from '@adal/domain';

/**
 * Applies the hotline's retention (issue 4 §4, §69 personal data protection): closed cases past
 * the organisation's retention period are purged, and receipts idle for too long stop opening
 * their report. One transaction per organisation, so one failure holds back no other.
 */
export async function applyHotlineRetention(
  orm: MikroORM,
  now: Date,
): Promise<{ purged: number; expired: number }> {
  const organizations = await orm.em
    .fork()
    .find(Organization, {}, { fields: ['id'], orderBy: { id: 'asc' } });
  let purged = 0;
  let expired = 0;
  for (const { id } of organizations) {
    await orm.em.fork().transactional(async (em) => {
      purged += await purgeExpiredHotlineCases(em, id, now);
      expired += await expireReporterAccess(em, id, now);
    });
  }
  return { purged, expired };
}
