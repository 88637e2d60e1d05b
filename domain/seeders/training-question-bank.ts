import type { LocalizedInput } from '../src/training/localized-input.js';
import type { QuestionInput } from '../src/training/question-rows.js';

// The demo question banks, in Kazakh, Russian and English, written from the methodology
// (paragraphs in the comments). Each bank holds more questions than a test draws.

type Text = [kk: string, ru: string, en: string];

const t = ([kk, ru, en]: Text): LocalizedInput => ({ kk, ru, en });

const TRUE: Text = ['Дұрыс', 'Верно', 'True'];
const FALSE: Text = ['Қате', 'Неверно', 'False'];

function trueFalse(text: Text, answer: boolean): QuestionInput {
  return {
    kind: 'true_false',
    text: t(text),
    options: [
      { text: t(TRUE), correct: answer },
      { text: t(FALSE), correct: !answer },
    ],
  };
}

/** The first option is the correct one (option ids are random and options are shuffled on drawing). */
function single(text: Text, right: Text, ...wrong: Text[]): QuestionInput {
  return {
    kind: 'single',
    text: t(text),
    options: [{ text: t(right), correct: true }, ...wrong.map((w) => ({ text: t(w) }))],
  };
}

function multiple(text: Text, right: readonly Text[], wrong: readonly Text[]): QuestionInput {
  return {
    kind: 'multiple',
    text: t(text),
    options: [...right.map((r) => ({ text: t(r), correct: true })), ...wrong.map((w) => ({ text: t(w) }))],
  };
}

function matching(text: Text, pairs: readonly [Text, Text][]): QuestionInput {
  return {
    kind: 'matching',
    text: t(text),
    options: pairs.map(([left, right]) => ({ text: t(left), match: t(right) })),
  };
}

