import type {
  HotlineCategory,
  HotlineChannel,
  HotlineOutcome,
  HotlinePriority,
  HotlineStatus,
  Locale,
} from '@adal/domain';

type LabelKey =
  | 'title'
  | 'number'
  | 'category'
  | 'status'
  | 'channel'
  | 'priority'
  | 'labels'
  | 'receivedAt'
  | 'acknowledgeBy'
  | 'acknowledgedAt'
  | 'processBy'
  | 'closedAt'
  | 'assignees'
  | 'reported'
  | 'what'
  | 'when'
  | 'where'
  | 'who'
  | 'reporter'
  | 'anonymous'
  | 'identityLeftOut'
  | 'contact'
  | 'messages'
  | 'noMessages'
  | 'fromReporter'
  | 'fromStaff'
  | 'findings'
  | 'noFindings'
  | 'outcome'
  | 'recommendations'
  | 'noRecommendations'
  | 'dueOn'
  | 'done'
  | 'history'
  | 'printedAt'
  | 'printedBy'
  | 'system'
  | 'page'
  | 'dayOnly'
  | 'yes'
  | 'no';

/** The words of a hotline case's PDF in each language (case-pdf.ts). */
interface CasePdfTexts {
  labels: Record<LabelKey, string>;
  status: Record<HotlineStatus, string>;
  channel: Record<HotlineChannel, string>;
  category: Record<HotlineCategory, string>;
  outcome: Record<HotlineOutcome, string>;
  priority: Record<HotlinePriority, string>;
  /** A step whose action the audit trail's names do not know yet. */
  otherAction: string;
}

