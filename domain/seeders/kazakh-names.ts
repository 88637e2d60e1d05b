import type { SeededRandom } from './random.js';

const MALE_FIRST_NAMES = [
  'Ерлан',
  'Нұрлан',
  'Асхат',
  'Бауыржан',
  'Дәурен',
  'Арман',
  'Ержан',
  'Серік',
  'Қайрат',
  'Мұрат',
  'Жандос',
  'Әлібек',
  'Данияр',
  'Нұрсұлтан',
  'Ақжол',
  'Ғалым',
  'Еркебұлан',
  'Тимур',
  'Олжас',
  'Санжар',
  'Айдос',
  'Бақытжан',
  'Дидар',
  'Ербол',
  'Жасұлан',
  'Мақсат',
  'Руслан',
  'Талғат',
  'Чингиз',
  'Әділет',
];

const FEMALE_FIRST_NAMES = [
  'Айгерім',
  'Гүлнара',
  'Динара',
  'Әсел',
  'Жанар',
  'Мөлдір',
  'Аружан',
  'Сәуле',
  'Ләззат',
  'Қарлығаш',
  'Айжан',
  'Гүлмира',
  'Жұлдыз',
  'Назерке',
  'Салтанат',
  'Ақмарал',
  'Балнұр',
  'Дана',
  'Эльмира',
  'Томирис',
  'Інжу',
  'Меруерт',
  'Шынар',
  'Ботагөз',
  'Зарина',
  'Әйгерім',
  'Перизат',
  'Алия',
  'Камила',
  'Жансая',
];

/** Fathers' names, from which patronymics (…ұлы / …қызы) are formed. */
const FATHER_NAMES = [
  'Бек',
  'Сейіт',
  'Нұрлан',
  'Асқар',
  'Болат',
  'Ермек',
  'Жақсылық',
  'Қанат',
  'Мәди',
  'Оспан',
  'Рахым',
  'Сәкен',
  'Төлеген',
  'Ұлан',
  'Хамит',
  'Шәкен',
  'Әмір',
  'Ғабит',
  'Дархан',
  'Есен',
];

/** Surnames in their masculine form; the feminine adds -а. */
const SURNAMES = [
  'Жұмабаев',
  'Нұрланов',
  'Сейітов',
  'Әбенов',
  'Қасымов',
  'Омаров',
  'Ахметов',
  'Серікбаев',
  'Мұхаметов',
  'Тұрсынов',
  'Бекмұхамбетов',
  'Исаев',
  'Жақыпов',
  'Оспанов',
  'Сәрсенбаев',
  'Төлеубаев',
  'Ысқақов',
  'Нұрғалиев',
  'Байжанов',
  'Қожахметов',
  'Әлиев',
  'Ермеков',
  'Дүйсенов',
  'Құлмағанбетов',
  'Рахымжанов',
  'Смағұлов',
  'Тоқтаров',
  'Үсенов',
  'Шәріпов',
  'Есімов',
  'Мамыров',
  'Садықов',
  'Қалиев',
  'Бектұрғанов',
  'Ілиясов',
];

export type Sex = 'male' | 'female';

export interface KazakhName {
  sex: Sex;
  firstName: string;
  surname: string;
  patronymic: string;
  /** As written in Kazakhstan: first name, patronymic, surname. */
  fullName: string;
}

export function feminineSurname(masculine: string): string {
  return `${masculine}а`;
}

export function kazakhName(random: SeededRandom): KazakhName {
  const sex: Sex = random.chance(0.5) ? 'male' : 'female';
  const firstName = random.pick(sex === 'male' ? MALE_FIRST_NAMES : FEMALE_FIRST_NAMES);
  const masculineSurname = random.pick(SURNAMES);
  const surname = sex === 'male' ? masculineSurname : feminineSurname(masculineSurname);
  const patronymic = `${random.pick(FATHER_NAMES)}${sex === 'male' ? 'ұлы' : 'қызы'}`;
  return { sex, firstName, surname, patronymic, fullName: `${firstName} ${patronymic} ${surname}` };
}

const LATIN: Record<string, string> = {
  а: 'a',
  ә: 'a',
  б: 'b',
  в: 'v',
  г: 'g',
  ғ: 'g',
  д: 'd',
  е: 'e',
  ё: 'yo',
  ж: 'zh',
  з: 'z',
  и: 'i',
  й: 'i',
  к: 'k',
  қ: 'k',
  л: 'l',
  м: 'm',
  н: 'n',
  ң: 'n',
  о: 'o',
  ө: 'o',
  п: 'p',
  р: 'r',
  с: 's',
  т: 't',
  у: 'u',
  ұ: 'u',
  ү: 'u',
  ф: 'f',
  х: 'kh',
  һ: 'h',
  ц: 'ts',
  ч: 'ch',
  ш: 'sh',
  щ: 'sh',
  ъ: '',
  ы: 'y',
  і: 'i',
  ь: '',
  э: 'e',
  ю: 'yu',
  я: 'ya',
};

/** Latin letters for an email address, close to the spelling people use in corporate mail. */
export function transliterate(text: string): string {
  return [...text.toLowerCase()].map((ch) => LATIN[ch] ?? (/[a-z0-9]/.test(ch) ? ch : '')).join('');
}
