import type { EntityManager } from '@mikro-orm/postgresql';
import { kazakhstanDay } from '../src/kernel/kazakhstan-time.js';
import { addCalendarDays } from '../src/kernel/working-days.js';
import type { IOrganization } from '../src/org/organization.entity.js';
import { GiftDeclaration } from '../src/declarations/gifts/gift-declaration.entity.js';
import { declareGift, decideGift, recordGiftHandOver } from '../src/declarations/gifts/gifts.js';
import { requestGiftPreApproval } from '../src/declarations/gifts/pre-approvals.js';
import { demoActor } from './demo-actor.js';

/**
 * A few gift declarations in the parent company (§17–§20), in Kazakh and Russian: the employee's
 * hamper from a supplier received three days ago (to hand over within 7 days, awaiting the
 * officer's decision), a dinner he refused, the compliance officer's book from a foreign
 * delegation kept as an official gift (§20), and the first head's request to accept a trip to a
 * professional forum (§17.8 d). Declared through the use cases, so they are on the audit trail.
 * Nothing happens when the parent company already has gift declarations.
 */
export async function seedGiftsDemo(em: EntityManager, holding: IOrganization, now: Date): Promise<number> {
  if ((await em.count(GiftDeclaration, { organization: holding.id })) > 0) return 0;
  const employee = await demoActor(em, holding, 'employee');
  const officer = await demoActor(em, holding, 'compliance_officer');
  const head = await demoActor(em, holding, 'compliance_head');
  const firstHead = await demoActor(em, holding, 'first_head');
  const today = kazakhstanDay(now);
  const ago = (days: number) => addCalendarDays(today, -days);

  await declareGift(
    em,
    employee,
    {
      kind: 'gift',
      event: 'received',
      giver: 'Асқар Нұрланов',
      giverOrganization: '«Дала Логистик» ЖШС',
      occasion: 'Жаңа жыл',
      description: 'Кәмпит пен шай салынған сыйлық себеті',
      occurredOn: ago(3),
      valueAmount: 38_000,
      currency: 'KZT',
    },
    now,
  );
  await declareGift(
    em,
    employee,
    {
      kind: 'hospitality',
      event: 'refused',
      giver: 'Иван Петров',
      giverOrganization: 'ТОО «СтройИнвест»',
      occasion: 'Ужин после подписания договора поставки',
      occurredOn: ago(25),
      valueAmount: 60_000,
      currency: 'KZT',
      hostPresent: true,
    },
    now,
  );
  const book = await declareGift(
    em,
    officer,
    {
      kind: 'gift',
      event: 'received',
      giver: 'Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің делегациясы',
      occasion: 'Ресми кездесу (халықаралық ынтымақтастық)',
      description: 'Мемлекеттік рәміздері бар кітап',
      occurredOn: ago(12),
      valueAmount: 40,
      currency: 'EUR',
      exchangeRate: 545,
      official: true,
    },
    now,
  );
  await recordGiftHandOver(
    em,
    officer,
    book.id,
    { handedOverOn: ago(10), handedOverTo: 'Ұйымның кітапханасы' },
    now,
  );
  await decideGift(
    em,
    head,
    book.id,
    { decision: 'keep_as_official', decidedOn: ago(9), note: '§20: ресми сыйлық, кітапханада сақталады' },
    now,
  );
  await requestGiftPreApproval(em, firstHead, {
    kind: 'trip',
    inviter: 'Қазақстан комплаенс қауымдастығы',
    occasion: 'Жыл сайынғы комплаенс форумы, Алматы',
    eventOn: addCalendarDays(today, 30),
    tripException: 'professional_event',
  });
  return 3;
}