export const CASE_PDF_TEXTS: Record<Locale, CasePdfTexts> = {
  kk: {
    labels: {
      title: 'Сенім желісі ісінің материалдары',
      number: 'Іс нөмірі',
      category: 'Санат',
      status: 'Мәртебе',
      channel: 'Түсу арнасы',
      priority: 'Басымдық',
      labels: 'Белгілер',
      receivedAt: 'Түскен уақыты',
      acknowledgeBy: 'Растау мерзімі',
      acknowledgedAt: 'Қабылданғаны расталды',
      processBy: 'Қарау мерзімі',
      closedAt: 'Жабылды',
      assignees: 'Тексерушілер',
      reported: 'Не хабарланды',
      what: 'Не болды',
      when: 'Қашан',
      where: 'Қайда',
      who: 'Кім',
      reporter: 'Хабарлаушы',
      anonymous: 'Жасырын хабарлама',
      identityLeftOut: 'Ашық хабарлама; хабарлаушының деректері бұл көшірмеге енгізілмеген.',
      contact: 'Байланыс',
      messages: 'Хат алмасу',
      noMessages: 'Хабарлар жоқ.',
      fromReporter: 'Хабарлаушы',
      fromStaff: 'Сенім желісі',
      findings: 'Қорытындылар',
      noFindings: 'Қорытындылар әлі жазылмаған.',
      outcome: 'Нәтиже',
      recommendations: 'Ұсыныстар',
      noRecommendations: 'Ұсыныстар жоқ.',
      dueOn: 'мерзімі',
      done: 'орындалды',
      history: 'Тарих',
      printedAt: 'Жасалды',
      printedBy: 'кім',
      system: 'Жүйе',
      page: 'Бет',
      dayOnly: 'тек күні',
      yes: 'иә',
      no: 'жоқ',
    },
    status: {
      received: 'Түсті',
      acknowledged: 'Қабылданғаны расталды',
      in_progress: 'Тексерілуде',
      closed: 'Жабылды',
    },
    channel: {
      web: 'Веб-нысан',
      phone: 'Телефон',
      in_person: 'Жеке келіп',
      letter: 'Хат',
    },
    category: {
      policy_violation: 'Белгіленген саясат пен процедураларды бұзушылық',
      law_violation: 'Заңдар мен нормативтік құқықтық актілерді сақтамау',
      criminal_offence: 'Қылмыстық құқық бұзушылықтар жасау',
      corruption: 'Сыбайлас жемқорлық көріністері',
      reporting_transparency: 'Басшылыққа есеп берудің айқындық қағидаттарын бұзушылық',
      conflict_of_interest: 'Мүдделер қақтығысы',
      other: 'Басқа',
    },
    outcome: {
      substantiated: 'Расталды',
      partly_substantiated: 'Ішінара расталды',
      not_substantiated: 'Расталмады',
      out_of_scope: 'Сенім желісінің құзыретінен тыс',
    },
    priority: {
      low: 'Төмен',
      normal: 'Қалыпты',
      high: 'Жоғары',
      urgent: 'Шұғыл',
    },
    otherAction: 'Іс бойынша басқа қадам',
  },
  ru: {
    labels: {
      title: 'Материалы дела линии доверия',
      number: 'Номер дела',
      category: 'Категория',
      status: 'Статус',
      channel: 'Канал поступления',
      priority: 'Приоритет',
      labels: 'Метки',
      receivedAt: 'Получено',
      acknowledgeBy: 'Подтвердить до',
      acknowledgedAt: 'Получение подтверждено',
      processBy: 'Рассмотреть до',
      closedAt: 'Закрыто',
      assignees: 'Проверяющие',
      reported: 'Что сообщено',
      what: 'Что произошло',
      when: 'Когда',
      where: 'Где',
      who: 'Кто',
      reporter: 'Заявитель',
      anonymous: 'Анонимное сообщение',
      identityLeftOut: 'Открытое сообщение; данные заявителя в эту копию не включены.',
      contact: 'Контакт',
      messages: 'Переписка',
      noMessages: 'Сообщений нет.',
      fromReporter: 'Заявитель',
      fromStaff: 'Линия доверия',
      findings: 'Выводы',
      noFindings: 'Выводы ещё не записаны.',
      outcome: 'Итог',
      recommendations: 'Рекомендации',
      noRecommendations: 'Рекомендаций нет.',
      dueOn: 'срок',
      done: 'выполнено',
      history: 'История',
      printedAt: 'Сформировано',
      printedBy: 'кем',
      system: 'Система',
      page: 'Стр.',
      dayOnly: 'только день',
      yes: 'да',
      no: 'нет',
    },
    status: {
      received: 'Получено',
      acknowledged: 'Получение подтверждено',
      in_progress: 'На проверке',
      closed: 'Закрыто',
    },
    channel: {
      web: 'Веб-форма',
      phone: 'Телефон',
      in_person: 'Лично',
      letter: 'Письмо',
    },
    category: {
      policy_violation: 'Нарушение установленных политик и процедур',
      law_violation: 'Несоблюдение законов и нормативных правовых актов',
      criminal_offence: 'Совершение уголовных правонарушений',
      corruption: 'Коррупционные проявления',
      reporting_transparency: 'Нарушение принципов прозрачности отчётности перед руководством',
      conflict_of_interest: 'Конфликт интересов',
      other: 'Другое',
    },
    outcome: {
      substantiated: 'Подтвердилось',
      partly_substantiated: 'Подтвердилось частично',
      not_substantiated: 'Не подтвердилось',
      out_of_scope: 'Вне компетенции линии доверия',
    },
    priority: {
      low: 'Низкий',
      normal: 'Обычный',
      high: 'Высокий',
      urgent: 'Срочный',
    },
    otherAction: 'Другой шаг по делу',
  },
  en: {
    labels: {
      title: 'Hotline case file',
      number: 'Case number',
      category: 'Category',
      status: 'Status',
      channel: 'Channel',
      priority: 'Priority',
      labels: 'Labels',
      receivedAt: 'Received',
      acknowledgeBy: 'Acknowledge by',
      acknowledgedAt: 'Acknowledged',
      processBy: 'Process by',
      closedAt: 'Closed',
      assignees: 'Investigators',
      reported: 'What was reported',
      what: 'What happened',
      when: 'When',
      where: 'Where',
      who: 'Who',
      reporter: 'Reporter',
      anonymous: 'Anonymous report',
      identityLeftOut: 'An open report; the reporter’s identity is left out of this copy.',
      contact: 'Contact',
      messages: 'Messages',
      noMessages: 'No messages.',
      fromReporter: 'Reporter',
      fromStaff: 'Hotline',
      findings: 'Findings',
      noFindings: 'No findings recorded yet.',
      outcome: 'Outcome',
      recommendations: 'Recommendations',
      noRecommendations: 'No recommendations.',
      dueOn: 'due',
      done: 'done',
      history: 'History',
      printedAt: 'Printed',
      printedBy: 'by',
      system: 'The system',
      page: 'Page',
      dayOnly: 'day only',
      yes: 'yes',
      no: 'no',
    },
    status: {
      received: 'Received',
      acknowledged: 'Acknowledged',
      in_progress: 'Under check',
      closed: 'Closed',
    },
    channel: {
      web: 'Web form',
      phone: 'Phone',
      in_person: 'In person',
      letter: 'Letter',
    },
    category: {
      policy_violation: 'Breach of policies and procedures',
      law_violation: 'Breach of laws and regulations',
      criminal_offence: 'Criminal offence',
      corruption: 'Corruption',
      reporting_transparency: 'Breach of transparency in reporting to management',
      conflict_of_interest: 'Conflict of interest',
      other: 'Other',
    },
    outcome: {
      substantiated: 'Substantiated',
      partly_substantiated: 'Partly substantiated',
      not_substantiated: 'Not substantiated',
      out_of_scope: 'Out of the hotline’s scope',
    },
    priority: {
      low: 'Low',
      normal: 'Normal',
      high: 'High',
      urgent: 'Urgent',
    },
    otherAction: 'Another step of the case',
  },
};
