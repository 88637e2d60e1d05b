import type { RoleCode } from '../src/kernel/roles.js';
import type { OrganizationKind } from '../src/org/organization.entity.js';

/**
 * A post in the demo structure; `risk` marks posts exposed to corruption risk (§14, §71),
 * `procurement` those that take part in the procurement process (§52.3).
 */
export interface DemoPost {
  title: string;
  risk: boolean;
  procurement?: boolean;
  /** Roles every holder of the post gets in their organisation. */
  roles?: readonly RoleCode[];
}

export interface DemoUnit {
  name: string;
  code: string;
  head: DemoPost;
  staff: DemoPost;
  /** How many people besides the head. */
  size: number;
  children?: readonly DemoUnit[];
}

export interface DemoOrganization {
  key: 'holding' | 'energy' | 'logistics';
  name: string;
  shortName: string;
  bin: string;
  kind: OrganizationKind;
  emailDomain: string;
  root: DemoUnit;
}

const post = (title: string, risk = false, roles?: readonly RoleCode[]): DemoPost =>
  roles ? { title, risk, roles } : { title, risk };

/** A post in the procurement department: exposed to corruption risk (§46) and trained as procurement staff (§52.3). */
const procurementPost = (title: string): DemoPost => ({ title, risk: true, procurement: true });

const HEAD_OF_DEPARTMENT = post('Департамент директоры', true);
const HEAD_OF_OFFICE = post('Басқарма басшысы', true);
const HEAD_OF_SERVICE = post('Қызмет басшысы', true);
const BRANCH_DIRECTOR = post('Филиал директоры', true);
const ADVISER = post('Бірінші басшының кеңесшісі');

/** The units every company of the holding has; `officers` compliance officers in the compliance service (§5). */
function corporateUnits(officers: number): DemoUnit[] {
  return [
    {
      name: 'Басқарма аппараты',
      code: 'MB',
      head: post('Аппарат басшысы'),
      staff: post('Басқарма мүшесі', true),
      size: 3,
    },
    {
      name: 'Комплаенс қызметі',
      code: 'CMP',
      head: post('Комплаенс қызметінің басшысы', false, ['compliance_head']),
      staff: post('Комплаенс-офицер', false, ['compliance_officer']),
      size: officers,
    },
    { name: 'Ішкі аудит қызметі', code: 'IA', head: HEAD_OF_SERVICE, staff: post('Ішкі аудитор'), size: 2 },
    {
      name: 'Адам ресурстарын басқару департаменті',
      code: 'HR',
      head: HEAD_OF_DEPARTMENT,
      staff: post('Кадр жөніндегі маман', true),
      size: 5,
    },
    {
      name: 'Сатып алу департаменті',
      code: 'PRC',
      head: procurementPost('Сатып алу департаментінің директоры'),
      staff: procurementPost('Сатып алу жөніндегі маман'),
      size: 6,
    },
    {
      name: 'Қаржы департаменті',
      code: 'FIN',
      head: HEAD_OF_DEPARTMENT,
      staff: post('Қаржы талдаушысы'),
      size: 3,
      children: [
        {
          name: 'Бухгалтерлік есеп басқармасы',
          code: 'ACC',
          head: post('Бас бухгалтер', true),
          staff: post('Бухгалтер', true),
          size: 5,
        },
      ],
    },
    { name: 'Заң департаменті', code: 'LEG', head: HEAD_OF_DEPARTMENT, staff: post('Заңгер'), size: 4 },
    {
      name: 'Ақпараттық технологиялар департаменті',
      code: 'IT',
      head: HEAD_OF_DEPARTMENT,
      staff: post('Бағдарламашы'),
      size: 6,
    },
  ];
}

const branch = (city: string, code: string, size: number, staff: DemoPost): DemoUnit => ({
  name: `${city} филиалы`,
  code,
  head: BRANCH_DIRECTOR,
  staff,
  size,
});

