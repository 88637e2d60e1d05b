import type { HotlineCategory } from '../graphql/generated/graphql';

type CategoryNames = Readonly<Record<HotlineCategory, string>>;

/**
 * §69: each category's one name, in the methodology's words, for the back office and the public
 * intake alike (the intake imports this file from source): a reporter and the compliance officer
 * reading the same report see the same category.
 */
export const HOTLINE_CATEGORY_NAMES: Readonly<Record<'kk' | 'ru' | 'en', CategoryNames>> = {
  kk: {
    policy_violation: 'Белгіленген саясат пен процедураларды бұзушылық',
    law_violation: 'Заңдар мен нормативтік құқықтық актілерді сақтамау',
    criminal_offence: 'Қылмыстық құқық бұзушылықтар жасау',
    corruption: 'Сыбайлас жемқорлық көріністері',
    reporting_transparency: 'Басшылыққа есеп берудің айқындық қағидаттарын бұзушылық',
    conflict_of_interest: 'Мүдделер қақтығысы',
    other: 'Басқа',
  },
  ru: {
    policy_violation: 'Нарушение установленных политик и процедур',
    law_violation: 'Несоблюдение законов и нормативных правовых актов',
    criminal_offence: 'Совершение уголовных правонарушений',
    corruption: 'Коррупционные проявления',
    reporting_transparency: 'Нарушение принципов прозрачности отчётности перед руководством',
    conflict_of_interest: 'Конфликт интересов',
    other: 'Другое',
  },
  en: {
    policy_violation: 'Breach of policies and procedures',
    law_violation: 'Breach of laws and regulations',
    criminal_offence: 'Criminal offence',
    corruption: 'Corruption',
    reporting_transparency: 'Breach of transparency in reporting to management',
    conflict_of_interest: 'Conflict of interest',
    other: 'Other',
  },
};
