import type { CultureSurvey } from '../stores/culture-surveys';

const text = (en: string) => ({ kk: `${en} (kk)`, ru: `${en} (ru)`, en });

/** An open survey of two statements and a free question, as its audience first sees it. */
export const OPEN_SURVEY: CultureSurvey = {
  id: 's1',
  title: text('Anti-corruption culture survey, 2026'),
  intro: text('On behalf of the management: tell us how you see our compliance.'),
  questions: [
    { id: 'q1', kind: 'likert', required: true, statement: text('I know how to report corruption safely') },
    { id: 'q2', kind: 'likert', required: true, statement: text('I trust that a report will not harm me') },
    { id: 'q3', kind: 'text', required: false, statement: text('What would help you?') },
  ],
  audience: 'all_employees',
  audienceUnits: [],
  opensOn: '2026-06-08',
  closesOn: '2026-06-20',
  status: 'open',
  phase: 'open',
  asked: true,
  answered: false,
  readsResults: false,
  askedCount: null,
  answeredCount: null,
};

/** The same survey closed, as the compliance staff see it: 12 asked, 9 answered. */
export const CLOSED_SURVEY: CultureSurvey = {
  ...OPEN_SURVEY,
  status: 'closed',
  phase: 'closed',
  asked: false,
  readsResults: true,
  askedCount: 12,
  answeredCount: 9,
};

export const UNITS = {
  sales: { kk: 'Сату', ru: 'Продажи', en: 'Sales' },
  legal: { kk: 'Заң', ru: 'Юридический', en: 'Legal' },
};
