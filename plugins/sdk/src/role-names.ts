import type { AdalLocale } from './locale';
import type { AdalRole } from './roles';

/**
 * The names of the roles in every interface language, once for the whole suite: the shell's login
 * page names them before any plugin loads, and the kit gives them to every plugin as `adal.roles`.
 */
export const ROLE_NAMES: Record<AdalLocale, Record<AdalRole, string>> = {
  kk: {
    employee: 'Қызметкер',
    training_admin: 'Оқыту әкімшісі',
    compliance_officer: 'Комплаенс қызметкері',
    compliance_head: 'Комплаенс қызметінің басшысы',
    first_head: 'Бірінші басшы',
    board_member: 'Директорлар кеңесінің мүшесі',
    hotline_investigator: 'Сенім телефоны бойынша тексеруші',
    auditor: 'Аудитор',
    org_admin: 'Ұйым әкімшісі',
    hr_officer: 'Персоналды басқару қызметінің маманы',
    ethics_commissioner: 'Әдеп жөніндегі уәкіл',
  },
  ru: {
    employee: 'Работник',
    training_admin: 'Администратор обучения',
    compliance_officer: 'Комплаенс-офицер',
    compliance_head: 'Руководитель комплаенс-службы',
    first_head: 'Первый руководитель',
    board_member: 'Член совета директоров',
    hotline_investigator: 'Специалист по проверке обращений',
    auditor: 'Аудитор',
    org_admin: 'Администратор организации',
    hr_officer: 'Специалист службы управления персоналом',
    ethics_commissioner: 'Уполномоченный по этике',
  },
  en: {
    employee: 'Employee',
    training_admin: 'Training administrator',
    compliance_officer: 'Compliance officer',
    compliance_head: 'Head of compliance',
    first_head: 'First head',
    board_member: 'Board member',
    hotline_investigator: 'Hotline investigator',
    auditor: 'Auditor',
    org_admin: 'Organisation administrator',
    hr_officer: 'HR officer',
    ethics_commissioner: 'Ethics commissioner',
  },
};