export const DEMO_HOLDING: readonly DemoOrganization[] = [
  {
    key: 'holding',
    name: '«Адал Холдинг» акционерлік қоғамы',
    shortName: '«Адал Холдинг» АҚ',
    bin: '050140000017',
    kind: 'quasi_public',
    emailDomain: 'holding.demo.adal.kz',
    root: {
      name: 'Бас кеңсе',
      code: 'HQ',
      head: post('Басқарма төрағасы', true),
      staff: ADVISER,
      size: 2,
      children: [
        ...corporateUnits(3),
        {
          name: 'Стратегия және инвестициялар департаменті',
          code: 'STR',
          head: HEAD_OF_DEPARTMENT,
          staff: post('Инвестициялық талдаушы', true),
          size: 5,
        },
        {
          name: 'Корпоративтік басқару департаменті',
          code: 'CG',
          head: HEAD_OF_DEPARTMENT,
          staff: post('Корпоративтік хатшы'),
          size: 3,
        },
      ],
    },
  },
  {
    key: 'energy',
    name: '«Адал Энерго» акционерлік қоғамы',
    shortName: '«Адал Энерго» АҚ',
    bin: '080540000029',
    kind: 'quasi_public',
    emailDomain: 'energy.demo.adal.kz',
    root: {
      name: 'Бас кеңсе',
      code: 'HQ',
      head: post('Бас директор', true),
      staff: ADVISER,
      size: 2,
      children: [
        ...corporateUnits(3),
        {
          name: 'Өндіріс департаменті',
          code: 'PRD',
          head: HEAD_OF_DEPARTMENT,
          staff: post('Өндіріс жөніндегі инженер'),
          size: 3,
          children: [
            {
              name: '№1 жылу электр орталығы',
              code: 'CHP1',
              head: HEAD_OF_OFFICE,
              staff: post('Қазандық операторы'),
              size: 22,
            },
            {
              name: '№2 жылу электр орталығы',
              code: 'CHP2',
              head: HEAD_OF_OFFICE,
              staff: post('Қазандық операторы'),
              size: 20,
            },
            {
              name: 'Электр желілері басқармасы',
              code: 'GRID',
              head: HEAD_OF_OFFICE,
              staff: post('Электр монтері'),
              size: 16,
            },
          ],
        },
        {
          name: 'Еңбекті қорғау және өнеркәсіптік қауіпсіздік қызметі',
          code: 'HSE',
          head: HEAD_OF_SERVICE,
          staff: post('Қауіпсіздік инженері'),
          size: 4,
        },
        branch('Қарағанды', 'KRG', 9, post('Энергетик')),
        branch('Павлодар', 'PVL', 9, post('Энергетик')),
        branch('Шымкент', 'SHM', 8, post('Энергетик')),
      ],
    },
  },
  {
    key: 'logistics',
    name: '«Адал Логистика» жауапкершілігі шектеулі серіктестігі',
    shortName: '«Адал Логистика» ЖШС',
    bin: '110840000033',
    kind: 'quasi_public',
    emailDomain: 'logistics.demo.adal.kz',
    root: {
      name: 'Бас кеңсе',
      code: 'HQ',
      head: post('Бас директор', true),
      staff: ADVISER,
      size: 2,
      children: [
        // Only two officers: the §5 KPI shows this company below target.
        ...corporateUnits(2),
        {
          name: 'Көлік операциялары департаменті',
          code: 'OPS',
          head: HEAD_OF_DEPARTMENT,
          staff: post('Логист', true),
          size: 10,
        },
        {
          name: 'Қойма шаруашылығы басқармасы',
          code: 'WH',
          head: HEAD_OF_OFFICE,
          staff: post('Қоймашы', true),
          size: 10,
        },
        branch('Алматы', 'ALA', 10, post('Жүргізуші-экспедитор')),
        branch('Ақтөбе', 'AKT', 6, post('Жүргізуші-экспедитор')),
        branch('Қостанай', 'KST', 6, post('Жүргізуші-экспедитор')),
        branch('Атырау', 'ATR', 6, post('Жүргізуші-экспедитор')),
      ],
    },
  },
];
