import type { RoleCode } from '../src/kernel/roles.js';

export interface DemoLogin {
  email: string;
  role: RoleCode;
  fullName: string;
}

/** Where a demo login sits in the parent company: a unit (by code) and whether they head it. */
export interface DemoLoginPlacement extends DemoLogin {
  unitCode: string;
  slot: 'head' | 'staff';
}

const PLACEMENTS: readonly DemoLoginPlacement[] = [
  {
    email: 'employee@demo.adal.kz',
    role: 'employee',
    fullName: 'Ерлан Бекұлы Жұмабаев',
    unitCode: 'FIN',
    slot: 'staff',
  },
  {
    email: 'trainer@demo.adal.kz',
    role: 'training_admin',
    fullName: 'Айгерім Сейітқызы Нұрланова',
    unitCode: 'HR',
    slot: 'staff',
  },
  {
    email: 'compliance@demo.adal.kz',
    role: 'compliance_officer',
    fullName: 'Данияр Асқарұлы Қасымов',
    unitCode: 'CMP',
    slot: 'staff',
  },
  {
    email: 'head@demo.adal.kz',
    role: 'compliance_head',
    fullName: 'Гүлнара Болатқызы Омарова',
    unitCode: 'CMP',
    slot: 'head',
  },
  {
    email: 'first@demo.adal.kz',
    role: 'first_head',
    fullName: 'Асхат Ермекұлы Ахметов',
    unitCode: 'HQ',
    slot: 'head',
  },
  {
    // An independent director: the board the compliance service reports to (§60.4), and the
    // hotline's alternate handler for the cases that name the compliance head (ADR 008).
    email: 'board@demo.adal.kz',
    role: 'board_member',
    fullName: 'Дана Жомартқызы Әлімжанова',
    unitCode: 'HQ',
    slot: 'staff',
  },
  {
    email: 'investigator@demo.adal.kz',
    role: 'hotline_investigator',
    fullName: 'Мөлдір Қанатқызы Серікбаева',
    unitCode: 'LEG',
    slot: 'staff',
  },
  {
    email: 'auditor@demo.adal.kz',
    role: 'auditor',
    fullName: 'Бауыржан Оспанұлы Тұрсынов',
    unitCode: 'IA',
    slot: 'staff',
  },
  {
    email: 'hr@demo.adal.kz',
    role: 'hr_officer',
    fullName: 'Жанар Төлегенқызы Сапарова',
    unitCode: 'HR',
    slot: 'head',
  },
  {
    // §5: the ethics commissioner a state body appoints; the demo's holding keeps one too.
    email: 'ethics@demo.adal.kz',
    role: 'ethics_commissioner',
    fullName: 'Нұрлан Серікұлы Байжанов',
    unitCode: 'LEG',
    slot: 'staff',
  },
  {
    email: 'admin@demo.adal.kz',
    role: 'org_admin',
    fullName: 'Әсел Рахымқызы Есімова',
    unitCode: 'IT',
    slot: 'staff',
  },
];

export const DEMO_LOGIN_PLACEMENTS = PLACEMENTS;

/** The demo people of the parent company, one per role; each is also an `employee`. */
export const DEMO_LOGINS: readonly DemoLogin[] = PLACEMENTS.map(({ email, role, fullName }) => ({
  email,
  role,
  fullName,
}));

/**
 * Issue 16 (holding level): the compliance head of the energy subsidiary, who sees her own
 * company's KPIs and compares it with its unnamed peers; placed like the parent company's logins.
 */
export const SUBSIDIARY_DEMO_LOGIN_PLACEMENTS: Readonly<Record<string, readonly DemoLoginPlacement[]>> = {
  energy: [
    {
      email: 'head@energy.demo.adal.kz',
      role: 'compliance_head',
      fullName: 'Самал Ерболқызы Төлеуова',
      unitCode: 'CMP',
      slot: 'head',
    },
  ],
};

/** The subsidiaries' demo logins (each also an `employee`), apart from the parent company's one-per-role list. */
export const SUBSIDIARY_DEMO_LOGINS: readonly DemoLogin[] = Object.values(SUBSIDIARY_DEMO_LOGIN_PLACEMENTS)
  .flat()
  .map(({ email, role, fullName }) => ({ email, role, fullName }));
