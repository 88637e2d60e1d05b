/**
 * What each action of the audit trail is called in a reader's language: the trail screen never
 * shows a raw code where a person reads, and the gateway's CSV export names them from this table.
 */
export const AUDIT_ACTION_NAMES: Readonly<Record<string, Readonly<Record<'kk' | 'ru' | 'en', string>>>> = {
  'calendar.day_added': {
    kk: 'Күнтізбеге күн қосылды',
    ru: 'День добавлен в календарь',
    en: 'Calendar day added',
  },
  'calendar.day_removed': {
    kk: 'Күнтізбеден күн алынды',
    ru: 'День удалён из календаря',
    en: 'Calendar day removed',
  },
  'calendar.imported': {
    kk: 'Күнтізбе файлдан жүктелді',
    ru: 'Календарь загружен из файла',
    en: 'Calendar loaded from a file',
  },
  'compliance.checklist_item_updated': {
    kk: 'Комплаенс бағдарламасының тармағы жаңартылды',
    ru: 'Обновлён пункт комплаенс-программы',
    en: 'Compliance programme item updated',
  },
  'compliance.service_appointed': {
    kk: 'Комплаенс-қызметтің тағайындалуы енгізілді',
    ru: 'Внесено назначение комплаенс-службы',
    en: 'Compliance service appointment recorded',
  },
  'compliance.service_sized': {
    kk: 'Комплаенс-қызметтің ресурстарын бағалау жаңартылды',
    ru: 'Обновлена оценка ресурсов комплаенс-службы',
    en: 'Compliance service sizing updated',
  },
  'compliance.standard_adopted': {
    kk: 'Сыбайлас жемқорлыққа қарсы стандартты қабылдау актісі енгізілді',
    ru: 'Внесён акт о принятии антикоррупционного стандарта',
    en: 'Anti-corruption standard adoption recorded',
  },
  'compliance.standard_published': {
    kk: 'Сыбайлас жемқорлыққа қарсы стандарттың жариялануы енгізілді',
    ru: 'Внесена публикация антикоррупционного стандарта',
    en: 'Anti-corruption standard publication recorded',
  },
  'conflict_analysis.iin_memo_recorded': {
    kk: 'ЖСН-ге қол жеткізу туралы қызметтік жазба жазылды',
    ru: 'Записана служебная записка о доступе к ИИН',
    en: 'Memo on access to IINs recorded',
  },
  'conflict_analysis.reviewed': {
    kk: 'Мүдделер қақтығысының тоқсандық талдауы қаралды',
    ru: 'Квартальный анализ конфликтов интересов рассмотрен',
    en: 'Quarterly conflict-of-interest analysis reviewed',
  },
  'culture_material.created': {
    kk: 'Мәдениет материалы жасалды',
    ru: 'Создан материал по антикоррупционной культуре',
    en: 'Culture material created',
  },
  'culture_material.changed': {
    kk: 'Мәдениет материалы өзгертілді',
    ru: 'Изменён материал по антикоррупционной культуре',
    en: 'Culture material changed',
  },
  'culture_material.file_uploaded': {
    kk: 'Мәдениет материалының файлы жүктелді',
    ru: 'Загружен файл материала по антикоррупционной культуре',
    en: 'Culture material file uploaded',
  },
  'culture_material.published': {
    kk: 'Мәдениет материалы жарияланды',
    ru: 'Опубликован материал по антикоррупционной культуре',
    en: 'Culture material published',
  },
  'culture_material.withdrawn': {
    kk: 'Мәдениет материалы кері қайтарылды',
    ru: 'Отозван материал по антикоррупционной культуре',
    en: 'Culture material withdrawn',
  },
  'culture_material.acknowledged': {
    kk: 'Материалмен танысқаны расталды',
    ru: 'Подтверждено ознакомление с материалом',
    en: 'Material acknowledged as read and understood',
  },
  'culture_material.reminded': {
    kk: 'Материалмен танысу туралы еске салынды',
    ru: 'Направлено напоминание об ознакомлении с материалом',
    en: 'Reminded to acknowledge a material',
  },
  'conflict_of_interest.notified': {
    kk: 'Мүдделер қақтығысы туралы хабарланды',
    ru: 'Уведомление о конфликте интересов',
    en: 'Conflict of interest notified',
  },
  'conflict_of_interest.forwarded': {
    kk: 'Хабарлама жауапты бөлімшеге жолданды',
    ru: 'Уведомление направлено ответственному подразделению',
    en: 'Notification forwarded to the responsible unit',
  },
  'conflict_of_interest.concluded': {
    kk: 'Мүдделер қақтығысы бойынша қорытынды берілді',
    ru: 'Дано заключение по конфликту интересов',
    en: 'Conclusion on the conflict of interest given',
  },
  'conflict_of_interest.decided': {
    kk: 'Мүдделер қақтығысы бойынша шешім қабылданды',
    ru: 'Принято решение по конфликту интересов',
    en: 'Decision on the conflict of interest taken',
  },
  'conflict_of_interest.transferred': {
    kk: 'Тең дәрежелі лауазымға ауыстырылды',
    ru: 'Переведён на равнозначную должность',
    en: 'Transferred to an equivalent post',
  },
  'conflict_of_interest.reminder_sent': {
    kk: 'Қадам мерзімі туралы еске салынды',
    ru: 'Напоминание о сроке шага',
    en: 'Step deadline reminder sent',
  },
  'conflict_of_interest.escalation_sent': {
    kk: 'Мерзімі өткен қадам жоғарыға хабарланды',
    ru: 'Просроченный шаг передан выше',
    en: 'Overdue step escalated',
  },
  'conflict_watchlist.imported': {
    kk: 'Сәйкестіктер салыстырылатын тізім жүктелді',
    ru: 'Загружен список для сверки совпадений',
    en: 'List read by the conflict matching loaded',
  },
  'declaration.submitted': {
    kk: 'Декларация тапсырылды',
    ru: 'Декларация подана',
    en: 'Declaration submitted',
  },
  'org.demo_seeded': {
    kk: 'Демо ұйым құрылды',
    ru: 'Создана демо-организация',
    en: 'Demo organisation seeded',
  },
  'training.demo_seeded': {
    kk: 'Демо оқу деректері құрылды',
    ru: 'Созданы демо-данные обучения',
    en: 'Demo training seeded',
  },
  'org.people_imported': {
    kk: 'Қызметкерлер импортталды',
    ru: 'Сотрудники импортированы',
    en: 'People imported',
  },
  'org.person_updated': {
    kk: 'Қызметкер деректері өзгерді',
    ru: 'Данные сотрудника изменены',
    en: 'Person edited',
  },
  'org.org_unit_renamed': {
    kk: 'Бөлімше атауы өзгерді',
    ru: 'Название подразделения изменено',
    en: 'Org unit renamed',
  },
  'org.position_restrictions_marked': {
    kk: 'Лауазымға сыбайлас жемқорлыққа қарсы шектеулер белгіленді',
    ru: 'Для должности отмечены антикоррупционные ограничения',
    en: 'Position’s anti-corruption restrictions marked',
  },
  'org.position_renamed': {
    kk: 'Лауазым атауы өзгерді',
    ru: 'Название должности изменено',
    en: 'Position renamed',
  },
  'org.person_deactivated': {
    kk: 'Қызметкер өшірілді',
    ru: 'Сотрудник деактивирован',
    en: 'Person deactivated',
  },
  'org.person_reactivated': {
    kk: 'Қызметкер қайта қосылды',
    ru: 'Сотрудник снова активен',
    en: 'Person reactivated',
  },
  'org.role_granted': { kk: 'Рөл берілді', ru: 'Роль выдана', en: 'Role granted' },
  'org.role_revoked': { kk: 'Рөл алынды', ru: 'Роль отозвана', en: 'Role revoked' },
  'person.imported': { kk: 'Қызметкер импортталды', ru: 'Сотрудник импортирован', en: 'Person imported' },
  'person.updated': {
    kk: 'Қызметкер деректері өзгерді',
    ru: 'Данные сотрудника изменены',
    en: 'Person updated',
  },
  'hotline.report_received': { kk: 'Хабарлама түсті', ru: 'Сообщение получено', en: 'Report received' },
  'hotline.triaged': { kk: 'Хабарлама сұрыпталды', ru: 'Сообщение рассмотрено', en: 'Report triaged' },
  'hotline.involved_persons_linked': {
    kk: 'Қатысы бар адамдар көрсетілді',
    ru: 'Указаны причастные лица',
    en: 'Involved persons linked',
  },
  'hotline.assigned': { kk: 'Кейс тағайындалды', ru: 'Кейс назначен', en: 'Case assigned' },
  'hotline.acknowledged': {
    kk: 'Хабарлама қабылданды',
    ru: 'Получение подтверждено',
    en: 'Receipt acknowledged',
  },
  'hotline.message_sent': {
    kk: 'Хабарлаушыға хат жіберілді',
    ru: 'Заявителю отправлено сообщение',
    en: 'Message sent to the reporter',
  },
  'hotline.question_sent': {
    kk: 'Хабарлаушыға сұрақ жіберілді',
    ru: 'Заявителю задан вопрос',
    en: 'Question sent to the reporter',
  },
  'hotline.interim_feedback': {
    kk: 'Аралық жауап берілді',
    ru: 'Дан промежуточный ответ',
    en: 'Interim feedback given',
  },
  'hotline.note_added': { kk: 'Ескертпе қосылды', ru: 'Добавлена заметка', en: 'Note added' },
  'hotline.findings_recorded': {
    kk: 'Тексеру қорытындысы жазылды',
    ru: 'Записаны выводы проверки',
    en: 'Findings recorded',
  },
  'hotline.closed': { kk: 'Кейс жабылды', ru: 'Кейс закрыт', en: 'Case closed' },
  'hotline.attachment_read': { kk: 'Тіркелген файл ашылды', ru: 'Открыто вложение', en: 'Attachment opened' },
  'hotline.identity_read': {
    kk: 'Хабарлаушының деректері ашылды',
    ru: 'Просмотрены данные заявителя',
    en: 'Reporter identity read',
  },
  'hotline.disclosure_requested': {
    kk: 'Деректерді ашуға сұрау берілді',
    ru: 'Запрошено раскрытие данных',
    en: 'Disclosure requested',
  },
  'hotline.disclosure_decided': {
    kk: 'Деректерді ашу туралы шешім қабылданды',
    ru: 'Принято решение о раскрытии',
    en: 'Disclosure decided',
  },
  'hotline.recommendation_added': {
    kk: 'Ұсыным қосылды',
    ru: 'Добавлена рекомендация',
    en: 'Recommendation added',
  },
  'hotline.recommendation_done': {
    kk: 'Ұсыным орындалды',
    ru: 'Рекомендация выполнена',
    en: 'Recommendation done',
  },
  'hotline.reporter_message': {
    kk: 'Хабарлаушы хат жазды',
    ru: 'Заявитель написал сообщение',
    en: 'Reporter wrote a message',
  },
  'hotline.case_purged': {
    kk: 'Кейс сақтау мерзімі өткен соң жойылды',
    ru: 'Кейс удалён по истечении срока хранения',
    en: 'Case purged after retention',
  },
  'hotline.quarterly_report_generated': {
    kk: 'Сенім желісінің тоқсандық есебі жасалды',
    ru: 'Сформирован квартальный отчёт линии доверия',
    en: 'Quarterly hotline report generated',
  },
  'hotline.reporter_access_expired': {
    kk: 'Хабарлаушының кіру мүмкіндігі жабылды',
    ru: 'Доступ заявителя закрыт',
    en: 'Reporter access expired',
  },
  'hotline.settings_updated': {
    kk: 'Сенім желісі баптаулары өзгерді',
    ru: 'Изменены настройки линии доверия',
    en: 'Hotline settings updated',
  },
  'hotline.question_added': {
    kk: 'Хабарлама формасына сұрақ қосылды',
    ru: 'В форму сообщения добавлен вопрос',
    en: 'Intake question added',
  },
  'hotline.question_updated': {
    kk: 'Хабарлама формасының сұрағы өзгерді',
    ru: 'Изменён вопрос формы сообщения',
    en: 'Intake question changed',
  },
  'hotline.question_moved': {
    kk: 'Хабарлама формасының сұрағы жылжытылды',
    ru: 'Вопрос формы сообщения перемещён',
    en: 'Intake question moved',
  },
  'hotline.question_retired': {
    kk: 'Сұрақ хабарлама формасынан алынды',
    ru: 'Вопрос убран из формы сообщения',
    en: 'Intake question removed',
  },
  'hotline.alternate_handler_set': {
    kk: 'Балама өңдеуші белгіленді',
    ru: 'Назначен альтернативный обработчик',
    en: 'Alternate handler set',
  },
  'hotline.undertaking_signed': {
    kk: 'Жарияламау туралы міндеттемеге қол қойылды',
    ru: 'Подписано обязательство о неразглашении',
    en: 'Non-disclosure undertaking signed',
  },
  'hotline.intake_profile_updated': {
    kk: 'Өтініш қабылдау беті өзгерді',
    ru: 'Изменена страница приёма обращений',
    en: 'Intake page updated',
  },
  'hotline.intake_logo_set': {
    kk: 'Өтініш қабылдау бетінің логотипі өзгерді',
    ru: 'Изменён логотип страницы приёма обращений',
    en: 'Intake page logo changed',
  },
  'hotline.labels_changed': { kk: 'Белгілер өзгертілді', ru: 'Изменены метки', en: 'Labels changed' },
  'hotline.priority_changed': { kk: 'Басымдық өзгертілді', ru: 'Изменён приоритет', en: 'Priority changed' },
  'hotline.case_exported': {
    kk: 'Іс файлға шығарылды',
    ru: 'Дело выгружено в файл',
    en: 'Case exported as PDF',
  },
  'protection.granted': { kk: 'Қорғау берілді', ru: 'Предоставлена защита', en: 'Protection granted' },
  'hr_action.recorded': {
    kk: 'Кадрлық шешім жазылды',
    ru: 'Записано кадровое решение',
    en: 'HR action recorded',
  },
  'hr_action.imported': {
    kk: 'Кадрлық шешімдер импортталды',
    ru: 'Кадровые решения импортированы',
    en: 'HR actions imported',
  },
  'hr_action.commission_recommendation_attached': {
    kk: 'Комиссия ұсынымы тіркелді',
    ru: 'Приложена рекомендация комиссии',
    en: 'Commission recommendation attached',
  },
  'hr_action.finalized': {
    kk: 'Кадрлық шешім бекітілді',
    ru: 'Кадровое решение утверждено',
    en: 'HR action finalised',
  },
  'labour_dispute.opened': {
    kk: 'Еңбек дауы ашылды',
    ru: 'Открыт трудовой спор',
    en: 'Labour dispute opened',
  },
  'labour_dispute.decided': {
    kk: 'Еңбек дауы бойынша шешім шықты',
    ru: 'Решение по трудовому спору',
    en: 'Labour dispute decided',
  },
  'labour_dispute.protocol_forwarded': {
    kk: 'Хаттама жіберілді',
    ru: 'Протокол направлен',
    en: 'Protocol forwarded',
  },
  'training.assignment_created': {
    kk: 'Оқу тағайындалды',
    ru: 'Назначено обучение',
    en: 'Training assigned',
  },
  'training.assignment_edited': {
    kk: 'Оқу тағайындауы өзгертілді',
    ru: 'Изменено назначение обучения',
    en: 'Training assignment changed',
  },
  'training.due_date_extended': {
    kk: 'Оқу мерзімі ұзартылды',
    ru: 'Продлён срок обучения',
    en: 'Training due date extended',
  },
  'training.assignment_deactivated': {
    kk: 'Оқу тағайындауы тоқтатылды',
    ru: 'Назначение обучения остановлено',
    en: 'Training assignment deactivated',
  },
  'training.reminders_sent': {
    kk: 'Оқу туралы еске салу жіберілді',
    ru: 'Отправлены напоминания об обучении',
    en: 'Training reminders sent',
  },
  'training.attempt_started': { kk: 'Тест басталды', ru: 'Начата попытка теста', en: 'Test attempt started' },
  'training.attempt_submitted': { kk: 'Тест тапсырылды', ru: 'Тест сдан', en: 'Test attempt submitted' },
  'training.attempt_expired': {
    kk: 'Тест уақыты бітті',
    ru: 'Время теста истекло',
    en: 'Test attempt expired',
  },
  'training.lesson_done': { kk: 'Сабақ өтілді', ru: 'Урок пройден', en: 'Lesson done' },
  'training.course_created': { kk: 'Курс құрылды', ru: 'Курс создан', en: 'Course created' },
  'training.course_edited': { kk: 'Курс өзгертілді', ru: 'Курс изменён', en: 'Course edited' },
  'training.lesson_file_uploaded': {
    kk: 'Сабақ файлы жүктелді',
    ru: 'Загружен файл урока',
    en: 'Lesson file uploaded',
  },
  'training.course_draft_saved': {
    kk: 'Курс жобасы сақталды',
    ru: 'Черновик курса сохранён',
    en: 'Course draft saved',
  },
  'training.course_published': { kk: 'Курс жарияланды', ru: 'Курс опубликован', en: 'Course published' },
  'training.session_planned': {
    kk: 'Оқыту сабағы жоспарланды',
    ru: 'Запланировано обучающее занятие',
    en: 'Training session planned',
  },
  'training.session_edited': {
    kk: 'Оқыту сабағы өзгертілді',
    ru: 'Изменено обучающее занятие',
    en: 'Training session edited',
  },
  'training.session_status_set': {
    kk: 'Оқыту сабағының мәртебесі белгіленді',
    ru: 'Отмечен статус обучающего занятия',
    en: 'Training session status set',
  },
  'training.attendance_recorded': {
    kk: 'Сабаққа қатысу белгіленді',
    ru: 'Отмечено посещение занятия',
    en: 'Attendance recorded',
  },
  'training.attendance_imported': {
    kk: 'Сабаққа қатысу тізімі файлдан жүктелді',
    ru: 'Посещение занятия загружено из файла',
    en: 'Attendance imported from a file',
  },
  'training.enrolments_synced': {
    kk: 'Оқуға жазылулар жаңартылды',
    ru: 'Записи на обучение обновлены',
    en: 'Enrolments synced',
  },
  'training.question_pool_created': {
    kk: 'Сұрақтар қоры құрылды',
    ru: 'Создан банк вопросов',
    en: 'Question pool created',
  },
  'training.questions_imported': {
    kk: 'Сұрақтар импортталды',
    ru: 'Вопросы импортированы',
    en: 'Questions imported',
  },
  'training.test_created': { kk: 'Тест құрылды', ru: 'Тест создан', en: 'Test created' },
  'training.test_edited': {
    kk: 'Тест баптаулары өзгертілді',
    ru: 'Изменены настройки теста',
    en: 'Test settings changed',
  },
  'training.question_pool_renamed': {
    kk: 'Сұрақтар жинағының аты өзгертілді',
    ru: 'Набор вопросов переименован',
    en: 'Question pool renamed',
  },
  'training.question_pool_deleted': {
    kk: 'Сұрақтар жинағы жойылды',
    ru: 'Набор вопросов удалён',
    en: 'Question pool deleted',
  },
  'training.question_created': { kk: 'Сұрақ қосылды', ru: 'Вопрос добавлен', en: 'Question added' },
  'training.question_edited': { kk: 'Сұрақ өзгертілді', ru: 'Вопрос изменён', en: 'Question edited' },
  'training.question_retired': {
    kk: 'Сұрақ банктен алынды',
    ru: 'Вопрос выведен из банка',
    en: 'Question retired',
  },
  'financial.declarant_listed': {
    kk: 'Декларация тапсыруға міндетті тұлға тізімге енгізілді',
    ru: 'Лицо включено в список обязанных декларировать',
    en: 'Person listed as obliged to declare',
  },
  'financial.declarant_left': {
    kk: 'Декларант қызметтен кетті',
    ru: 'Декларант ушёл с должности',
    en: 'Declarant left the post',
  },
  'financial.filing_proof_recorded': {
    kk: 'Декларация тапсырғаны туралы растау тіркелді',
    ru: 'Записано подтверждение подачи декларации',
    en: 'Proof of filing recorded',
  },
  'financial.trust_management_recorded': {
    kk: 'Сенімгерлік басқаруға беру тіркелді',
    ru: 'Записана передача в доверительное управление',
    en: 'Trust management recorded',
  },
  'financial.deadline_set': {
    kk: 'Декларация тапсыру мерзімі белгіленді',
    ru: 'Установлен срок представления декларации',
    en: 'Declaration deadline set',
  },
  'financial.rule_change_recorded': {
    kk: 'Декларациялау ережесінің өзгеруі тіркелді',
    ru: 'Записано изменение правил декларирования',
    en: 'Change in the declaration rules recorded',
  },
  'financial.notices_sent': {
    kk: 'Декларациялау туралы хабарламалар жіберілді',
    ru: 'Отправлены уведомления о декларировании',
    en: 'Declaration notices sent',
  },
  'financial.notice_signed': {
    kk: 'Хабарламаға қол қойылды',
    ru: 'Уведомление подписано',
    en: 'Notice signed',
  },
  'financial.publication_recorded': {
    kk: 'Декларация деректерінің жариялануы тіркелді',
    ru: 'Записана публикация данных декларации',
    en: 'Declaration data publication recorded',
  },
  'financial.foreign_account_access_order_recorded': {
    kk: 'Шетелдік шоттар туралы деректерге қол жеткізу бұйрығы тіркелді',
    ru: 'Записан приказ о доступе к данным об иностранных счетах',
    en: 'Foreign-account data access order recorded',
  },
  'financial.foreign_account_undertaking_recorded': {
    kk: 'Шетелдік шот ашпау міндеттемесі тіркелді',
    ru: 'Записано обязательство не иметь иностранных счетов',
    en: 'No-foreign-account undertaking recorded',
  },
  'financial.tax_request_prepared': {
    kk: 'Салық органына сұрау дайындалды',
    ru: 'Подготовлен запрос в налоговый орган',
    en: 'Request to the tax authority prepared',
  },
  'financial.tax_answer_recorded': {
    kk: 'Салық органының жауабы тіркелді',
    ru: 'Записан ответ налогового органа',
    en: 'Tax authority answer recorded',
  },
  'financial.foreign_account_closure_recorded': {
    kk: 'Шетелдік шоттың жабылғаны тіркелді',
    ru: 'Записано закрытие иностранного счёта',
    en: 'Foreign account closure recorded',
  },
  'declarations.related_person.added': {
    kk: 'Туыс немесе байланысты адам қосылды',
    ru: 'Добавлен родственник или связанное лицо',
    en: 'Relative or linked person added',
  },
  'declarations.related_person.updated': {
    kk: 'Туыс немесе байланысты адам туралы деректер түзетілді',
    ru: 'Исправлены сведения о родственнике или связанном лице',
    en: 'Relative or linked person corrected',
  },
  'declarations.related_person.removed': {
    kk: 'Туыс немесе байланысты адам тізімнен алынды',
    ru: 'Родственник или связанное лицо удалены из списка',
    en: 'Relative or linked person removed',
  },
  'declarations.register.opened': {
    kk: 'Мүдделер қақтығысы тізіліміне жазба ашылды',
    ru: 'Открыта запись в реестре конфликтов интересов',
    en: 'Conflict-of-interest register entry opened',
  },
  'declarations.register.updated': {
    kk: 'Мүдделер қақтығысы тізіліміндегі жазба жаңартылды',
    ru: 'Обновлена запись в реестре конфликтов интересов',
    en: 'Conflict-of-interest register entry updated',
  },
  'declarations.campaign.launched': {
    kk: 'Декларациялау науқаны басталды',
    ru: 'Кампания декларирования запущена',
    en: 'Declaration campaign launched',
  },
  'declarations.campaign.closed': {
    kk: 'Декларациялау науқаны жабылды',
    ru: 'Кампания декларирования закрыта',
    en: 'Declaration campaign closed',
  },
  'declarations.campaign.new_hires_joined': {
    kk: 'Жаңа қызметкерлер науқанға қосылды',
    ru: 'Новые сотрудники включены в кампанию',
    en: 'New hires joined the campaign',
  },
  'declarations.campaign.reminded': {
    kk: 'Декларация тапсырмағандарға еске салынды',
    ru: 'Напоминание не подавшим декларацию',
    en: 'Declarants reminded',
  },
  'declarations.declaration.submitted': {
    kk: 'Декларация тапсырылды',
    ru: 'Декларация подана',
    en: 'Declaration submitted',
  },
  'gift.declared': {
    kk: 'Сыйлық туралы мәлімделді',
    ru: 'Подарок задекларирован',
    en: 'Gift declared',
  },
  'gift.decided': {
    kk: 'Сыйлық бойынша шешім қабылданды',
    ru: 'Принято решение по подарку',
    en: 'Decision on a gift taken',
  },
  'gift.handed_over': {
    kk: 'Сыйлық тапсырылды',
    ru: 'Подарок передан',
    en: 'Gift handed over',
  },
  'gift.hand_over_reminder_sent': {
    kk: 'Сыйлықты тапсырудың соңғы күні еске салынды',
    ru: 'Напоминание о последнем дне сдачи подарка',
    en: 'Reminded of the last day to hand over a gift',
  },
  'gift.hand_over_escalation_sent': {
    kk: 'Сыйлықтың мерзімінде тапсырылмағаны хабарланды',
    ru: 'Сообщено, что подарок не сдан в срок',
    en: 'Told that a gift was not handed over in time',
  },
  'culture_plan.created': {
    kk: 'Мәдениет жоспары жасалды',
    ru: 'Составлен план по культуре',
    en: 'Culture plan made',
  },
  'culture_plan.updated': {
    kk: 'Мәдениет жоспарының жобасы өзгертілді',
    ru: 'Изменён проект плана по культуре',
    en: 'Culture plan draft changed',
  },
  'culture_plan.submitted': {
    kk: 'Мәдениет жоспары бекітуге жіберілді',
    ru: 'План по культуре направлен на утверждение',
    en: 'Culture plan submitted for approval',
  },
  'culture_plan.returned': {
    kk: 'Мәдениет жоспары пысықтауға қайтарылды',
    ru: 'План по культуре возвращён на доработку',
    en: 'Culture plan returned for changes',
  },
  'culture_plan.approved': {
    kk: 'Мәдениет жоспарын бірінші басшы бекітті',
    ru: 'План по культуре утверждён первым руководителем',
    en: 'Culture plan approved by the first head',
  },
  'culture_plan.amended': {
    kk: 'Бекітілген мәдениет жоспарына өзгеріс енгізу басталды',
    ru: 'Начато изменение утверждённого плана по культуре',
    en: 'Amendment of the approved culture plan begun',
  },
  'culture_plan.closed': {
    kk: 'Мәдениет жоспары есеппен жабылды',
    ru: 'План по культуре закрыт с отчётом',
    en: 'Culture plan closed with its report',
  },
  'culture_activity.added': {
    kk: 'Жоспарға іс-шара қосылды',
    ru: 'В план добавлено мероприятие',
    en: 'Activity added to the plan',
  },
  'culture_activity.updated': {
    kk: 'Жоспардағы іс-шара өзгертілді',
    ru: 'Изменено мероприятие плана',
    en: 'Activity of the plan changed',
  },
  'culture_activity.removed': {
    kk: 'Жоспардан іс-шара алынып тасталды',
    ru: 'Мероприятие удалено из плана',
    en: 'Activity removed from the plan',
  },
  'culture_activity.due_reminder_sent': {
    kk: 'Іс-шара мерзімінің жақындағаны жауаптыларға еске салынды',
    ru: 'Ответственным напомнено о приближении срока мероприятия',
    en: 'The responsible people reminded that an activity is due soon',
  },
  'culture_activity.overdue_reminder_sent': {
    kk: 'Іс-шара мерзімінің өткені жауаптыларға еске салынды',
    ru: 'Ответственным напомнено о просрочке мероприятия',
    en: 'The responsible people reminded that an activity is overdue',
  },
  'culture_activity.reported': {
    kk: 'Іс-шараның орындалуы туралы есеп берілді',
    ru: 'Внесён отчёт об исполнении мероприятия',
    en: 'Activity reported',
  },
  'culture_evidence.added': {
    kk: 'Іс-шараның дәлелі қосылды',
    ru: 'Добавлено подтверждение мероприятия',
    en: 'Evidence of an activity added',
  },
  'culture_evidence.removed': {
    kk: 'Іс-шараның дәлелі алынып тасталды',
    ru: 'Удалено подтверждение мероприятия',
    en: 'Evidence of an activity removed',
  },
  'gift_pre_approval.requested': {
    kk: 'Шақыруды алдын ала келісу сұралды',
    ru: 'Запрошено предварительное согласие на приглашение',
    en: 'Approval of an invitation requested',
  },
  'gift_pre_approval.decided': {
    kk: 'Шақыруды алдын ала келісу бойынша шешім қабылданды',
    ru: 'Принято решение о предварительном согласии',
    en: 'Approval of an invitation decided',
  },
  'culture.survey.saved': {
    kk: 'Мәдениет сауалнамасы сақталды',
    ru: 'Опрос о культуре сохранён',
    en: 'Culture survey saved',
  },
  'culture.survey.opened': {
    kk: 'Мәдениет сауалнамасы ашылды',
    ru: 'Опрос о культуре открыт',
    en: 'Culture survey opened',
  },
  'culture.survey.closed': {
    kk: 'Мәдениет сауалнамасы жабылды',
    ru: 'Опрос о культуре закрыт',
    en: 'Culture survey closed',
  },
  'culture.survey.answered': {
    kk: 'Мәдениет сауалнамасына жауап берілді (жауаптың өзі жасырын)',
    ru: 'Дан ответ на опрос о культуре (сам ответ анонимен)',
    en: 'Culture survey answered (the answer itself is anonymous)',
  },
  'culture.survey.reminded': {
    kk: 'Мәдениет сауалнамасы туралы еске салынды',
    ru: 'Напоминание об опросе о культуре',
    en: 'Reminded of the culture survey',
  },
  'compliance_process.created': {
    kk: 'Өзін-өзі бағалау каталогына процесс қосылды',
    ru: 'Процесс добавлен в каталог самооценки',
    en: 'Process added to the self-assessment catalogue',
  },
  'compliance_process.updated': {
    kk: 'Каталогтағы процесс өзгертілді',
    ru: 'Процесс каталога изменён',
    en: 'Catalogue process changed',
  },
  'compliance_process.archived': {
    kk: 'Процесс мұрағатқа жіберілді',
    ru: 'Процесс перенесён в архив',
    en: 'Process archived',
  },
  'compliance_internal_audit_coverage.recorded': {
    kk: 'Тоқсандағы ішкі аудит қамтуы жазылды',
    ru: 'Записан охват внутренним аудитом за квартал',
    en: 'Internal audit coverage of a quarter recorded',
  },
  'compliance_self_assessment.drawn': {
    kk: 'Өзін-өзі бағалау үшін процестер кездейсоқ таңдалды',
    ru: 'Процессы для самооценки выбраны случайным образом',
    en: 'Processes drawn at random for the self-assessment',
  },
  'compliance_self_assessment.finding_recorded': {
    kk: 'Өзін-өзі бағалау нәтижесі жазылды',
    ru: 'Записан вывод самооценки',
    en: 'Self-assessment finding recorded',
  },
  'compliance_improvement_item.added': {
    kk: 'Жетілдіру жоспарына шара қосылды',
    ru: 'В план улучшений добавлена мера',
    en: 'Improvement plan item added',
  },
  'compliance_improvement_item.completed': {
    kk: 'Жетілдіру шарасы орындалды',
    ru: 'Мера плана улучшений выполнена',
    en: 'Improvement plan item done',
  },
  'compliance_improvement_item.overdue_reminder_sent': {
    kk: 'Жетілдіру шарасының мерзімі өткені жауаптыға еске салынды',
    ru: 'Ответственному напомнено о просрочке меры',
    en: 'The responsible person reminded that an improvement is overdue',
  },
  'compliance.risk_created': {
    kk: 'Сыбайлас жемқорлық тәуекелі тізілімге енгізілді',
    ru: 'Коррупционный риск внесён в реестр',
    en: 'Corruption risk added to the register',
  },
  'compliance.risk_updated': {
    kk: 'Сыбайлас жемқорлық тәуекелі өзгертілді',
    ru: 'Коррупционный риск изменён',
    en: 'Corruption risk edited',
  },
  'compliance.risk_rescored': {
    kk: 'Сыбайлас жемқорлық тәуекелі қайта бағаланды',
    ru: 'Коррупционный риск переоценён',
    en: 'Corruption risk re-scored',
  },
  'compliance.risk_scale_set': {
    kk: 'Тәуекелдер картасының шкаласы өзгертілді',
    ru: 'Изменена шкала карты рисков',
    en: 'Risk map scale changed',
  },
  'compliance.risk_trigger_recorded': {
    kk: 'Тәуекелдер картасын жаңартуға негіз жазылды',
    ru: 'Записано основание для обновления карты рисков',
    en: 'Reason to update the risk map recorded',
  },
  'compliance.risk_remapping_completed': {
    kk: 'Тәуекелдер картасы жаңартылды',
    ru: 'Карта рисков обновлена',
    en: 'Risk map updated',
  },
  'compliance.risks_imported': {
    kk: 'Тәуекелдер файлдан жүктелді',
    ru: 'Риски загружены из файла',
    en: 'Risks loaded from a file',
  },
  'compliance_mitigation_plan.created': {
    kk: 'Тәуекелдерді жою жоспары жасалды',
    ru: 'Составлен план устранения рисков',
    en: 'Mitigation plan created',
  },
  'compliance_mitigation_plan.approved': {
    kk: 'Тәуекелдерді жою жоспарын бірінші басшы бекітті',
    ru: 'План устранения рисков утверждён первым руководителем',
    en: 'Mitigation plan approved by the first head',
  },
  'compliance_mitigation_plan.published': {
    kk: 'Тәуекелдерді жою жоспары жарияланды',
    ru: 'План устранения рисков опубликован',
    en: 'Mitigation plan published',
  },
  'compliance_mitigation_measure.added': {
    kk: 'Жою жоспарына шара қосылды',
    ru: 'В план устранения добавлена мера',
    en: 'Measure added to the mitigation plan',
  },
  'compliance_mitigation_measure.updated': {
    kk: 'Жою жоспарының шарасы өзгертілді',
    ru: 'Изменена мера плана устранения',
    en: 'Mitigation measure changed',
  },
  'compliance_mitigation_measure.reported': {
    kk: 'Жою шарасының барысы туралы есеп берілді',
    ru: 'Отчёт о ходе меры по устранению',
    en: 'Progress of a mitigation measure reported',
  },
  'compliance_programme.created': {
    kk: 'Бір жылдық комплаенс-бағдарлама жасалды',
    ru: 'Составлена годовая комплаенс-программа',
    en: 'One-year compliance programme created',
  },
  'compliance_programme.presented': {
    kk: 'Комплаенс-бағдарлама таныстырылды',
    ru: 'Комплаенс-программа представлена',
    en: 'Compliance programme presented',
  },
  'compliance_programme_item.added': {
    kk: 'Бағдарламаға іс-шара қосылды',
    ru: 'В программу добавлено мероприятие',
    en: 'Action added to the programme',
  },
  'compliance_programme_item.updated': {
    kk: 'Бағдарламаның іс-шарасы өзгертілді',
    ru: 'Изменено мероприятие программы',
    en: 'Programme action changed',
  },
  'compliance_programme_item.reported': {
    kk: 'Бағдарлама іс-шарасының барысы туралы есеп берілді',
    ru: 'Отчёт о ходе мероприятия программы',
    en: 'Progress of a programme action reported',
  },
  'compliance_assessment.started': {
    kk: 'Сыбайлас жемқорлық тәуекелдерін бастапқы ішкі бағалау басталды',
    ru: 'Начата первичная внутренняя оценка коррупционных рисков',
    en: 'Initial internal assessment of corruption risks begun',
  },
  'compliance_assessment.answered': {
    kk: 'Бастапқы бағалаудың аспектісіне жауап сақталды',
    ru: 'Сохранён ответ по аспекту первичной оценки',
    en: 'Answer to an aspect of the initial assessment saved',
  },
  'compliance_assessment.completed': {
    kk: 'Бастапқы бағалау аяқталды',
    ru: 'Первичная оценка завершена',
    en: 'Initial assessment completed',
  },
  'compliance_risk.published': {
    kk: 'Тәуекел жария картограммаға шығарылды',
    ru: 'Риск опубликован на публичной картограмме',
    en: 'Risk published on the public cartogram',
  },
  'compliance_risk.unpublished': {
    kk: 'Тәуекел жария картограммадан алынды',
    ru: 'Риск снят с публичной картограммы',
    en: 'Risk taken off the public cartogram',
  },
  'compliance_public_page.set': {
    kk: 'Жария беттің баптауы өзгертілді',
    ru: 'Изменена настройка публичной страницы',
    en: 'Public page setting changed',
  },
  'compliance_quarterly_report.published': {
    kk: 'Тоқсандық жария есеп жарияланды',
    ru: 'Опубликован квартальный публичный отчёт',
    en: 'Quarterly public report published',
  },
  'compliance_public_proposal.submitted': {
    kk: 'Жұртшылықтан ұсыныс түсті',
    ru: 'Поступило предложение от общественности',
    en: 'Proposal received from the public',
  },
  'compliance_public_proposal.answered': {
    kk: 'Жұртшылықтың ұсынысына жауап берілді',
    ru: 'Дан ответ на предложение общественности',
    en: 'Proposal from the public answered',
  },
  'kpi_view.created': { kk: 'НТК көрінісі құрылды', ru: 'Создано представление KPI', en: 'KPI view created' },
  'kpi_view.updated': {
    kk: 'НТК көрінісі өзгертілді',
    ru: 'Изменено представление КПЭ',
    en: 'KPI view edited',
  },
  'kpi_view.duplicated': {
    kk: 'НТК көрінісінің көшірмесі жасалды',
    ru: 'Создана копия представления КПЭ',
    en: 'KPI view copied',
  },
  'kpi_view.deleted': { kk: 'НТК көрінісі жойылды', ru: 'Удалено представление KPI', en: 'KPI view removed' },
  'kpi_view.shared': {
    kk: 'НТК көрінісімен бөлісілді',
    ru: 'Представлением КПЭ поделились',
    en: 'KPI view shared',
  },
  'kpi_view.commented': {
    kk: 'НТК көрінісіне түсініктеме жазылды',
    ru: 'Добавлен комментарий к представлению КПЭ',
    en: 'KPI view commented',
  },
  'kpi_view.comment_removed': {
    kk: 'НТК көрінісінің түсініктемесі өшірілді',
    ru: 'Удалён комментарий представления КПЭ',
    en: 'KPI view comment removed',
  },
  'kpi_view.signed_off': {
    kk: 'НТК көрінісінің көрсеткіштері бекітілді',
    ru: 'Показатели представления КПЭ утверждены',
    en: 'KPI view figures signed off',
  },
  'kpi_view.exported': {
    kk: 'НТК көрінісі жүктеп алынды',
    ru: 'Представление КПЭ выгружено',
    en: 'KPI view exported',
  },
  'kpi_view.mailed': {
    kk: 'НТК көрінісі поштамен жіберілді',
    ru: 'Представление КПЭ отправлено по почте',
    en: 'KPI view mailed',
  },
  'compliance_board_report.created': {
    kk: 'Кеңеске мерзімдік есептің жобасы басталды',
    ru: 'Начат проект периодического отчёта совету',
    en: 'Periodic report to the board drafted',
  },
  'compliance_board_report.updated': {
    kk: 'Кеңеске есептің жобасы өзгертілді',
    ru: 'Изменён проект отчёта совету',
    en: 'Report to the board edited',
  },
  'compliance_board_report.submitted': {
    kk: 'Кеңеске мерзімдік есеп тапсырылды',
    ru: 'Периодический отчёт представлен совету',
    en: 'Periodic report submitted to the board',
  },
  'compliance_board_report.read': {
    kk: 'Кеңес мүшесі есепті оқыды',
    ru: 'Член совета прочитал отчёт',
    en: 'Report read by a board member',
  },
  'compliance_management_plan.created': {
    kk: 'Басшылыққа арналған жоспар жасалды',
    ru: 'Составлен план для руководства',
    en: 'Management plan made',
  },
  'compliance_management_plan.members_set': {
    kk: 'Басшылық жоспарының мүшелері өзгертілді',
    ru: 'Изменён состав плана для руководства',
    en: 'Management plan members changed',
  },
  'compliance_management_activity.added': {
    kk: 'Басшылыққа іс-шара жоспарланды',
    ru: 'Для руководства запланировано мероприятие',
    en: 'Activity planned for management',
  },
  'compliance_management_activity.participation_recorded': {
    kk: 'Басшылықтың іс-шараға қатысуы белгіленді',
    ru: 'Отмечено участие руководства в мероприятии',
    en: 'Management participation recorded',
  },
};
