import type {
  ActivityKind,
  ActivityStatus,
  CheckForm,
  Locale,
  PlanRuleCode,
  PlanStatus,
  PlanWarning,
} from '@adal/domain';

interface PlanExportTexts {
  title: (year: number) => string;
  approvedBy: (name: string, day: string, version: number) => string;
  notApproved: string;
  status: string;
  statuses: Record<PlanStatus, string>;
  riskBasis: string;
  mergedInto: string;
  columns: {
    number: string;
    task: string;
    kind: string;
    deadline: string;
    responsible: string;
    check: string;
    status: string;
    heldOn: string;
    participants: string;
    evidence: string;
  };
  kinds: Record<ActivityKind, string>;
  checks: Record<CheckForm, string>;
  activityStatuses: Record<ActivityStatus, string>;
  overdue: string;
  evidence: (count: number) => string;
  rules: string;
  rulesMet: string;
  rule: string;
  period: string;
  state: string;
  states: Record<PlanWarning['state'], string>;
  ruleNames: Record<PlanRuleCode, string>;
  periods: Record<PlanWarning['period']['code'], string>;
  indicator: string;
  indicatorLine: (passed: string, target: string, share: string) => string;
  withheld: string;
  unit: string;
  passed: string;
  share: string;
  report: string;
  sheets: { plan: string; rules: string; indicator: string };
}

