import type { LocalizedText } from '../src/kernel/locale.js';
import type { RoleCode } from '../src/kernel/roles.js';
import type { OrganizationKind } from '../src/org/organization.entity.js';

/**
 * A post in the demo structure, titled in kk, ru and en (the Kazakh title is the one entered);
 * `risk` marks posts exposed to corruption risk (§14, §71), `procurement` those that take part
 * in the procurement process (§52.3), `restricted` those whose holders are subject to the
 * anti-corruption restrictions (§74.3).
 */
export interface DemoPost {
  title: LocalizedText;
  risk: boolean;
  procurement?: boolean;
  restricted?: boolean;
  /** Roles every holder of the post gets in their organisation. */
  roles?: readonly RoleCode[];
}

/** A unit of the demo structure, named in kk, ru and en (the Kazakh name is the one entered). */
export interface DemoUnit {
  name: LocalizedText;
  code: string;
  head: DemoPost;
  staff: DemoPost;
  /** How many people besides the head. */
  size: number;
  children?: readonly DemoUnit[];
}

export interface DemoOrganization {
  key: 'holding' | 'energy' | 'logistics';
  name: LocalizedText;
  shortName: string;
  bin: string;
  kind: OrganizationKind;
  emailDomain: string;
  root: DemoUnit;
}

const named = (kk: string, ru: string, en: string): LocalizedText => ({ kk, ru, en });

const post = (title: LocalizedText, risk = false, roles?: readonly RoleCode[]): DemoPost =>
  roles ? { title, risk, roles } : { title, risk };

/** A post in the procurement department: exposed to corruption risk (§46) and trained as procurement staff (§52.3). */
const procurementPost = (title: LocalizedText): DemoPost => ({ title, risk: true, procurement: true });

/** §74.3: a senior post whose holders took on the anti-corruption restrictions. */
const restrictedPost = (title: LocalizedText): DemoPost => ({ title, risk: true, restricted: true });

const HEAD_OF_DEPARTMENT = restrictedPost(
  named('Департамент директоры', 'Директор департамента', 'Director of Department'),
);
const HEAD_OF_OFFICE = post(named('Басқарма басшысы', 'Начальник управления', 'Head of Division'), true);
const HEAD_OF_SERVICE = post(named('Қызмет басшысы', 'Руководитель службы', 'Head of Service'), true);
const BRANCH_DIRECTOR = restrictedPost(named('Филиал директоры', 'Директор филиала', 'Branch Director'));
const ADVISER = post(
  named('Бірінші басшының кеңесшісі', 'Советник первого руководителя', 'Adviser to the Chief Executive'),
);

/** The units every company of the holding has; `officers` compliance officers in the compliance service (§5). */
function corporateUnits(officers: number): DemoUnit[] {
  return [
    {
      name: named('Басқарма аппараты', 'Аппарат правления', 'Management Board Office'),
      code: 'MB',
      head: post(named('Аппарат басшысы', 'Руководитель аппарата', 'Chief of Staff')),
      staff: restrictedPost(named('Басқарма мүшесі', 'Член правления', 'Management Board Member')),
      size: 3,
    },
    {
      name: named('Комплаенс қызметі', 'Комплаенс-служба', 'Compliance Service'),
      code: 'CMP',
      head: post(
        named('Комплаенс қызметінің басшысы', 'Руководитель комплаенс-службы', 'Head of Compliance'),
        false,
        ['compliance_head'],
      ),
      staff: post(named('Комплаенс-офицер', 'Комплаенс-офицер', 'Compliance Officer'), false, [
        'compliance_officer',
      ]),
      size: officers,
    },
    {
      name: named('Ішкі аудит қызметі', 'Служба внутреннего аудита', 'Internal Audit Service'),
      code: 'IA',
      head: HEAD_OF_SERVICE,
      staff: post(named('Ішкі аудитор', 'Внутренний аудитор', 'Internal Auditor')),
      size: 2,
    },
    {
      name: named(
        'Адам ресурстарын басқару департаменті',
        'Департамент управления человеческими ресурсами',
        'Human Resources Department',
      ),
      code: 'HR',
      head: HEAD_OF_DEPARTMENT,
      staff: post(named('Кадр жөніндегі маман', 'Специалист по кадрам', 'HR Specialist'), true),
      size: 5,
    },
    {
      name: named('Сатып алу департаменті', 'Департамент закупок', 'Procurement Department'),
      code: 'PRC',
      head: procurementPost(
        named(
          'Сатып алу департаментінің директоры',
          'Директор департамента закупок',
          'Director of Procurement',
        ),
      ),
      staff: procurementPost(
        named('Сатып алу жөніндегі маман', 'Специалист по закупкам', 'Procurement Specialist'),
      ),
      size: 6,
    },
    {
      name: named('Қаржы департаменті', 'Финансовый департамент', 'Finance Department'),
      code: 'FIN',
      head: HEAD_OF_DEPARTMENT,
      staff: post(named('Қаржы талдаушысы', 'Финансовый аналитик', 'Financial Analyst')),
      size: 3,
      children: [
        {
          name: named(
            'Бухгалтерлік есеп басқармасы',
            'Управление бухгалтерского учёта',
            'Accounting Division',
          ),
          code: 'ACC',
          head: post(named('Бас бухгалтер', 'Главный бухгалтер', 'Chief Accountant'), true),
          staff: post(named('Бухгалтер', 'Бухгалтер', 'Accountant'), true),
          size: 5,
        },
      ],
    },
    {
      name: named('Заң департаменті', 'Юридический департамент', 'Legal Department'),
      code: 'LEG',
      head: HEAD_OF_DEPARTMENT,
      staff: post(named('Заңгер', 'Юрист', 'Lawyer')),
      size: 4,
    },
    {
      name: named(
        'Ақпараттық технологиялар департаменті',
        'Департамент информационных технологий',
        'Information Technology Department',
      ),
      code: 'IT',
      head: HEAD_OF_DEPARTMENT,
      staff: post(named('Бағдарламашы', 'Программист', 'Software Developer')),
      size: 6,
    },
  ];
}