export const GENERAL_QUESTIONS: readonly QuestionInput[] = [
  // §5.3, §35.3
  single(
    [
      'Сыбайлас жемқорлыққа қарсы тесттен өтудің ең төменгі нәтижесі қандай?',
      'Каков минимальный результат успешного прохождения антикоррупционного теста?',
      'What is the minimum score to pass an anti-corruption test?',
    ],
    ['100 %-дан 60 %', '60 % из 100 %', '60 % of 100 %'],
    ['50 %', '50 %', '50 %'],
    ['75 %', '75 %', '75 %'],
    ['100 %', '100 %', '100 %'],
  ),
  // §68
  single(
    [
      'Барлық қызметкерлер міндетті сыбайлас жемқорлыққа қарсы оқытудан қандай мерзімде өтеді?',
      'В какой срок все работники проходят обязательное антикоррупционное обучение?',
      'Within what period do all employees complete mandatory anti-corruption training?',
    ],
    ['1 жыл ішінде', 'В течение 1 года', 'Within 1 year'],
    ['3 жыл ішінде', 'В течение 3 лет', 'Within 3 years'],
    ['Тек жұмыстан шығарда', 'Только при увольнении', 'Only when leaving'],
    ['Мерзім белгіленбеген', 'Срок не установлен', 'There is no deadline'],
  ),
  // §68
  single(
    [
      'Жаңа қызметкер кіріспе комплаенс-оқытудан қашан өтуі тиіс?',
      'Когда новый работник должен пройти вводное комплаенс-обучение?',
      'When must a new employee complete induction compliance training?',
    ],
    ['Алғашқы 3 ай ішінде', 'В течение первых 3 месяцев', 'Within the first 3 months'],
    ['Алғашқы 3 жыл ішінде', 'В течение первых 3 лет', 'Within the first 3 years'],
    ['Бірінші аттестациядан кейін', 'После первой аттестации', 'After the first appraisal'],
    ['Өз қалауы бойынша', 'По желанию', 'Whenever they wish'],
  ),
  // §5
  single(
    [
      'Сыбайлас жемқорлықтың алдын алуға жауапты қызметкерлердің ұсынылатын ең аз саны қанша?',
      'Каково рекомендуемое минимальное число работников, ответственных за противодействие коррупции?',
      'What is the recommended minimum number of staff responsible for corruption prevention?',
    ],
    ['3', '3', '3'],
    ['1', '1', '1'],
    ['2', '2', '2'],
    ['10', '10', '10'],
  ),
  // §5.4
  trueFalse(
    [
      'Сыбайлас жемқорлықтың алдын алуға жауапты қызметкерлер жылына кемінде бір рет оқытудан өтеді.',
      'Ответственные за противодействие коррупции работники проходят обучение не реже одного раза в год.',
      'Staff responsible for corruption prevention are trained at least once a year.',
    ],
    true,
  ),
  // §32
  multiple(
    [
      'Сыбайлас жемқорлыққа қарсы мәдениетті қалыптастыру шараларына не жатады?',
      'Что относится к мерам формирования антикоррупционной культуры?',
      'Which are measures for forming an anti-corruption culture?',
    ],
    [
      [
        'Оқыту шаралары (семинарлар, тренингтер)',
        'Образовательные меры (семинары, тренинги)',
        'Educational measures (seminars, trainings)',
      ],
      [
        'Ақпараттық шаралар (нұсқаулықтар, стендтер, рассылкалар)',
        'Информационные меры (памятки, стенды, рассылки)',
        'Informational measures (guides, stands, mailings)',
      ],
      [
        'Ұйымдастырушылық шаралар (стандарттар, хабарлау арналары)',
        'Организационные меры (стандарты, каналы сообщений)',
        'Organisational measures (standards, reporting channels)',
      ],
    ],
    [['Тек жазалау шаралары', 'Только карательные меры', 'Punitive measures only']],
  ),
  // §69
  single(
    [
      'Сыбайлас жемқорлыққа күдік туралы анонимді түрде қайда хабарлауға болады?',
      'Куда можно анонимно сообщить о подозрении на коррупцию?',
      'Where can suspected corruption be reported anonymously?',
    ],
    ['Ұйымның сенім желісіне', 'На линию доверия организации', 'To the organisation’s hotline'],
    [
      'Әлеуметтік желідегі жеке парақшаға',
      'На личную страницу в социальной сети',
      'On a personal social media page',
    ],
    ['Ешқайда, үндемеген дұрыс', 'Никуда, лучше промолчать', 'Nowhere, it is better to stay silent'],
    [
      'Тек күдікті әріптестің өзіне',
      'Только самому подозреваемому коллеге',
      'Only to the suspected colleague',
    ],
  ),
  // §68, §69
  trueFalse(
    [
      'Сенім желісіне адал ниетпен хабарлаған қызметкер қудалаудан қорғалады.',
      'Работник, добросовестно сообщивший на линию доверия, защищён от преследования.',
      'An employee who reports to the hotline in good faith is protected from retaliation.',
    ],
    true,
  ),
  // §12
  single(
    ['Мүдделер қақтығысы дегеніміз не?', 'Что такое конфликт интересов?', 'What is a conflict of interest?'],
    [
      'Жеке мүдде қызметтік міндеттерді бейтарап атқаруға әсер етуі мүмкін жағдай',
      'Ситуация, когда личная заинтересованность может повлиять на беспристрастное исполнение обязанностей',
      'A situation where a personal interest may affect the impartial performance of duties',
    ],
    [
      'Екі бөлім арасындағы кез келген келіспеушілік',
      'Любое разногласие между двумя подразделениями',
      'Any disagreement between two departments',
    ],
    [
      'Басшымен жалақы туралы дау',
      'Спор с руководителем о зарплате',
      'A dispute with the manager about salary',
    ],
  ),
  // §17
  trueFalse(
    [
      'Қызметтік міндеттерді атқаруға байланысты алынған сыйлық 7 күнтізбелік күн ішінде тапсырылады.',
      'Подарок, полученный в связи с исполнением обязанностей, сдаётся в течение 7 календарных дней.',
      'A gift received in connection with official duties is handed over within 7 calendar days.',
    ],
    true,
  ),
  // §18
  single(
    [
      'Қонақжайлық қашан сыйлық болып саналады?',
      'Когда гостеприимство считается подарком?',
      'When does hospitality count as a gift?',
    ],
    [
      'Шақырушы тарап іс-шараға қатыспаса',
      'Если приглашающая сторона не участвует в мероприятии',
      'When the inviting party does not take part',
    ],
    ['Іс-шара кешке өтсе', 'Если мероприятие проходит вечером', 'When the event is in the evening'],
    ['Ешқашан', 'Никогда', 'Never'],
  ),
  // §68
  multiple(
    [
      'Міндетті оқытудың негізгі тақырыптарына не кіреді?',
      'Что входит в базовые темы обязательного обучения?',
      'Which are basic topics of mandatory training?',
    ],
    [
      ['Әдеп кодексі', 'Кодекс этики', 'Code of ethics'],
      [
        'Сенім желісі және хабарлаушыларды қорғау',
        'Линия доверия и защита заявителей',
        'Hotline and protection of reporters',
      ],
      [
        'Мүдделер қақтығысы, сыйлықтар мен қонақжайлық',
        'Конфликт интересов, подарки и гостеприимство',
        'Conflicts of interest, gifts and hospitality',
      ],
    ],
    [['Кеңсе техникасын жөндеу', 'Ремонт офисной техники', 'Repairing office equipment']],
  ),
  // §35.1
  single(
    [
      'Сыбайлас жемқорлыққа қарсы мәдениетті қалыптастыру жөніндегі жылдық жоспарды кім бекітеді?',
      'Кто утверждает годовой план мер по формированию антикоррупционной культуры?',
      'Who approves the yearly plan for forming an anti-corruption culture?',
    ],
    ['Бірінші басшы', 'Первый руководитель', 'The first head'],
    ['Кез келген қызметкер', 'Любой работник', 'Any employee'],
    ['Жеткізуші', 'Поставщик', 'A supplier'],
  ),
  // §35.2
  single(
    [
      'Білімді тексере отырып сыбайлас жемқорлыққа қарсы іс-шаралар қаншалықты жиі өткізіледі?',
      'Как часто проводятся антикоррупционные мероприятия с проверкой знаний?',
      'How often are anti-corruption activities with a knowledge check held?',
    ],
    ['Жарты жылда кемінде бір рет', 'Не реже одного раза в полугодие', 'At least once every half-year'],
    ['Бес жылда бір рет', 'Раз в пять лет', 'Once every five years'],
    ['Тек жұмысқа қабылдағанда', 'Только при приёме на работу', 'Only on hiring'],
  ),
  // §17
  trueFalse(
    [
      'Лауазымды адамның отбасы мүшелері оған тәуелді адамдардан сыйлық қабылдай алады.',
      'Члены семьи должностного лица могут принимать подарки от зависимых от него лиц.',
      'Family members of an official may accept gifts from people who depend on the official.',
    ],
    false,
  ),
  // §17
  single(
    [
      'Лауазымды адамның шотына келісімінсіз аударылған ақша қандай мерзімде бюджетке жіберіледі?',
      'В какой срок деньги, перечисленные на счёт должностного лица без его согласия, направляются в бюджет?',
      'Within what period does money transferred to an official’s account without consent go to the budget?',
    ],
    [
      'Анықталған күннен бастап 2 апта ішінде',
      'В течение 2 недель со дня обнаружения',
      'Within 2 weeks of detection',
    ],
    ['1 жыл ішінде', 'В течение 1 года', 'Within 1 year'],
    ['Қайтарудың қажеті жоқ', 'Возвращать не нужно', 'It need not be returned'],
  ),
  // §32
  matching(
    [
      'Шара түрін мысалмен сәйкестендіріңіз',
      'Сопоставьте вид меры с примером',
      'Match the kind of measure with an example',
    ],
    [
      [
        ['Оқыту шарасы', 'Образовательная мера', 'Educational measure'],
        ['Тренинг', 'Тренинг', 'A training session'],
      ],
      [
        ['Ақпараттық шара', 'Информационная мера', 'Informational measure'],
        ['Ақпараттық стенд', 'Информационный стенд', 'An information stand'],
      ],
      [
        ['Ұйымдастырушылық шара', 'Организационная мера', 'Organisational measure'],
        [
          'Сатып алуға сыбайлас жемқорлыққа қарсы талаптар',
          'Антикоррупционные требования в закупках',
          'Anti-corruption requirements in procurement',
        ],
      ],
    ],
  ),
  // §34
  trueFalse(
    [
      'Сыбайлас жемқорлық тәуекелдерін талдау нәтижелері оқыту тақырыптарына нақты мысалдармен енгізіледі.',
      'Результаты анализа коррупционных рисков включаются в темы обучения с реальными примерами.',
      'Findings of corruption risk analysis are built into training topics with real examples.',
    ],
    true,
  ),
  // §35.4
  single(
    [
      'Оқыту үшін қандай халықаралық материалдарды пайдалану ұсынылады?',
      'Какие международные материалы рекомендуется использовать в обучении?',
      'Which international materials are recommended for training?',
    ],
    [
      'U4 және Базель басқару институтының материалдары',
      'Материалы U4 и Базельского института управления',
      'Materials of U4 and the Basel Institute on Governance',
    ],
    ['Жарнамалық буклеттер', 'Рекламные буклеты', 'Advertising leaflets'],
    ['Анонимді форумдар', 'Анонимные форумы', 'Anonymous forums'],
  ),
  // §33
  trueFalse(
    [
      'Оқытуда теориядан гөрі практикалық дағдыларға басымдық беріледі.',
      'В обучении практическим навыкам отдаётся приоритет перед теорией.',
      'Training puts practical skills before theory.',
    ],
    true,
  ),
  // §68
  trueFalse(
    [
      'Оқыту статистикасы мен дәлелдері (шақырулар, тізімдер) сақталмайды.',
      'Статистика и подтверждения обучения (приглашения, списки) не сохраняются.',
      'Training statistics and evidence (invitations, lists) are not kept.',
    ],
    false,
  ),
];

