import type { EntityManager } from '@mikro-orm/postgresql';
import type { IOrganization } from '../src/org/organization.entity.js';
import { OrgUnit } from '../src/org/org-unit.entity.js';
import { Person, type IPerson } from '../src/org/person.entity.js';
import { assignHotlineCase } from '../src/hotline/cases/case-assignment.js';
import {
  acknowledgeHotlineCase,
  addHotlineNote,
  closeHotlineCase,
  giveInterimFeedback,
  recordFindings,
  sendHotlineMessage,
} from '../src/hotline/cases/case-work.js';
import { HotlineReport } from '../src/hotline/cases/hotline-report.entity.js';
import { enterHotlineReportForCaller, submitHotlineReport } from '../src/hotline/intake/intake.js';
import type { HotlineKeyring } from '../src/hotline/crypto/keyring.js';
import {
  addHotlineRecommendation,
  completeHotlineRecommendation,
} from '../src/hotline/recommendations/recommendations.js';
import type { HotlineReportInput } from '../src/hotline/intake/report-input.js';
import { addReporterMessage } from '../src/hotline/reporter/reporter.js';
import { setHotlineAlternateHandler } from '../src/hotline/hotline-settings.js';
import { linkInvolvedPersons, triageHotlineCase } from '../src/hotline/cases/triage.js';
import { demoActor } from './demo-actor.js';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** A member of staff of a unit (by code), not its head: the person a demo report names. */
async function staffOf(em: EntityManager, organization: IOrganization, unitCode: string): Promise<IPerson> {
  const unit = await em.findOneOrFail(OrgUnit, { organization: organization.id, code: unitCode });
  return em.findOneOrFail(
    Person,
    { organization: organization.id, orgUnit: unit.id, manager: { orgUnit: unit.id } },
    { orderBy: { fullName: 'asc' } },
  );
}

const REPORTS = {
  fresh: {
    category: 'corruption',
    what: 'Сатып алу департаментінің қызметкері жеткізушіден тендер шарттарын алдын ала айтып беру үшін сыйақы сұрады. Жеткізуші бұл туралы кездесуде ашық айтты.',
    when: 'Өткен аптаның бейсенбісі',
    where: 'Бас кеңсе, келіссөздер бөлмесі',
    who: 'Сатып алу жөніндегі маман',
    anonymous: true,
  },
  overdue: {
    category: 'conflict_of_interest',
    what: 'Руководитель филиала заключил договор на уборку помещений с ТОО, учредителем которого является его супруга. Конфликт интересов не был задекларирован.',
    when: 'Договор подписан в прошлом месяце',
    where: 'Филиал',
    who: 'Директор филиала',
    anonymous: true,
  },
  question: {
    category: 'policy_violation',
    what: 'Бухгалтерия бөлімінде іссапар шығыстары туралы есептер құжатсыз қабылданып жүр, кейбір чектер қайталанады.',
    when: 'Соңғы үш ай',
    where: 'Бухгалтерлік есеп басқармасы',
    who: null,
    anonymous: true,
  },
  interim: {
    category: 'law_violation',
    what: 'Сотрудникам отдела ИТ предлагают оформить переработку как отгулы без оплаты, что противоречит Трудовому кодексу. Письменных приказов нет.',
    when: 'С начала квартала',
    where: 'Департамент информационных технологий',
    who: 'Руководство департамента',
    anonymous: false,
    name: 'Серік Болатұлы Әбдірахманов',
    contact: '+7 701 234 56 78',
  },
  closed: {
    category: 'corruption',
    what: 'Сатып алу маманы жеткізушіге техникалық ерекшелікті жариялағанға дейін жіберген. Хат алмасудың көшірмесі бар.',
    when: 'Ақпан айы',
    where: 'Сатып алу департаменті',
    who: 'Сатып алу жөніндегі маман',
    anonymous: true,
  },
  aboutHead: {
    category: 'conflict_of_interest',
    what: 'Комплаенс қызметінің басшысы тендерлік комиссияның отырысына қатысып, жеңімпаз болған ЖШС-ның құрылтайшысы оның інісі екенін жасырды. Мүдделер қақтығысы туралы хабарлама берілмеген.',
    when: 'Осы айдың басында',
    where: 'Бас кеңсе, тендерлік комиссия',
    who: 'Комплаенс қызметінің басшысы',
    anonymous: true,
  },
  outOfScope: {
    category: 'other',
    what: 'Соседи по дачному участку построили забор на нашей земле, прошу компанию повлиять на них, один из них работает у вас.',
    when: null,
    where: null,
    who: null,
    anonymous: true,
  },
} satisfies Record<string, HotlineReportInput>;

/**
 * A handful of hotline cases in the parent company (§69), in Kazakh and Russian, in every
 * status: a fresh report, one whose 24 hours have passed, one with a question answered by
 * the reporter, one in a stated check, one closed with recommendations, one out of scope, and
 * one about the compliance head herself, which the board member named as the alternate handler
 * runs while the head sees only that it exists (ADR 008).
 * Filed and handled through the use cases, so they are sealed and on the audit trail like real ones.
 * Nothing happens when the parent company already has hotline cases.
 */
