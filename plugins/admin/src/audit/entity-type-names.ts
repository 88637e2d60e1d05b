/** What each kind of object the trail records is called in a reader's language. */
export const AUDIT_ENTITY_TYPE_NAMES: Readonly<Record<string, Readonly<Record<'kk' | 'ru' | 'en', string>>>> =
  {
    Person: { kk: 'Қызметкер', ru: 'Сотрудник', en: 'Person' },
    Organization: { kk: 'Ұйым', ru: 'Организация', en: 'Organisation' },
    OrgUnit: { kk: 'Бөлімше', ru: 'Подразделение', en: 'Org unit' },
    Position: { kk: 'Лауазым', ru: 'Должность', en: 'Position' },
    HotlineReport: { kk: 'Сенім желісі хабарламасы', ru: 'Сообщение линии доверия', en: 'Hotline report' },
    HotlineSettings: { kk: 'Сенім желісі баптаулары', ru: 'Настройки линии доверия', en: 'Hotline settings' },
    ProtectionRecord: { kk: 'Қорғау жазбасы', ru: 'Запись о защите', en: 'Protection record' },
    HrAction: { kk: 'Кадрлық шешім', ru: 'Кадровое решение', en: 'HR action' },
    LabourDispute: { kk: 'Еңбек дауы', ru: 'Трудовой спор', en: 'Labour dispute' },
    Course: { kk: 'Курс', ru: 'Курс', en: 'Course' },
    CourseTest: { kk: 'Курс тесті', ru: 'Тест курса', en: 'Course test' },
    QuestionPool: { kk: 'Сұрақтар қоры', ru: 'Банк вопросов', en: 'Question pool' },
    Assignment: { kk: 'Оқу тағайындауы', ru: 'Назначение обучения', en: 'Training assignment' },
    TrainingSession: { kk: 'Оқыту сабағы', ru: 'Обучающее занятие', en: 'Training session' },
    Attempt: { kk: 'Тест әрекеті', ru: 'Попытка теста', en: 'Test attempt' },
    PublicHoliday: { kk: 'Мереке күні', ru: 'Праздничный день', en: 'Public holiday' },
    Declaration: { kk: 'Декларация', ru: 'Декларация', en: 'Declaration' },
    RelatedPerson: {
      kk: 'Туыс немесе байланысты адам',
      ru: 'Родственник или связанное лицо',
      en: 'Relative or linked person',
    },
    ConflictRegisterEntry: {
      kk: 'Мүдделер қақтығысы тізілімінің жазбасы',
      ru: 'Запись реестра конфликтов интересов',
      en: 'Conflict register entry',
    },
    ConflictOfInterestCase: {
      kk: 'Мүдделер қақтығысы туралы хабарлама',
      ru: 'Уведомление о конфликте интересов',
      en: 'Conflict-of-interest notification',
    },
    ConflictWatchlist: {
      kk: 'Сәйкестіктер салыстырылатын тізім',
      ru: 'Список для сверки совпадений',
      en: 'List read by the conflict matching',
    },
    ConflictQuarterlyAnalysis: {
      kk: 'Мүдделер қақтығысының тоқсандық талдауы',
      ru: 'Квартальный анализ конфликтов интересов',
      en: 'Quarterly conflict analysis',
    },
    DeclarationCampaign: {
      kk: 'Декларациялау науқаны',
      ru: 'Кампания декларирования',
      en: 'Declaration campaign',
    },
    CampaignDeclaration: { kk: 'Науқан декларациясы', ru: 'Декларация кампании', en: 'Campaign declaration' },
    GiftDeclaration: { kk: 'Сыйлық туралы мәлімдеме', ru: 'Декларация подарка', en: 'Gift declaration' },
    GiftPreApproval: {
      kk: 'Шақыруды алдын ала келісу',
      ru: 'Предварительное согласие на приглашение',
      en: 'Invitation approval',
    },
    Declarant: { kk: 'Декларант', ru: 'Декларант', en: 'Declarant' },
    DeclarationDeadline: {
      kk: 'Декларация тапсыру мерзімі',
      ru: 'Срок подачи декларации',
      en: 'Declaration deadline',
    },
    DeclarationRuleChange: {
      kk: 'Декларациялау талаптарының өзгеруі',
      ru: 'Изменение требований о декларировании',
      en: 'Change in declaring rules',
    },
    FinancialNotice: {
      kk: 'Декларациялау туралы хабарлама',
      ru: 'Уведомление о декларировании',
      en: 'Declaration notice',
    },
    ForeignAccountAccessOrder: {
      kk: 'Шетелдік шоттар деректеріне қол жеткізу туралы бұйрық',
      ru: 'Приказ о доступе к данным о зарубежных счетах',
      en: 'Foreign-account access order',
    },
    ForeignAccountFinding: {
      kk: 'Шетелдік шот анықталды',
      ru: 'Выявленный зарубежный счёт',
      en: 'Foreign account found',
    },
    TaxAuthorityRequest: {
      kk: 'Салық органына сұрау',
      ru: 'Запрос в налоговый орган',
      en: 'Request to the tax authority',
    },
  };
