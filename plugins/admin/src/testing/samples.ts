import type { StaffMember } from '../stores/staff';
import type { OrgUnitHeadcount } from '../stores/org-units';

export function member(overrides: Partial<StaffMember> = {}): StaffMember {
  return {
    id: 'p1',
    fullName: 'Дана Омарова',
    email: 'dana@corp.kz',
    position: 'Заңгер',
    active: true,
    roles: ['employee'],
    orgUnit: { id: 'u1', name: 'Бас кеңсе' },
    ...overrides,
  };
}

export const UNITS: OrgUnitHeadcount[] = [
  { depth: 0, people: 1, peopleBelow: 3, orgUnit: { id: 'u1', name: 'Бас кеңсе', code: null } },
  { depth: 1, people: 2, peopleBelow: 2, orgUnit: { id: 'u2', name: 'Заң бөлімі', code: 'LEG' } },
];