export const PLAN_EXPORT_TEXTS: Record<Locale, PlanExportTexts> = {
  kk: {
    title: (year) =>
      `${year} жылға арналған сыбайлас жемқорлыққа қарсы мәдениетті қалыптастыру жөніндегі іс-шаралар жоспары`,
    approvedBy: (name, day, version) => `Бекіткен: ${name}, ${day} (${version}-нұсқа)`,
    notApproved: 'Жоба: әлі бекітілмеген',
    status: 'Жоспардың күйі',
    statuses: {
      draft: 'Жоба',
      submitted: 'Бекітуге жіберілді',
      approved: 'Бекітілді',
      in_execution: 'Орындалуда',
      closed: 'Жабылды',
    },
    riskBasis: 'Сыбайлас жемқорлық тәуекелдерін талдау',
    mergedInto: 'Біріктірілген жоспар',
    columns: {
      number: '№',
      task: 'Міндет',
      kind: 'Шара түрі',
      deadline: 'Мерзімі',
      responsible: 'Жауаптылар',
      check: 'Білімді тексеру нысаны',
      status: 'Күйі',
      heldOn: 'Өткізілген күні',
      participants: 'Қатысушылар',
      evidence: 'Дәлелдер',
    },
    kinds: { educational: 'Білім беру', informational: 'Ақпараттық', organisational: 'Ұйымдастыру' },
    checks: { test: 'Тест', survey: 'Сауалнама', questionnaire: 'Анкеттеу', none: 'Тексерусіз' },
    activityStatuses: {
      planned: 'Жоспарланған',
      in_progress: 'Жүріп жатыр',
      done: 'Өткізілді',
      cancelled: 'Тоқтатылды',
    },
    overdue: 'мерзімі өтті',
    evidence: (count) => (count === 0 ? 'жоқ' : String(count)),
    rules: 'Әдістемелік ұсынымдардың талаптары',
    rulesMet: 'Барлық талаптар орындалған.',
    rule: 'Талап',
    period: 'Кезең',
    state: 'Күйі',
    states: { missing: 'Жоспарда жоқ', overdue: 'Өткізілмеді' },
    ruleNames: {
      measured_each_half: 'Жарты жылда кемінде бір іс-шара, білімді міндетті өлшеумен (35.2-т.)',
      conflict_training_each_half:
        'Мүдделер қақтығысының типтік жағдайлары бойынша оқыту, жарты жылда бір рет (19-т.)',
      reporter_protection_each_quarter:
        'Хабарлаушыларды қорғауды, қауіпсіз арнаны және көтермелеуді түсіндіру, тоқсан сайын (39-т.)',
      declaration_meeting_yearly:
        'Бірінші басшының декларациялау туралы түсіндіру іс-шарасы, жылына бір рет (29-т.)',
      responsible_staff_training_yearly: 'Жауапты қызметкерлерді оқыту, жылына бір рет (5.4-т.)',
      procurement_training_each_half: 'Сатып алу қызметкерлерін оқыту, жарты жылда бір рет (52.3-т.)',
      consultation_schedule_yearly: 'Консультациялар кестесі, жылына бір рет (38.1-т.)',
    },
    periods: {
      H1: 'I жартыжылдық',
      H2: 'II жартыжылдық',
      Q1: 'I тоқсан',
      Q2: 'II тоқсан',
      Q3: 'III тоқсан',
      Q4: 'IV тоқсан',
      year: 'Жыл',
    },
    indicator: 'Нысаналы индикатор (35.3-т.)',
    indicatorLine: (passed, target, share) =>
      `Тестілеуден кемінде 60 % нәтижемен өткен қызметкерлер: ${passed}; жоспар бойынша: ${target}; штаттан үлесі: ${share}`,
    withheld: '5-тен аз адам',
    unit: 'Бөлімше',
    passed: 'Өткендер (≥ 60 %)',
    share: 'Үлесі',
    report: 'Жоспардың орындалуы туралы есеп',
    sheets: { plan: 'Жоспар', rules: 'Талаптар', indicator: 'Индикатор' },
  },
  ru: {
    title: (year) => `План мероприятий по формированию антикоррупционной культуры на ${year} год`,
    approvedBy: (name, day, version) => `Утверждён: ${name}, ${day} (версия ${version})`,
    notApproved: 'Проект: ещё не утверждён',
    status: 'Статус плана',
    statuses: {
      draft: 'Проект',
      submitted: 'Направлен на утверждение',
      approved: 'Утверждён',
      in_execution: 'Исполняется',
      closed: 'Закрыт',
    },
    riskBasis: 'Анализ коррупционных рисков',
    mergedInto: 'Объединён с планом',
    columns: {
      number: '№',
      task: 'Задача',
      kind: 'Вид меры',
      deadline: 'Срок',
      responsible: 'Ответственные',
      check: 'Форма проверки знаний',
      status: 'Статус',
      heldOn: 'Дата проведения',
      participants: 'Участники',
      evidence: 'Доказательства',
    },
    kinds: {
      educational: 'Образовательная',
      informational: 'Информационная',
      organisational: 'Организационная',
    },
    checks: { test: 'Тест', survey: 'Опрос', questionnaire: 'Анкетирование', none: 'Без проверки' },
    activityStatuses: {
      planned: 'Запланировано',
      in_progress: 'Идёт',
      done: 'Проведено',
      cancelled: 'Отменено',
    },
    overdue: 'просрочено',
    evidence: (count) => (count === 0 ? 'нет' : String(count)),
    rules: 'Требования методических рекомендаций',
    rulesMet: 'Все требования выполнены.',
    rule: 'Требование',
    period: 'Период',
    state: 'Состояние',
    states: { missing: 'Нет в плане', overdue: 'Не проведено' },
    ruleNames: {
      measured_each_half: 'Не реже раза в полугодие — мероприятие с обязательным измерением знаний (п. 35.2)',
      conflict_training_each_half: 'Обучение типовым ситуациям конфликта интересов, раз в полугодие (п. 19)',
      reporter_protection_each_quarter:
        'Разъяснение защиты сообщающих, безопасного канала и поощрения, ежеквартально (п. 39)',
      declaration_meeting_yearly:
        'Разъяснительное мероприятие первого руководителя о декларировании, ежегодно (п. 29)',
      responsible_staff_training_yearly: 'Обучение ответственных работников, ежегодно (п. 5.4)',
      procurement_training_each_half: 'Обучение работников закупок, раз в полугодие (п. 52.3)',
      consultation_schedule_yearly: 'График консультаций, ежегодно (п. 38.1)',
    },
    periods: {
      H1: 'I полугодие',
      H2: 'II полугодие',
      Q1: 'I квартал',
      Q2: 'II квартал',
      Q3: 'III квартал',
      Q4: 'IV квартал',
      year: 'Год',
    },
    indicator: 'Целевой индикатор (п. 35.3)',
    indicatorLine: (passed, target, share) =>
      `Работников, прошедших тестирование не менее чем на 60 %: ${passed}; по плану: ${target}; доля от штата: ${share}`,
    withheld: 'меньше 5 человек',
    unit: 'Подразделение',
    passed: 'Прошли (≥ 60 %)',
    share: 'Доля',
    report: 'Отчёт об исполнении плана',
    sheets: { plan: 'План', rules: 'Требования', indicator: 'Индикатор' },
  },
  en: {
    title: (year) => `Plan of events for forming an anti-corruption culture, ${year}`,
    approvedBy: (name, day, version) => `Approved by ${name} on ${day} (version ${version})`,
    notApproved: 'Draft: not approved yet',
    status: 'Plan status',
    statuses: {
      draft: 'Draft',
      submitted: 'Submitted for approval',
      approved: 'Approved',
      in_execution: 'In execution',
      closed: 'Closed',
    },
    riskBasis: 'Corruption-risk analysis',
    mergedInto: 'Merged into',
    columns: {
      number: 'No.',
      task: 'Task',
      kind: 'Kind of measure',
      deadline: 'Deadline',
      responsible: 'Responsible',
      check: 'Form of knowledge check',
      status: 'Status',
      heldOn: 'Held on',
      participants: 'Participants',
      evidence: 'Evidence',
    },
    kinds: { educational: 'Educational', informational: 'Informational', organisational: 'Organisational' },
    checks: { test: 'Test', survey: 'Survey', questionnaire: 'Questionnaire', none: 'No check' },
    activityStatuses: {
      planned: 'Planned',
      in_progress: 'In progress',
      done: 'Done',
      cancelled: 'Cancelled',
    },
    overdue: 'overdue',
    evidence: (count) => (count === 0 ? 'none' : String(count)),
    rules: "The methodology's requirements",
    rulesMet: 'Every requirement is met.',
    rule: 'Requirement',
    period: 'Period',
    state: 'State',
    states: { missing: 'Not in the plan', overdue: 'Not held' },
    ruleNames: {
      measured_each_half: 'At least one event a half-year, with knowledge measured (§35.2)',
      conflict_training_each_half: 'Training on typical conflict-of-interest cases, every half-year (§19)',
      reporter_protection_each_quarter:
        'Explaining reporter protection, the safe channel and incentives, every quarter (§39)',
      declaration_meeting_yearly: "The first head's explanatory meeting on declaring, yearly (§29)",
      responsible_staff_training_yearly: 'Training of the responsible staff, yearly (§5.4)',
      procurement_training_each_half: 'Training of procurement staff, every half-year (§52.3)',
      consultation_schedule_yearly: 'The consultation schedule, yearly (§38.1)',
    },
    periods: { H1: 'First half', H2: 'Second half', Q1: 'Q1', Q2: 'Q2', Q3: 'Q3', Q4: 'Q4', year: 'Year' },
    indicator: 'Target indicator (§35.3)',
    indicatorLine: (passed, target, share) =>
      `Employees who passed the test with at least 60 %: ${passed}; planned: ${target}; share of headcount: ${share}`,
    withheld: 'fewer than 5 people',
    unit: 'Unit',
    passed: 'Passed (≥ 60 %)',
    share: 'Share',
    report: 'Report on the execution of the plan',
    sheets: { plan: 'Plan', rules: 'Requirements', indicator: 'Indicator' },
  },
};
