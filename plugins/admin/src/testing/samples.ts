import type { StaffMember } from '../stores/staff';
import type { OrgUnitHeadcount } from '../stores/org-units';

export function member(overrides: Partial<StaffMember> = {}): StaffMember {
  return {
    id: 'p1',
    fullName: 'Дана Омарова',
    email: 'dana@corp.kz',
    position: {
      id: 'pos1',
      title: 'Заңгер',
      underRestrictions: false,
      titles: { kk: 'Заңгер', ru: 'Юрист', en: 'Lawyer' },
    },
    active: true,
    roles: ['employee'],
    orgUnit: {
      id: 'u1',
      name: 'Бас кеңсе',
      names: { kk: 'Бас кеңсе', ru: 'Головной офис', en: 'Head office' },
    },
    ...overrides,
  };
}

/** A unit entered in Kazakh with its Russian and English names, and one entered in Russian alone. */
export const UNITS: OrgUnitHeadcount[] = [
  {
    depth: 0,
    people: 1,
    peopleBelow: 3,
    orgUnit: {
      id: 'u1',
      name: 'Бас кеңсе',
      names: { kk: 'Бас кеңсе', ru: 'Головной офис', en: 'Head office' },
      code: null,
    },
  },
  {
    depth: 1,
    people: 2,
    peopleBelow: 2,
    orgUnit: {
      id: 'u2',
      name: 'Юридический отдел',
      names: { kk: 'Заң бөлімі', ru: 'Юридический отдел', en: 'Юридический отдел' },
      code: 'LEG',
    },
  },
];
