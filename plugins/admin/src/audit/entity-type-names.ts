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
  };
