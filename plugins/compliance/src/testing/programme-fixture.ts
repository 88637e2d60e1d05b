import type { Checklist, Service, Standard } from '../stores/programme';
import type { ChecklistItemCode } from '../graphql/generated/graphql';

const CODES: readonly ChecklistItemCode[] = [
  'business_ethics_code',
  'compliance_service_regulation',
  'compliance_job_descriptions',
  'anti_corruption_policy',
  'conflict_of_interest_policy',
  'due_diligence_procedure',
  'hotline_and_investigations_policy',
  'gifts_and_hospitality_procedure',
  'charity_and_sponsorship_procedure',
  'procurement_controls',
  'hiring_controls',
  'new_products_budgets_review',
  'bonus_controls',
  'sponsorship_charity_approval',
  'internal_control_risk_management',
  'security_and_internal_audit_checks',
];

/** What the server answers before anything is recorded: no act, no appointment, every item missing. */
export function emptyProgramme(): {
  antiCorruptionStandard: Standard;
  complianceService: Service;
  programmeChecklist: Checklist;
} {
  return {
    antiCorruptionStandard: { current: null, history: [], warnings: ['not_adopted'] },
    complianceService: service({
      appointedBy: null,
      members: [],
      responsiblePeople: [{ id: 'p-1', fullName: 'Айгүл Серікова' }],
      warnings: [
        { code: 'not_appointed', paragraph: '§60.1' },
        { code: 'understaffed', paragraph: '§5' },
      ],
    }),
    programmeChecklist: checklist({}),
  };
}

export function service(extra: Partial<Service>): Service {
  return {
    appointedBy: 'board_of_directors',
    appointingBodyName: 'Директорлар кеңесі',
    noIndependentBody: false,
    appointedOn: '2025-03-01',
    actNumber: 'ДК-7',
    termUntil: '2028-03-01',
    pay: 'Оклад',
    paymentTerms: 'Ай сайын',
    combinedFunctions: null,
    coiCheckedOn: '2025-02-20',
    coiOutcome: 'Жоқ',
    reportsTo: 'Директорлар кеңесі',
    members: [],
    responsiblePeople: [],
    sizing: [],
    sizingNote: null,
    warnings: [],
    ...extra,
  };
}

export function checklist(statuses: Partial<Record<ChecklistItemCode, 'draft' | 'adopted'>>): Checklist {
  const items = CODES.map((code, i) => ({
    code,
    kind: i < 9 ? ('policy' as const) : ('control' as const),
    paragraph: i < 9 ? `§67 (${i + 1})` : `§67 (${i - 8})`,
    status: statuses[code] ?? ('missing' as const),
    documentName: statuses[code] ? 'Саясат' : null,
    documentNumber: statuses[code] === 'adopted' ? '4-ө' : null,
    documentDate: statuses[code] === 'adopted' ? '2025-04-01' : null,
    documentUrl: null,
    owner: null,
  }));
  return {
    items,
    policiesAdopted: items.filter((i) => i.kind === 'policy' && i.status === 'adopted').length,
    policiesTotal: 9,
    controlsAdopted: items.filter((i) => i.kind === 'control' && i.status === 'adopted').length,
    controlsTotal: 7,
  };
}

export function adoptedStandard(): Standard {
  const act = {
    id: 's-2',
    actNumber: '45-ө',
    adoptedOn: '2025-02-10',
    approvedBy: 'first_head' as const,
    approverName: 'А. Серіков',
    approverBody: null,
    documentUrl: null,
    note: null,
    publishedWhere: 'website' as const,
    publishedUrl: 'https://demo.adal.kz/anti-corruption',
    publishedOn: '2025-02-13',
    supersededAt: null,
  };
  return {
    current: act,
    history: [
      { ...act, id: 's-1', actNumber: '12-ө', adoptedOn: '2023-01-05', supersededAt: '2025-02-10T05:00:00Z' },
    ],
    warnings: [],
  };
}
