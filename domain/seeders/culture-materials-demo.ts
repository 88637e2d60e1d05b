import type { EntityManager } from '@mikro-orm/postgresql';
import { acknowledgeCultureMaterial } from '../src/culture/materials/acknowledgements.js';
import { uploadCultureMaterialFile } from '../src/culture/materials/material-files.js';
import type { MaterialInput } from '../src/culture/materials/material-input.js';
import { CultureMaterial } from '../src/culture/materials/material.entity.js';
import { publishCultureMaterial, saveCultureMaterial } from '../src/culture/materials/materials.js';
import type { Actor } from '../src/kernel/actor.js';
import type { IOrganization } from '../src/org/organization.entity.js';
import { demoActor } from './demo-actor.js';

const DAY_MS = 24 * 60 * 60 * 1000;

/** A one-page PDF the demo's presentation draft carries, so the file route has something to serve. */
const DEMO_PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n' +
    '3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

const MEMO: MaterialInput = {
  kind: 'memo',
  subject: 'conflict_of_interest',
  title: {
    kk: 'Мүдделер қақтығысы туындаған кезде не істеу керек',
    ru: 'Что делать при возникновении конфликта интересов',
    en: 'What to do when a conflict of interest arises',
  },
  body: {
    kk: '<p>Мүдделер қақтығысы туындаса немесе туындауы мүмкін болса:</p><ol><li>шешім қабылдауға қатыспаңыз;</li><li>тікелей басшыңызға жазбаша хабарлаңыз;</li><li>комплаенс қызметінің нұсқауын күтіңіз.</li></ol>',
    ru: '<p>Если конфликт интересов возник или может возникнуть:</p><ol><li>не участвуйте в принятии решения;</li><li>письменно уведомите непосредственного руководителя;</li><li>дождитесь указаний комплаенс-службы.</li></ol>',
    en: '<p>When a conflict of interest arises or may arise:</p><ol><li>take no part in the decision;</li><li>tell your direct manager in writing;</li><li>wait for the compliance service’s instructions.</li></ol>',
  },
  audienceAll: true,
  requiresAcknowledgement: true,
  acknowledgementDays: 10,
};

const GUIDE: MaterialInput = {
  kind: 'short_guide',
  subject: 'corruption_risk',
  title: {
    kk: 'Сыбайлас жемқорлық тәуекелі: қысқа нұсқаулық',
    ru: 'Коррупционный риск: краткая инструкция',
    en: 'Corruption risk: a short guide',
  },
  body: {
    kk: '<p>Сізге пара ұсынылса, бас тартыңыз және бұл туралы сенім телефоны арқылы хабарлаңыз.</p>',
    ru: '<p>Если вам предложили взятку, откажитесь и сообщите об этом по горячей линии.</p>',
    en: '<p>If you are offered a bribe, refuse it and report it through the hotline.</p>',
  },
  linkUrl: 'https://baselgovernance.org/',
  source: 'basel_institute',
  audienceAll: true,
  requiresAcknowledgement: true,
  acknowledgementDays: 10,
};

const BOOKLET: MaterialInput = {
  kind: 'booklet',
  subject: 'anti_corruption_policy',
  title: {
    kk: 'Сыбайлас жемқорлыққа қарсы саясат (2025 жылғы басылым)',
    ru: 'Антикоррупционная политика (издание 2025 года)',
    en: 'Anti-corruption policy (2025 edition)',
  },
  body: {
    kk: '<p>Саясаттың негізгі ережелері.</p>',
    ru: '<p>Основные положения политики.</p>',
    en: '<p>The policy’s main rules.</p>',
  },
  audienceAll: true,
  requiresAcknowledgement: false,
};

const PRESENTATION: MaterialInput = {
  kind: 'presentation',
  subject: 'conflict_of_interest',
  title: {
    kk: 'Мүдделер қақтығысының типтік жағдайлары',
    ru: 'Типовые ситуации конфликта интересов',
    en: 'Typical conflict-of-interest situations',
  },
  body: null,
  audienceAll: false,
  audienceRoles: ['first_head', 'board_member'],
  requiresAcknowledgement: true,
  acknowledgementDays: 14,
};

/**
 * The materials library's demo in the parent company (§32.2, §35.6): a memo on conflicts of
 * interest published twelve days ago (past its term, some of the staff still to acknowledge it,
 * the compliance head already has), a short guide on corruption risks published today with a link
 * to the Basel Institute, the policy booklet (published, no acknowledgement asked) and a draft
 * presentation with its PDF. Through the use cases, so they are on the audit trail. Nothing
 * happens when the parent company already has materials.
 */
export async function seedCultureMaterialsDemo(
  em: EntityManager,
  holding: IOrganization,
  now: Date,
): Promise<void> {
  if ((await em.count(CultureMaterial, { organization: holding.id })) > 0) return;
  const officer = await demoActor(em, holding, 'compliance_officer');
  const head = await demoActor(em, holding, 'compliance_head');
  const twelveDaysAgo = new Date(now.getTime() - 12 * DAY_MS);
  const publish = async (input: MaterialInput, at: Date): Promise<string> => {
    const draft = await saveCultureMaterial(em, officer, input, at);
    await publishCultureMaterial(em, officer, draft.id, at);
    return draft.id;
  };
  const memo = await publish(MEMO, twelveDaysAgo);
  const acknowledge = (actor: Actor) => acknowledgeCultureMaterial(em, actor, memo, twelveDaysAgo);
  await acknowledge(head);
  await acknowledge(officer);
  await publish(GUIDE, now);
  await publish(BOOKLET, twelveDaysAgo);
  const draft = await saveCultureMaterial(em, officer, PRESENTATION, now);
  await uploadCultureMaterialFile(
    em,
    officer,
    draft.id,
    { fileName: 'typical-cases.pdf', data: DEMO_PDF },
    now,
  );
}