export const CONFLICT_OF_INTEREST_QUESTIONS: readonly QuestionInput[] = [
  // Annex 2, case 1
  single(
    [
      'Конкурстық комиссия мүшесінің туысы лауазымға үміткер. Комиссия мүшесі не істеуі тиіс?',
      'Родственник члена конкурсной комиссии претендует на должность. Что должен сделать член комиссии?',
      'A relative of a selection board member applies for a post. What must the member do?',
    ],
    [
      'Мүдделер қақтығысын жазбаша мәлімдеп, комиссия құрамынан шығу',
      'Письменно заявить о конфликте интересов и выйти из состава комиссии',
      'Declare the conflict in writing and withdraw from the board',
    ],
    ['Туысы үшін дауыс беру', 'Проголосовать за родственника', 'Vote for the relative'],
    [
      'Ешкімге айтпай, бейтарап болуға тырысу',
      'Никому не говорить и постараться быть объективным',
      'Tell no one and try to be objective',
    ],
  ),
  // Annex 2, case 2
  single(
    [
      'Туыстар бір-біріне тікелей бағынысты лауазымға тағайындалды. Қандай шара қолданылады?',
      'Родственники назначены в прямое подчинение друг другу. Какая мера принимается?',
      'Relatives were appointed in direct subordination to each other. What is done?',
    ],
    [
      'Олардың біреуі басқа лауазымға ауыстырылады',
      'Один из них переводится на другую должность',
      'One of them is moved to another post',
    ],
    [
      'Ештеңе, егер екеуі де жақсы жұмыс істесе',
      'Ничего, если оба хорошо работают',
      'Nothing, if both work well',
    ],
    ['Екеуінің де жалақысы көтеріледі', 'Обоим повышают зарплату', 'Both get a pay rise'],
  ),
  // Annex 2, case 3
  single(
    [
      'Сатып алу комиссиясының мүшесі жеңімпаз болуы мүмкін компанияның иесінің туысы. Ол не істеуі тиіс?',
      'Член закупочной комиссии — родственник владельца возможного победителя. Что он должен сделать?',
      'A procurement board member is related to the owner of a likely winner. What must they do?',
    ],
    [
      'Мүдделер қақтығысын мәлімдеп, комиссия жұмысынан бас тарту',
      'Заявить о конфликте интересов и отказаться от участия в работе комиссии',
      'Declare the conflict and withdraw from the board',
    ],
    [
      'Туысына техникалық ерекшелікті алдын ала жіберу',
      'Заранее отправить родственнику техническую спецификацию',
      'Send the relative the specification in advance',
    ],
    [
      'Хаттамаға қол қойып, кейін мәлімдеу',
      'Подписать протокол, а сообщить потом',
      'Sign the minutes and report later',
    ],
  ),
  // Annex 2, case 4
  single(
    [
      'Сіз туысыңыздың компаниясынан жеткізілген тауарларды қабылдауға тиіссіз. Дұрыс әрекет қандай?',
      'Вам предстоит принять товары от компании вашего родственника. Как правильно поступить?',
      'You are to accept goods delivered by your relative’s company. What is right?',
    ],
    [
      'Мәлімдеп, қабылдау және қол қою рәсімдерінен шығу',
      'Заявить и отказаться от приёмки и подписания документов',
      'Declare it and withdraw from acceptance and signing',
    ],
    [
      'Тез қабылдап, актіге қол қою',
      'Быстро принять и подписать акт',
      'Accept quickly and sign the certificate',
    ],
    [
      'Әріптестен өз атынан қол қоюды сұрау',
      'Попросить коллегу подписать от вашего имени',
      'Ask a colleague to sign in your name',
    ],
  ),
  // Annex 2, case 5
  trueFalse(
    [
      'Қызмет бабында алынған жария емес ақпаратты жеке пайда үшін пайдалануға тыйым салынады.',
      'Использовать непубличную служебную информацию для личной выгоды запрещено.',
      'Using non-public information obtained at work for personal gain is prohibited.',
    ],
    true,
  ),
  // Annex 2, case 6
  single(
    [
      'Сізді туысыңыз жұмыс істейтін ұйымды тексеруге жіберді. Не істейсіз?',
      'Вас направили проверять организацию, где работает ваш родственник. Что делать?',
      'You are sent to inspect an organisation where your relative works. What do you do?',
    ],
    [
      'Мәлімдеймін, мені тексеруден шеттетеді',
      'Заявлю, и меня отстранят от проверки',
      'Declare it and be removed from the inspection',
    ],
    ['Тексеруді жұмсақ жүргіземін', 'Проведу проверку мягче', 'Carry out a lenient inspection'],
    [
      'Туысымды тексеру туралы алдын ала ескертемін',
      'Заранее предупрежу родственника',
      'Warn the relative in advance',
    ],
  ),
  // Annex 2, case 7
  single(
    [
      'Ішкі тергеу жүргізушінің нәтижеге жеке мүддесі бар. Не істеу керек?',
      'Проводящий служебное расследование лично заинтересован в его исходе. Что делать?',
      'The person running an internal investigation has a personal interest in its outcome. What is done?',
    ],
    [
      'Мәлімдеп, тергеуден шығу; оның құжаттары қайта қаралады',
      'Заявить и выйти из расследования; его документы пересматриваются',
      'Declare it and withdraw; the documents are reviewed',
    ],
    ['Тергеуді тезірек аяқтау', 'Быстрее завершить расследование', 'Finish the investigation faster'],
    ['Ештеңе істемеу', 'Ничего не делать', 'Do nothing'],
  ),
  // §15.3
  single(
    [
      'Жауапты бөлімше мүдделер қақтығысы туралы хабарлама бойынша қорытындыны қандай мерзімде береді?',
      'В какой срок ответственное подразделение даёт заключение по уведомлению о конфликте интересов?',
      'Within what time does the responsible unit give its conclusion on a conflict-of-interest notice?',
    ],
    ['10 жұмыс күні ішінде', 'В течение 10 рабочих дней', 'Within 10 working days'],
    ['3 ай ішінде', 'В течение 3 месяцев', 'Within 3 months'],
    ['1 жыл ішінде', 'В течение 1 года', 'Within 1 year'],
  ),
  // §15.4
  multiple(
    [
      'Мүдделер қақтығысы анықталса, басшылық қандай шаралар қолдана алады?',
      'Какие меры может принять руководство при наличии конфликта интересов?',
      'Which measures can management take when a conflict of interest exists?',
    ],
    [
      ['Мәселені басқа адамға беру', 'Передать вопрос другому лицу', 'Hand the matter to another person'],
      ['Қызметкердің міндеттерін өзгерту', 'Изменить обязанности работника', 'Change the employee’s duties'],
    ],
    [
      ['Ештеңе істемеу', 'Ничего не предпринимать', 'Do nothing'],
      ['Хабарламаны жасыру', 'Скрыть уведомление', 'Hide the notice'],
    ],
  ),
  // §15.6
  single(
    [
      'Мүдделер қақтығысын реттеу мүмкін болмаса, қызметкер баламалы лауазымға қандай мерзімде ауыстырылады?',
      'В какой срок работник переводится на равнозначную должность, если конфликт интересов не урегулировать?',
      'Within what time is the employee moved to an equivalent post if the conflict cannot be settled?',
    ],
    [
      'Анықталғаннан кейін 3 ай ішінде',
      'В течение 3 месяцев с момента выявления',
      'Within 3 months of detection',
    ],
    ['3 жыл ішінде', 'В течение 3 лет', 'Within 3 years'],
    ['Ауыстырылмайды', 'Не переводится', 'Never'],
  ),
  // §15.5
  single(
    [
      'Бірінші басшының өзінде мүдделер қақтығысы болса, шешімді кім қабылдайды?',
      'Кто принимает решение, если конфликт интересов у самого первого руководителя?',
      'Who decides when the first head is the one with the conflict?',
    ],
    [
      'Орынбасар немесе уәкілетті тұлға',
      'Заместитель или уполномоченное лицо',
      'A deputy or an authorised person',
    ],
    ['Бірінші басшының өзі', 'Сам первый руководитель', 'The first head personally'],
    ['Мүдделі жеткізуші', 'Заинтересованный поставщик', 'The interested supplier'],
  ),
  // Annex 2
  trueFalse(
    [
      'Мүдделер қақтығысы туралы басшыға жазбаша хабарлау керек.',
      'О конфликте интересов нужно письменно уведомить руководителя.',
      'A conflict of interest is to be reported to the manager in writing.',
    ],
    true,
  ),
  // §19
  single(
    [
      'Мүдделер қақтығысының типтік жағдайлары бойынша оқыту қаншалықты жиі өткізіледі?',
      'Как часто проводится обучение по типичным случаям конфликта интересов?',
      'How often is training on typical conflict-of-interest cases held?',
    ],
    ['Жарты жылда кемінде бір рет', 'Не реже одного раза в полугодие', 'At least once every half-year'],
    ['Үш жылда бір рет', 'Раз в три года', 'Once every three years'],
    ['Тек тексеруден кейін', 'Только после проверки', 'Only after an inspection'],
  ),
  // Annex 2
  trueFalse(
    [
      '2-қосымшадағы типтік жағдайлар тізбесі толық және түпкілікті.',
      'Перечень типичных случаев в Приложении 2 является исчерпывающим.',
      'The list of typical cases in Annex 2 is exhaustive.',
    ],
    false,
  ),
  // §16
  single(
    [
      'Бұрынғы мемлекеттік қызметші өзі тексерген коммерциялық ұйымда қанша уақыт жұмыс істей алмайды?',
      'Сколько времени бывший госслужащий не может работать в проверявшейся им коммерческой организации?',
      'For how long may a former civil servant not work for a company they inspected?',
    ],
    ['1 жыл', '1 год', '1 year'],
    ['1 ай', '1 месяц', '1 month'],
    ['Шектеу жоқ', 'Ограничений нет', 'There is no restriction'],
  ),
  // §20
  trueFalse(
    [
      'Ресми кездесулерде тек ресми сыйлықтарды (кітаптар, логотипі бар кәдесыйлар) қабылдауға болады.',
      'На официальных встречах можно принимать только официальные подарки (книги, сувениры с логотипом).',
      'At official meetings only official gifts (books, logo souvenirs) may be accepted.',
    ],
    true,
  ),
  // Annex 2
  matching(
    [
      'Жағдайды шарамен сәйкестендіріңіз',
      'Сопоставьте ситуацию и меру',
      'Match the situation with the measure',
    ],
    [
      [
        [
          'Туысының компаниясы сатып алуға қатысады',
          'Компания родственника участвует в закупке',
          'A relative’s company bids',
        ],
        ['Комиссиядан шығу', 'Выход из состава комиссии', 'Withdraw from the board'],
      ],
      [
        [
          'Туысы тексерілетін ұйымда жұмыс істейді',
          'Родственник работает в проверяемой организации',
          'A relative works at the inspected body',
        ],
        ['Тексеруден шеттету', 'Отстранение от проверки', 'Removal from the inspection'],
      ],
      [
        [
          'Туыстар тікелей бағыныста',
          'Родственники в прямом подчинении',
          'Relatives in direct subordination',
        ],
        ['Біреуін ауыстыру', 'Перевод одного из них', 'Move one of them'],
      ],
    ],
  ),
  // §18
  trueFalse(
    [
      'Шақырушы тарап қатыспайтын мейрамханадағы кешкі ас сыйлық болып саналады.',
      'Ужин в ресторане без участия приглашающей стороны считается подарком.',
      'A restaurant dinner the inviting party does not attend counts as a gift.',
    ],
    true,
  ),
  // §12
  single(
    [
      'Жеткізуші сізге бөліміңізге қызмет көрсететін компаниядан үлес ұсынды. Алдымен не істейсіз?',
      'Поставщик предложил вам долю в компании, обслуживающей ваше подразделение. Что сделать прежде всего?',
      'A supplier offers you a share in a company serving your unit. What do you do first?',
    ],
    [
      'Бас тартып, басшыға және комплаенс қызметіне жазбаша хабарлаймын',
      'Откажусь и письменно сообщу руководителю и комплаенс-службе',
      'Refuse and report in writing to the manager and compliance',
    ],
    [
      'Үлесті жұбайымның атына ресімдеймін',
      'Оформлю долю на супруга',
      'Register the share in my spouse’s name',
    ],
    ['Келісемін, бұл заңды бизнес', 'Соглашусь, это законный бизнес', 'Accept, it is a legal business'],
  ),
  // Annex 2
  multiple(
    [
      'Мүдделер қақтығысы тұрғысынан «жеке байланысты тұлғаларға» кімдер жатады?',
      'Кто относится к «лично связанным лицам» в контексте конфликта интересов?',
      'Who counts as “personally linked persons” for conflicts of interest?',
    ],
    [
      ['Жақын туыстар', 'Близкие родственники', 'Close relatives'],
      ['Жұбайы мен жекжаттары', 'Супруг и свойственники', 'The spouse and in-laws'],
    ],
    [['Кез келген клиент', 'Любой клиент', 'Any customer']],
  ),
];