export async function seedHotlineDemo(
  em: EntityManager,
  holding: IOrganization,
  keyring: HotlineKeyring,
  today: Date,
): Promise<number> {
  if ((await em.count(HotlineReport, { organization: holding.id })) > 0) return 0;
  const head = await demoActor(em, holding, 'compliance_head');
  const investigator = await demoActor(em, holding, 'hotline_investigator');
  const first = await demoActor(em, holding, 'first_head');
  const board = await demoActor(em, holding, 'board_member');
  await setHotlineAlternateHandler(em, first, board.personId);
  const ago = (days: number, hours = 0) => new Date(today.getTime() - days * DAY - hours * HOUR);
  const submit = (input: HotlineReportInput, at: Date) =>
    submitHotlineReport(em, keyring, holding.id, input, at);

  await submit(REPORTS.fresh, ago(0, 3));
  await submit(REPORTS.overdue, ago(2));

  const question = await submit(REPORTS.question, ago(6));
  await assignHotlineCase(em, head, question.reportId, [investigator.personId], ago(6, -2));
  await acknowledgeHotlineCase(em, investigator, keyring, question.reportId, ago(6, -4));
  await sendHotlineMessage(
    em,
    investigator,
    keyring,
    question.reportId,
    { kind: 'question', body: 'Қайталанған чектердің күндерін немесе сомаларын көрсете аласыз ба?' },
    ago(5),
  );
  await addReporterMessage(
    em,
    keyring,
    question.receipt,
    { body: 'Иә: 14 және 21 наурыздағы такси чектері, әрқайсысы 18 500 теңге, екі есепте де бар.' },
    ago(4),
  );

  const interim = await enterHotlineReportForCaller(
    em,
    investigator,
    keyring,
    { ...REPORTS.interim, channel: 'phone' },
    ago(12),
  );
  await assignHotlineCase(em, head, interim.reportId, [investigator.personId], ago(12, -1));
  await acknowledgeHotlineCase(
    em,
    investigator,
    keyring,
    interim.reportId,
    ago(12, -3),
    'Обращение получено и зарегистрировано. Мы свяжемся с вами.',
  );
  await triageHotlineCase(em, head, keyring, interim.reportId, { scope: 'in_scope' }, ago(11));
  await giveInterimFeedback(
    em,
    investigator,
    keyring,
    interim.reportId,
    { checkDays: 15, body: 'Проводится проверка табелей учёта рабочего времени, она займёт 15 дней.' },
    ago(10),
  );
  await addHotlineNote(
    em,
    investigator,
    keyring,
    interim.reportId,
    'Запросить табели за квартал у HR.',
    ago(10),
  );

  const closed = await submit(REPORTS.closed, ago(40));
  const named = await staffOf(em, holding, 'PRC');
  await linkInvolvedPersons(em, head, closed.reportId, [named.id]);
  await assignHotlineCase(em, head, closed.reportId, [investigator.personId], ago(40, -2));
  await acknowledgeHotlineCase(em, investigator, keyring, closed.reportId, ago(40, -5));
  await triageHotlineCase(em, head, keyring, closed.reportId, { scope: 'in_scope' }, ago(39));
  await recordFindings(em, investigator, keyring, closed.reportId, {
    findings: 'Хат алмасу расталды: техникалық ерекшелік жарияланғанға дейін 5 күн бұрын жіберілген.',
    outcome: 'substantiated',
  });
  const disciplinary = await addHotlineRecommendation(
    em,
    investigator,
    closed.reportId,
    {
      kind: 'disciplinary',
      text: 'Маманның ісін тәртіптік комиссияның қарауына жіберу.',
      ownerId: head.personId,
      dueOn: ago(20).toISOString().slice(0, 10),
    },
    ago(25),
  );
  await addHotlineRecommendation(
    em,
    investigator,
    closed.reportId,
    {
      kind: 'corrective',
      text: 'Техникалық ерекшеліктерге жарияланғанға дейін қол жеткізуді шектеу.',
      ownerId: head.personId,
      dueOn: ago(-20).toISOString().slice(0, 10),
    },
    ago(25),
  );
  await closeHotlineCase(
    em,
    investigator,
    keyring,
    closed.reportId,
    {
      outcome: 'substantiated',
      messageToReporter: 'Хабарламаңыз расталды. Тиісті шаралар қабылданды. Хабарлағаныңыз үшін рахмет.',
    },
    ago(24),
  );
  await completeHotlineRecommendation(em, head, disciplinary.id, { note: 'Комиссия отырысы өтті.' }, ago(21));

  const outOfScope = await submit(REPORTS.outOfScope, ago(3));
  await triageHotlineCase(
    em,
    head,
    keyring,
    outOfScope.reportId,
    { scope: 'out_of_scope', reason: 'not_related', note: 'Частный спор соседей, не связан с компанией.' },
    ago(3, -4),
  );
  // The head reads who the report is about and declares her conflict: the case leaves her hands.
  const aboutHead = await submit(REPORTS.aboutHead, ago(1));
  await linkInvolvedPersons(em, head, aboutHead.reportId, [head.personId]);
  await triageHotlineCase(em, board, keyring, aboutHead.reportId, { scope: 'in_scope' }, ago(1, -2));
  await assignHotlineCase(em, board, aboutHead.reportId, [investigator.personId], ago(1, -2));
  await acknowledgeHotlineCase(em, investigator, keyring, aboutHead.reportId, ago(1, -3));
  await em.flush();
  return 7;
}