const POWER_ENGINEER = post(named('Энергетик', 'Энергетик', 'Power Engineer'));
const DELIVERY_DRIVER = post(named('Жүргізуші-экспедитор', 'Водитель-экспедитор', 'Delivery Driver'));

/** A branch named after its city: as Kazakh and English write the city, and the Russian adjective of it. */
const branch = (city: LocalizedText, code: string, size: number, staff: DemoPost): DemoUnit => ({
  name: named(`${city.kk} филиалы`, `${city.ru} филиал`, `${city.en} Branch`),
  code,
  head: BRANCH_DIRECTOR,
  staff,
  size,
});

export const DEMO_HOLDING: readonly DemoOrganization[] = [
  {
    key: 'holding',
    name: named(
      '«Адал Холдинг» акционерлік қоғамы',
      'Акционерное общество «Адал Холдинг»',
      'Adal Holding JSC',
    ),
    shortName: '«Адал Холдинг» АҚ',
    bin: '050140000017',
    kind: 'quasi_public',
    emailDomain: 'holding.demo.adal.kz',
    root: {
      name: named('Бас кеңсе', 'Головной офис', 'Head Office'),
      code: 'HQ',
      head: post(
        named('Басқарма төрағасы', 'Председатель правления', 'Chairman of the Management Board'),
        true,
      ),
      staff: ADVISER,
      size: 2,
      children: [
        ...corporateUnits(3),
        {
          name: named(
            'Стратегия және инвестициялар департаменті',
            'Департамент стратегии и инвестиций',
            'Strategy and Investment Department',
          ),
          code: 'STR',
          head: HEAD_OF_DEPARTMENT,
          staff: post(named('Инвестициялық талдаушы', 'Инвестиционный аналитик', 'Investment Analyst'), true),
          size: 5,
        },
        {
          name: named(
            'Корпоративтік басқару департаменті',
            'Департамент корпоративного управления',
            'Corporate Governance Department',
          ),
          code: 'CG',
          head: HEAD_OF_DEPARTMENT,
          staff: post(named('Корпоративтік хатшы', 'Корпоративный секретарь', 'Corporate Secretary')),
          size: 3,
        },
      ],
    },
  },
  {
    key: 'energy',
    name: named('«Адал Энерго» акционерлік қоғамы', 'Акционерное общество «Адал Энерго»', 'Adal Energo JSC'),
    shortName: '«Адал Энерго» АҚ',
    bin: '080540000029',
    kind: 'quasi_public',
    emailDomain: 'energy.demo.adal.kz',
    root: {
      name: named('Бас кеңсе', 'Головной офис', 'Head Office'),
      code: 'HQ',
      head: post(named('Бас директор', 'Генеральный директор', 'Chief Executive Officer'), true),
      staff: ADVISER,
      size: 2,
      children: [
        ...corporateUnits(3),
        {
          name: named('Өндіріс департаменті', 'Производственный департамент', 'Production Department'),
          code: 'PRD',
          head: HEAD_OF_DEPARTMENT,
          staff: post(named('Өндіріс жөніндегі инженер', 'Инженер по производству', 'Production Engineer')),
          size: 3,
          children: [
            {
              name: named('№1 жылу электр орталығы', 'ТЭЦ № 1', 'Combined Heat and Power Plant No. 1'),
              code: 'CHP1',
              head: HEAD_OF_OFFICE,
              staff: post(named('Қазандық операторы', 'Оператор котельной', 'Boiler Operator')),
              size: 22,
            },
            {
              name: named('№2 жылу электр орталығы', 'ТЭЦ № 2', 'Combined Heat and Power Plant No. 2'),
              code: 'CHP2',
              head: HEAD_OF_OFFICE,
              staff: post(named('Қазандық операторы', 'Оператор котельной', 'Boiler Operator')),
              size: 20,
            },
            {
              name: named(
                'Электр желілері басқармасы',
                'Управление электрических сетей',
                'Power Grid Division',
              ),
              code: 'GRID',
              head: HEAD_OF_OFFICE,
              staff: post(named('Электр монтері', 'Электромонтёр', 'Electrician')),
              size: 16,
            },
          ],
        },
        {
          name: named(
            'Еңбекті қорғау және өнеркәсіптік қауіпсіздік қызметі',
            'Служба охраны труда и промышленной безопасности',
            'Occupational Health and Safety Service',
          ),
          code: 'HSE',
          head: HEAD_OF_SERVICE,
          staff: post(named('Қауіпсіздік инженері', 'Инженер по охране труда', 'Safety Engineer')),
          size: 4,
        },
        branch(named('Қарағанды', 'Карагандинский', 'Karaganda'), 'KRG', 9, POWER_ENGINEER),
        branch(named('Павлодар', 'Павлодарский', 'Pavlodar'), 'PVL', 9, POWER_ENGINEER),
        branch(named('Шымкент', 'Шымкентский', 'Shymkent'), 'SHM', 8, POWER_ENGINEER),
      ],
    },
  },
  {
    key: 'logistics',
    name: named(
      '«Адал Логистика» жауапкершілігі шектеулі серіктестігі',
      'Товарищество с ограниченной ответственностью «Адал Логистика»',
      'Adal Logistics LLP',
    ),
    shortName: '«Адал Логистика» ЖШС',
    bin: '110840000033',
    kind: 'quasi_public',
    emailDomain: 'logistics.demo.adal.kz',
    root: {
      name: named('Бас кеңсе', 'Головной офис', 'Head Office'),
      code: 'HQ',
      head: post(named('Бас директор', 'Генеральный директор', 'Chief Executive Officer'), true),
      staff: ADVISER,
      size: 2,
      children: [
        // Only two officers: the §5 KPI shows this company below target.
        ...corporateUnits(2),
        {
          name: named(
            'Көлік операциялары департаменті',
            'Департамент транспортных операций',
            'Transport Operations Department',
          ),
          code: 'OPS',
          head: HEAD_OF_DEPARTMENT,
          staff: post(named('Логист', 'Логист', 'Logistics Specialist'), true),
          size: 10,
        },
        {
          name: named(
            'Қойма шаруашылығы басқармасы',
            'Управление складского хозяйства',
            'Warehousing Division',
          ),
          code: 'WH',
          head: HEAD_OF_OFFICE,
          staff: post(named('Қоймашы', 'Кладовщик', 'Storekeeper'), true),
          size: 10,
        },
        branch(named('Алматы', 'Алматинский', 'Almaty'), 'ALA', 10, DELIVERY_DRIVER),
        branch(named('Ақтөбе', 'Актюбинский', 'Aktobe'), 'AKT', 6, DELIVERY_DRIVER),
        branch(named('Қостанай', 'Костанайский', 'Kostanay'), 'KST', 6, DELIVERY_DRIVER),
        branch(named('Атырау', 'Атырауский', 'Atyrau'), 'ATR', 6, DELIVERY_DRIVER),
      ],
    },
  },
];