export const PROCUREMENT_QUESTIONS: readonly QuestionInput[] = [
  // §46
  trueFalse(
    [
      'Мемлекеттік сатып алу сыбайлас жемқорлық тәуекелі жоғары сала болып табылады.',
      'Государственные закупки являются зоной высокого коррупционного риска.',
      'Public procurement is a high corruption-risk area.',
    ],
    true,
  ),
  // §49
  single(
    [
      'Бір көзден сатып алу қашан қолданылады?',
      'Когда применяется закупка из одного источника?',
      'When is single-source procurement used?',
    ],
    ['Тек төтенше жағдайларда', 'Только в чрезвычайных ситуациях', 'Only in emergencies'],
    ['Әрқашан, бұл ең жылдам', 'Всегда, так быстрее', 'Always, it is faster'],
    ['Жеткізуші таныс болса', 'Если поставщик знаком', 'When the supplier is an acquaintance'],
  ),
  // §49
  multiple(
    [
      'Бәсекелі сатып алу тәсілдеріне не жатады?',
      'Что относится к конкурентным способам закупок?',
      'Which are competitive procurement methods?',
    ],
    [
      ['Конкурс', 'Конкурс', 'Tender'],
      ['Аукцион', 'Аукцион', 'Auction'],
      ['Баға ұсыныстарын сұрату', 'Запрос ценовых предложений', 'Request for price quotations'],
    ],
    [['Бір көзден сатып алу', 'Закупка из одного источника', 'Single-source purchase']],
  ),
  // §52.3
  single(
    [
      'Сатып алу жөніндегі қызметкерлер қаншалықты жиі оқытылады?',
      'Как часто обучаются работники, занятые в закупках?',
      'How often are procurement staff trained?',
    ],
    ['Жарты жылда кемінде бір рет', 'Не реже одного раза в полугодие', 'At least once every half-year'],
    ['Бес жылда бір рет', 'Раз в пять лет', 'Once every five years'],
    ['Оқыту міндетті емес', 'Обучение не обязательно', 'Training is optional'],
  ),
  // §52.4
  single(
    [
      'Бір ұйымға немесе байланысты ұйымдарға берілген шарттарды талдау қаншалықты жиі жүргізіледі?',
      'Как часто анализируются договоры, заключённые с одной или связанными организациями?',
      'How often are contracts awarded to one or related organisations analysed?',
    ],
    ['Жылына бір рет', 'Один раз в год', 'Once a year'],
    ['Он жылда бір рет', 'Раз в десять лет', 'Once every ten years'],
    ['Ешқашан', 'Никогда', 'Never'],
  ),
  // §52.4
  single(
    [
      'Шарттарды талдау аяқталғаннан кейін нәтижесі бірінші басшыға қандай мерзімде баяндалады?',
      'В какой срок после завершения анализа договоров результаты докладываются первому руководителю?',
      'Within what time after finishing the contract analysis is the first head informed?',
    ],
    ['3 күн ішінде', 'В течение 3 дней', 'Within 3 days'],
    ['3 ай ішінде', 'В течение 3 месяцев', 'Within 3 months'],
    ['Келесі жылы', 'В следующем году', 'Next year'],
  ),
  // §52.2
  single(
    [
      'Сатып алудың қай тиімділік көрсеткіші сыбайлас жемқорлыққа қарсы тұру тұрғысынан төмендеуі тиіс?',
      'Какой показатель закупок должен снижаться с точки зрения противодействия коррупции?',
      'Which procurement indicator should go down for corruption prevention?',
    ],
    [
      'Бір көзден сатып алу үлесі',
      'Доля закупок из одного источника',
      'The share of single-source purchases',
    ],
    ['Бәсекелі тәсілдер үлесі', 'Доля конкурентных способов', 'The share of competitive methods'],
    ['Өтінім берушілер саны', 'Число участников', 'The number of bidders'],
  ),
  // §50
  trueFalse(
    [
      'Баға ұсыныстарын сұрату кезінде ұсыныстар автоматты түрде салыстырылады, сондықтан тәуекел төмен.',
      'При запросе ценовых предложений предложения сравниваются автоматически, поэтому риск низкий.',
      'In a request for price quotations offers are compared automatically, so the risk is low.',
    ],
    true,
  ),
  // §51
  trueFalse(
    [
      'Тапсырыс беруші әлеуетті жеткізушілерге шағымдану құқығын түсіндірмеуі керек.',
      'Заказчик не должен разъяснять потенциальным поставщикам право на обжалование.',
      'The buyer should not explain bidders’ right to appeal.',
    ],
    false,
  ),
  // §51, §52.1
  single(
    [
      'Жоғары тәуекелді сатып алуларды қабылдау кезінде кімді тартқан жөн?',
      'Кого рекомендуется привлекать при приёмке высокорисковых закупок?',
      'Whom should high-risk purchases involve at acceptance?',
    ],
    ['Қоғамдық бақылауды', 'Общественный контроль', 'Public control'],
    ['Тек жеткізушіні', 'Только поставщика', 'Only the supplier'],
    ['Ешкімді', 'Никого', 'No one'],
  ),
  // §12, Annex 2
  single(
    [
      'Техникалық ерекшелік бір жеткізушінің тауарына ғана сәйкес келетіндей жазылған. Бұл не?',
      'Техническая спецификация составлена под товар единственного поставщика. Что это?',
      'The specification is written to fit only one supplier’s product. What is it?',
    ],
    ['Сыбайлас жемқорлықтың қызыл жалауы', 'Коррупционный «красный флаг»', 'A corruption red flag'],
    ['Жақсы тәжірибе', 'Хорошая практика', 'Good practice'],
    ['Заң талабы', 'Требование закона', 'A legal requirement'],
  ),
  // §68
  multiple(
    [
      'Сатып алудағы қызыл жалаулар қандай?',
      'Какие признаки являются «красными флагами» в закупках?',
      'Which are red flags in procurement?',
    ],
    [
      [
        'Шартты бөліп-бөліп жасасу (шекті мәннен төмен)',
        'Дробление договора ниже порога',
        'Splitting a contract below the threshold',
      ],
      [
        'Бір жеткізушінің үнемі жеңуі',
        'Постоянные победы одного поставщика',
        'The same supplier always wins',
      ],
      [
        'Шарт жасалғаннан кейін бағаның негізсіз өсуі',
        'Необоснованный рост цены после заключения договора',
        'Unjustified price rises after award',
      ],
    ],
    [['Ашық электрондық сатып алу', 'Открытая электронная закупка', 'An open e-procurement']],
  ),
  // §47
  trueFalse(
    [
      'Электрондық сатып алу сыбайлас жемқорлық тәуекелдерін азайтады.',
      'Электронные закупки снижают коррупционные риски.',
      'E-procurement reduces corruption risks.',
    ],
    true,
  ),
  // Annex 2, case 3
  trueFalse(
    [
      'Сатып алу комиссиясының мүшесі туысының компаниясы қатысатын конкурсқа дауыс бере алады, егер ол бейтарап болса.',
      'Член закупочной комиссии может голосовать в конкурсе с участием компании родственника, если он объективен.',
      'A board member may vote in a tender with a relative’s company if they stay objective.',
    ],
    false,
  ),
  // §17
  single(
    [
      'Жеткізуші конкурс кезінде сізге қымбат сыйлық жіберді. Не істейсіз?',
      'Поставщик во время конкурса прислал вам дорогой подарок. Что делать?',
      'A supplier sends you an expensive gift during a tender. What do you do?',
    ],
    [
      'Қабылдамай, комплаенс қызметіне хабарлаймын',
      'Не принимаю и сообщаю в комплаенс-службу',
      'Decline and inform compliance',
    ],
    ['Конкурстан кейін қабылдаймын', 'Приму после конкурса', 'Accept after the tender'],
    ['Әріптестерге бөліп беремін', 'Раздам коллегам', 'Share it with colleagues'],
  ),
  // §46
  trueFalse(
    [
      'Сатып алу процестері ұйымның сыбайлас жемқорлық тәуекелдерінің картасына енгізілуі тиіс.',
      'Процессы закупок должны быть включены в карту коррупционных рисков организации.',
      'Procurement processes belong on the organisation’s corruption risk map.',
    ],
    true,
  ),
  // §52.4
  trueFalse(
    [
      'Шарттарды талдау кезінде анықталған құқық бұзушылықтар туралы уәкілетті органдарға хабарланады.',
      'О нарушениях, выявленных при анализе договоров, сообщается в уполномоченные органы.',
      'Offences found in the contract analysis are reported to the authorities.',
    ],
    true,
  ),
  // §50
  single(
    [
      'Конкурстарда ұсыныстарды бағалаудың қандай жүйесі ұсынылады?',
      'Какая система оценки предложений рекомендуется в конкурсах?',
      'Which evaluation system is recommended for tenders?',
    ],
    ['Рейтингтік-балдық жүйе', 'Рейтингово-балльная система', 'A rating-points system'],
    [
      'Комиссия төрағасының жеке пікірі',
      'Личное мнение председателя комиссии',
      'The chair’s personal opinion',
    ],
    ['Жеребе', 'Жребий', 'Drawing lots'],
  ),
  // §49, §52
  matching(
    [
      'Тәсілді тәуекел деңгейімен сәйкестендіріңіз',
      'Сопоставьте способ с уровнем риска',
      'Match the method with its risk',
    ],
    [
      [
        ['Бір көзден сатып алу', 'Закупка из одного источника', 'Single source'],
        ['Жоғары тәуекел', 'Высокий риск', 'High risk'],
      ],
      [
        ['Баға ұсыныстарын сұрату', 'Запрос ценовых предложений', 'Price quotations'],
        ['Төмен тәуекел', 'Низкий риск', 'Low risk'],
      ],
    ],
  ),
  // §47
  single(
    [
      'Сатып алудағы сыбайлас жемқорлықты азайтатын фактор қайсы?',
      'Какой фактор снижает коррупцию в закупках?',
      'Which factor reduces corruption in procurement?',
    ],
    [
      'Стандартталған рәсімдер және қызметкерлердің біліктілігі',
      'Стандартизированные процедуры и квалификация персонала',
      'Standardised procedures and qualified staff',
    ],
    [
      'Құжаттарды қағаз түрінде ғана сақтау',
      'Хранение документов только на бумаге',
      'Keeping documents on paper only',
    ],
    ['Шешімдерді ауызша қабылдау', 'Принятие решений устно', 'Deciding orally'],
  ),
];
