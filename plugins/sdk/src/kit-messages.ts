import type { AdalMessages, AdalMessageTree } from './locale';

/**
 * The words of the kit's own components (dialog, pager, file chooser), under `adal.` in every
 * plugin's messages: a plugin gets them with the components and never repeats them.
 */
export const ADAL_KIT_MESSAGES: AdalMessages = {
  kk: {
    close: 'Жабу',
    dateFormat: 'кк.аа.жжжж',
    pager: {
      previous: 'Алдыңғы бет',
      next: 'Келесі бет',
      page: '{page}-бет',
      pageOfCount: '{count} беттің {page}-беті',
    },
    inLanguage: { kk: 'Қазақша', ru: 'Орысша', en: 'Ағылшынша' },
    personPicker: {
      placeholder: 'Аты, поштасы немесе ЖСН',
      hint: 'Аттың немесе электрондық поштаның кемінде екі әрпін не ЖСН-ді толық теріңіз, содан кейін адамды шертумен немесе бағыт пернелері мен енгізу пернесі арқылы таңдаңыз.',
      matches: 'Табылған адамдар',
      chosen: 'Таңдалғандар',
      remove: 'Алып тастау',
      removeNamed: 'Алып тастау: {name}',
      searching: 'Іздеу…',
      noMatch: 'Ұйым қызметкерлерінің ішінен ешкім табылмады.',
      taken: 'тізімде бар',
    },
    richText: {
      toolbar: 'Мәтінді пішімдеу',
      bold: 'Жуан',
      italic: 'Көлбеу',
      heading2: 'Тақырып',
      heading3: 'Тақырыпша',
      bulletList: 'Таңбалы тізім',
      orderedList: 'Нөмірленген тізім',
      link: 'Сілтеме',
      undo: 'Болдырмау',
      redo: 'Қайтару',
      linkAddress: 'Сілтеме мекенжайы (https://…)',
      applyLink: 'Сілтеме қою',
      removeLink: 'Сілтемені алып тастау',
      cancelLink: 'Бас тарту',
      badLink: 'Мекенжай http://, https:// немесе mailto: арқылы басталуы керек',
    },
    fileChooser: {
      chooseOne: 'Файлды таңдау',
      chooseMany: 'Файлдарды таңдау',
      noneOne: 'Файл таңдалмаған',
      noneMany: 'Файлдар таңдалмаған',
    },
  },
  ru: {
    close: 'Закрыть',
    dateFormat: 'дд.мм.гггг',
    pager: {
      previous: 'Предыдущая страница',
      next: 'Следующая страница',
      page: 'Страница {page}',
      pageOfCount: 'Страница {page} из {count}',
    },
    inLanguage: { kk: 'По-казахски', ru: 'По-русски', en: 'По-английски' },
    personPicker: {
      placeholder: 'Имя, почта или ИИН',
      hint: 'Введите не менее двух букв имени или электронной почты либо ИИН целиком, затем выберите человека щелчком или стрелками и клавишей ввода.',
      matches: 'Найденные люди',
      chosen: 'Выбраны',
      remove: 'Убрать',
      removeNamed: 'Убрать: {name}',
      searching: 'Поиск…',
      noMatch: 'Среди сотрудников организации никто не найден.',
      taken: 'уже в списке',
    },
    richText: {
      toolbar: 'Форматирование текста',
      bold: 'Полужирный',
      italic: 'Курсив',
      heading2: 'Заголовок',
      heading3: 'Подзаголовок',
      bulletList: 'Маркированный список',
      orderedList: 'Нумерованный список',
      link: 'Ссылка',
      undo: 'Отменить',
      redo: 'Повторить',
      linkAddress: 'Адрес ссылки (https://…)',
      applyLink: 'Вставить ссылку',
      removeLink: 'Убрать ссылку',
      cancelLink: 'Отмена',
      badLink: 'Адрес должен начинаться с http://, https:// или mailto:',
    },
    fileChooser: {
      chooseOne: 'Выбрать файл',
      chooseMany: 'Выбрать файлы',
      noneOne: 'Файл не выбран',
      noneMany: 'Файлы не выбраны',
    },
  },
  en: {
    close: 'Close',
    dateFormat: 'yyyy-mm-dd',
    pager: {
      previous: 'Previous page',
      next: 'Next page',
      page: 'Page {page}',
      pageOfCount: 'Page {page} of {count}',
    },
    inLanguage: { kk: 'In Kazakh', ru: 'In Russian', en: 'In English' },
    personPicker: {
      placeholder: 'Name, e-mail or IIN',
      hint: 'Type at least two letters of a name or an e-mail, or a whole IIN, then choose a person by click or with the arrow keys and Enter.',
      matches: 'People found',
      chosen: 'Chosen',
      remove: 'Remove',
      removeNamed: 'Remove {name}',
      searching: 'Searching…',
      noMatch: 'Nobody was found among the organisation’s staff.',
      taken: 'already in the list',
    },
    richText: {
      toolbar: 'Text formatting',
      bold: 'Bold',
      italic: 'Italic',
      heading2: 'Heading',
      heading3: 'Subheading',
      bulletList: 'Bulleted list',
      orderedList: 'Numbered list',
      link: 'Link',
      undo: 'Undo',
      redo: 'Redo',
      linkAddress: 'Link address (https://…)',
      applyLink: 'Set link',
      removeLink: 'Remove link',
      cancelLink: 'Cancel',
      badLink: 'The address must start with http://, https:// or mailto:',
    },
    fileChooser: {
      chooseOne: 'Choose a file',
      chooseMany: 'Choose files',
      noneOne: 'No file chosen',
      noneMany: 'No files chosen',
    },
  },
};

/** A plugin's messages with the kit's beside them. */
export function withKitMessages(messages: AdalMessages): AdalMessages {
  const merged = (locale: keyof AdalMessages): AdalMessageTree => ({
    ...messages[locale],
    adal: ADAL_KIT_MESSAGES[locale],
  });
  return { kk: merged('kk'), ru: merged('ru'), en: merged('en') };
}
