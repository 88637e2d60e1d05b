import type { EntityManager } from '@mikro-orm/postgresql';
import { localizedName, type Locale, type LocalizedText } from '../kernel/locale.js';
import type { PlainMail } from '../kernel/plain-mail.js';
import { formatKazakhstanDateTime } from '../kernel/kazakhstan-time.js';
import type { StoredAuditCheckpoint } from './audit-checkpoint.js';
import { auditTrailSettings } from './audit-trail-settings.js';
import { readAuditCheckpoints } from './checkpoint-file.js';

/** A checkpoint is mailed once: the daily run sends those written in the day before it. */
export const AUDIT_CHECKPOINT_MAIL_PERIOD_MS = 24 * 3_600_000;

interface Wording {
  subject(organization: string, seq: number): string;
  body(name: string, organization: string, seq: number, at: string, line: string): string;
}

// The signed line travels verbatim: it is the evidence, and Adal can check it against the trail.
const WORDING: Record<Locale, Wording> = {
  kk: {
    subject: (org, seq) => `«${org}» аудит журналының бақылау нүктесі: ${seq}-оқиға`,
    body: (name, org, seq, at, line) =>
      `Құрметті ${name}!\n\nБұл — «${org}» аудит журналының ${at} жағдайы бойынша қол қойылған бақылау нүктесі: журналда ${seq} оқиға бар, соңғысының хеші төмендегі жолда көрсетілген.\n\nОсы хатты сақтап қойыңыз: журнал кейін дауға түссе, бұл жол оның сол сәтте нені қамтығанын көрсетеді.\n\n${line}\n`,
  },
  ru: {
    subject: (org, seq) => `Контрольная точка журнала аудита «${org}»: событие ${seq}`,
    body: (name, org, seq, at, line) =>
      `Уважаемый(ая) ${name}!\n\nЭто подписанная контрольная точка журнала аудита «${org}» на ${at}: в журнале ${seq} событий, хеш последнего указан в строке ниже.\n\nСохраните это письмо: если журнал когда-либо будет оспорен, эта строка покажет, что в нём было на тот момент.\n\n${line}\n`,
  },
  en: {
    subject: (org, seq) => `Audit trail checkpoint of ${org}: event ${seq}`,
    body: (name, org, seq, at, line) =>
      `Dear ${name},\n\nthis is the signed checkpoint of the audit trail of ${org} as of ${at}: the trail held ${seq} events, and the line below carries the hash of the last one.\n\nPlease keep this e-mail: should the trail ever be disputed, this line shows what it held at that moment.\n\n${line}\n`,
  },
};

interface RecipientRow {
  email: string;
  full_name: string;
  locale: Locale;
  organization_name: string;
  organization_names: Partial<LocalizedText> | null;
}

/**
 * §75: the organisation's latest checkpoint, if written in the last day, e-mailed to each of its
 * active auditors in their language: a second copy outside the server, which whoever controls the
 * server cannot recall.
 */
export async function auditCheckpointMails(
  em: EntityManager,
  organizationId: string,
  now: Date,
): Promise<PlainMail[]> {
  const { keyring, checkpointDir } = auditTrailSettings(em);
  const { checkpoints } = await readAuditCheckpoints(checkpointDir, keyring, organizationId);
  const since = now.getTime() - AUDIT_CHECKPOINT_MAIL_PERIOD_MS;
  const latest = checkpoints
    .filter((c) => c.at.getTime() > since && c.at.getTime() <= now.getTime())
    .reduce<StoredAuditCheckpoint | null>((last, c) => (!last || c.seq >= last.seq ? c : last), null);
  if (!latest) return [];
  const recipients = await em.execute<RecipientRow[]>(
    // A holding's auditor may hold the role in a subsidiary: the grant names the organisation.
    `select distinct p.email, p.full_name, p.locale, o.name as organization_name, o.names as organization_names
       from role_grant g
       join person p on p.id = g.person_id and p.active
       join organization o on o.id = g.organization_id
      where g.organization_id = ? and g.role = 'auditor'
      order by p.email`,
    [organizationId],
  );
  return recipients.map((r) => {
    const wording = WORDING[r.locale];
    const organization = localizedName(r.organization_names, r.organization_name)[r.locale];
    return {
      to: r.email,
      subject: wording.subject(organization, latest.seq),
      text: wording.body(
        r.full_name,
        organization,
        latest.seq,
        formatKazakhstanDateTime(latest.at),
        latest.line,
      ),
    };
  });
}
