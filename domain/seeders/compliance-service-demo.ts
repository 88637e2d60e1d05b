import type { EntityManager } from '@mikro-orm/postgresql';
import {
  recordComplianceServiceAppointment,
  setComplianceServiceSizing,
} from '../src/compliance/service/compliance-service.js';
import { CHECKLIST_CODES, type ChecklistCode } from '../src/compliance/service/checklist-item.entity.js';
import { updateChecklistItem } from '../src/compliance/service/policy-checklist.js';
import {
  recordAntiCorruptionStandard,
  recordStandardPublication,
} from '../src/compliance/service/standard.js';
import { kazakhstanDay } from '../src/kernel/kazakhstan-time.js';
import { addCalendarDays } from '../src/kernel/working-days.js';
import type { IOrganization } from '../src/org/organization.entity.js';
import { Person } from '../src/org/person.entity.js';
import { demoActor } from './demo-actor.js';

/** The two §67 items the demo leaves missing, for the checklist to show what is still to do. */
export const DEMO_MISSING_ITEMS: readonly ChecklistCode[] = [
  'charity_and_sponsorship_procedure',
  'bonus_controls',
];
/** Drafted, not adopted yet. */
const DRAFT_ITEMS: readonly ChecklistCode[] = ['new_products_budgets_review'];

const DOCUMENT_NAMES: Partial<Record<ChecklistCode, string>> = {
  business_ethics_code: 'Іскерлік әдеп кодексі',
  compliance_service_regulation: 'Комплаенс-қызмет туралы ереже',
  anti_corruption_policy: 'Сыбайлас жемқорлыққа қарсы саясат',
  conflict_of_interest_policy: 'Мүдделер қақтығысын реттеу саясаты',
};

/**
 * §2, §53–§63, §67 in the holding: the standard adopted by the first head's order about 13 months
 * ago and published on the website three days later, the compliance service appointed by the board
 * a month after, its sizing, and the checklist with all but two items adopted or drafted.
 * Dates are counted back from today, so the demo reads the same in any month.
 */
export async function seedComplianceServiceDemo(
  tx: EntityManager,
  holding: IOrganization,
  today: Date,
): Promise<void> {
  const officer = await demoActor(tx, holding, 'compliance_officer');
  const head = await demoActor(tx, holding, 'compliance_head');
  const firstHead = await tx.findOneOrFail(Person, (await demoActor(tx, holding, 'first_head')).personId);
  const day = kazakhstanDay(today);
  const adoptedOn = addCalendarDays(day, -400);
  await recordAntiCorruptionStandard(
    tx,
    officer,
    {
      actNumber: '45-ө',
      adoptedOn,
      approvedBy: 'first_head',
      approverName: firstHead.fullName,
      documentUrl: 'https://demo.adal.kz/docs/anti-corruption-standard.pdf',
    },
    today,
  );
  await recordStandardPublication(
    tx,
    officer,
    {
      publishedWhere: 'website',
      publishedUrl: 'https://demo.adal.kz/anti-corruption',
      publishedOn: addCalendarDays(adoptedOn, 3),
    },
    today,
  );
  const appointedOn = addCalendarDays(adoptedOn, 30);
  await recordComplianceServiceAppointment(
    tx,
    officer,
    {
      appointedBy: 'board_of_directors',
      appointedOn,
      actNumber: 'ДК-7/3',
      termUntil: addCalendarDays(appointedOn, 3 * 365),
      pay: 'Лауазымдық жалақы штат кестесі бойынша',
      paymentTerms: 'Ай сайын; жылдық сыйақыны директорлар кеңесі бекітеді',
      coiCheckedOn: addCalendarDays(appointedOn, -10),
      coiOutcome: 'Мүдделер қақтығысы анықталмады',
      reportsTo: 'Директорлар кеңесі',
      members: [
        { personId: head.personId, role: 'head' },
        { personId: officer.personId, role: 'staff' },
      ],
    },
    today,
  );
  await setComplianceServiceSizing(
    tx,
    officer,
    {
      rows: [
        {
          process: 'Мүдделер қақтығысы декларациялары',
          automation: 'full',
          note: 'Жүйеде толық автоматтандырылған',
        },
        { process: 'Жеткізушілер мен үміткерлерді тексеру', automation: 'partial', note: null },
        { process: 'Сенім телефоны және ішкі тергеу', automation: 'full', note: null },
        { process: 'Сыйлықтар мен қонақжайлылық', automation: 'partial', note: null },
        { process: 'Демеушілік пен қайырымдылықты келісу', automation: 'none', note: 'Қағаз түрінде' },
      ],
    },
    today,
  );
  let n = 0;
  for (const code of CHECKLIST_CODES) {
    if (DEMO_MISSING_ITEMS.includes(code)) continue;
    n += 1;
    const draft = DRAFT_ITEMS.includes(code);
    await updateChecklistItem(
      tx,
      officer,
      {
        code,
        status: draft ? 'draft' : 'adopted',
        documentName: DOCUMENT_NAMES[code] ?? `Ішкі құжат №${n}`,
        documentNumber: draft ? null : `${n}-ө`,
        documentDate: draft ? null : addCalendarDays(adoptedOn, 10 + n * 7),
        ownerId: n % 2 === 0 ? head.personId : officer.personId,
      },
      today,
    );
  }
}
