import type { EntityManager } from '@mikro-orm/postgresql';
import { replaceWatchlist } from '../src/declarations/watchlists/watchlist-import.js';
import { parseWatchlistRows } from '../src/declarations/watchlists/watchlist-rows.js';
import type { IOrganization } from '../src/org/organization.entity.js';
import { demoActor } from './demo-actor.js';

/** The holding's suppliers as the register lists them: the demo employee's brother directs the first. */
const SUPPLIER_ROWS = [
  {
    bin: '180340021791',
    company: 'ТОО «Дала Сервис»',
    full_name: 'Нұржан Бекұлы Жұмабаев',
    birth_date: '1986-09-03',
    role: 'директор',
  },
  {
    bin: '180340021791',
    company: 'ТОО «Дала Сервис»',
    full_name: 'Ербол Сапарұлы Нұрланов',
    birth_date: '1979-02-14',
    role: 'учредитель',
  },
  {
    bin: '150540000007',
    company: 'ТОО «Құрылыс Сервис»',
    full_name: 'Гүлмира Асқарқызы Омарова',
    birth_date: '1983-11-30',
    role: 'құрылтайшы',
  },
];

/**
 * The supplier list the quarterly matching reads, loaded by the compliance officer, so that the
 * analysis page opens on the brother who runs a supplier; the dismissals list is left to load.
 */
export async function seedWatchlistsDemo(
  em: EntityManager,
  holding: IOrganization,
  today: Date,
): Promise<void> {
  const officer = await demoActor(em, holding, 'compliance_officer');
  const { rows, errors } = parseWatchlistRows('supplier_people', {
    columns: Object.keys(SUPPLIER_ROWS[0]!),
    rows: SUPPLIER_ROWS.map((values, i) => ({ row: i + 2, values })),
  });
  if (errors.length > 0) throw new Error(`The demo supplier list is wrong: ${JSON.stringify(errors)}`);
  await replaceWatchlist(
    em,
    officer,
    'supplier_people',
    'мемлекеттік-тізілім-жеткізушілер.xlsx',
    rows,
    today,
  );
}
