import type { LocalizedInput } from '../src/training/localized-input.js';
import type { QuestionInput } from '../src/training/bank/question-rows.js';

// The demo question banks, in Kazakh, Russian and English, written from the methodology
// (paragraphs in the comments) in its own terms; each question explains its right answer for the
// review after a test. Each bank holds at least as many questions as a test draws from it
// (training-demo.ts).

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

/** The question with why its right answer is right, shown in the review after a test that allows it. */
function explained(question: QuestionInput, why: Text): QuestionInput {
  return { ...question, explanation: t(why) };
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
  explained(
    single(
      [
        'Сыбайлас жемқорлыққа қарсы тесттен өтудің ең төменгі нәтижесі қандай?',
        'Каков минимальный результат успешного прохождения антикоррупционного теста?',
        'What is the minimum score to pass an anti-corruption test?',
      ],
      ['100 %-дан кемінде 60 %', 'Не менее 60 % из 100 %', 'At least 60 % of 100 %'],
      ['50 %', '50 %', '50 %'],
      ['75 %', '75 %', '75 %'],
      ['100 %', '100 %', '100 %'],
    ),
    [
      '§5.3, §35.3: тест 100 %-дан кемінде 60 % жинағанда тапсырылған болып саналады; осындай нәтижемен өткен жұмыскерлер саны — нысаналы көрсеткіш.',
      '§5.3, §35.3: тест считается сданным при результате не менее 60 % из 100 %; число работников, сдавших его с таким результатом, — целевой показатель.',
      '§5.3, §35.3: a test is passed with at least 60 % of 100 %; the number of employees who pass with that score is the target indicator.',
    ],
  ),
  // §68: the compliance programme of the quasi-public sector and business (§35.2 for state bodies)
  explained(
    single(
      [
        'Квазимемлекеттік сектор субъектісінде немесе кәсіпкерлік субъектісінде жұмыскерлер өздеріне тағайындалған міндетті оқулардан қандай мерзімде өтеді?',
        'В какой срок работники субъекта квазигосударственного сектора или предпринимательства проходят назначенное им обязательное обучение?',
        'In a quasi-public sector entity or a business, within what period do employees complete the mandatory training assigned to them?',
      ],
      ['1 жыл ішінде', 'В течение 1 года', 'Within 1 year'],
      ['3 жыл ішінде', 'В течение 3 лет', 'Within 3 years'],
      ['Тек жұмыстан шыққанда', 'Только при увольнении', 'Only when leaving'],
      ['Мерзім белгіленбеген', 'Срок не установлен', 'There is no deadline'],
    ),
    [
      '§68: квазимемлекеттік сектор мен бизнесте барлық жұмыскер тағайындалған міндетті оқудан бір жыл ішінде өтеді.',
      '§68: в квазигосударственном секторе и бизнесе все работники проходят назначенное обязательное обучение в течение одного года.',
      '§68: in the quasi-public sector and in business, every employee completes the mandatory training assigned within one year.',
    ],
  ),
  // §69
  explained(
    single(
      [
        'Сенім желісіне түскен өтініштер бойынша ішкі тексеруді кім жүргізеді?',
        'Кто проводит внутреннее расследование по обращениям, поступившим на линию доверия?',
        'Who runs internal investigations of reports made to the hotline?',
      ],
      [
        'Директорлар кеңесіне немесе байқау кеңесіне есеп беретін тәуелсіз комплаенс-қызмет',
        'Независимая комплаенс-служба, подотчётная совету директоров или наблюдательному совету',
        'The independent compliance service, reporting to the board of directors or supervisory board',
      ],
      [
        'Өтініште аталған жұмыскердің тікелей басшысы',
        'Непосредственный руководитель работника, названного в обращении',
        'The direct supervisor of the employee named in the report',
      ],
      ['Өтініш берушінің өзі', 'Сам заявитель', 'The reporter'],
    ),
    [
      '§69: ішкі тексеруді директорлар кеңесіне (байқау кеңесіне) есеп беретін тәуелсіз комплаенс-қызмет жүргізеді, атқарушы басшылыққа тәуелді емес.',
      '§69: внутреннее расследование проводит независимая комплаенс-служба, подотчётная совету директоров (наблюдательному совету), а не исполнительному руководству.',
      '§69: the compliance service runs investigations independently of the executive and reports to the board of directors or supervisory board.',
    ],
  ),
  // §5
  explained(
    single(
      [
        'Сыбайлас жемқорлықтың алдын алуға жауапты жұмыскерлердің ұсынылатын ең аз саны қанша?',
        'Каково рекомендуемое минимальное число работников, ответственных за противодействие коррупции?',
        'What is the recommended minimum number of staff responsible for corruption prevention?',
      ],
      ['3', '3', '3'],
      ['1', '1', '1'],
      ['2', '2', '2'],
      ['10', '10', '10'],
    ),
    [
      '§5: сыбайлас жемқорлықтың алдын алуға жауапты кемінде үш жұмыскер ұсынылады — бір адам барлық функцияны атқара алмайды.',
      '§5: рекомендуется не менее трёх работников, ответственных за противодействие коррупции, — один человек не справится со всеми функциями.',
      '§5: at least three staff responsible for corruption prevention are recommended; one person cannot cover every function.',
    ],
  ),
  // §5.4
  explained(
    trueFalse(
      [
        'Сыбайлас жемқорлықтың алдын алуға жауапты жұмыскерлер жылына кемінде бір рет оқытудан өтеді.',
        'Ответственные за противодействие коррупции работники проходят обучение не реже одного раза в год.',
        'Staff responsible for corruption prevention are trained at least once a year.',
      ],
      true,
    ),
    [
      '§5.4: жауапты жұмыскерлердің білімі тұрақты жаңартылуы тиіс, сондықтан олар жылына кемінде бір рет оқытудан өтеді.',
      '§5.4: знания ответственных работников должны обновляться, поэтому они проходят обучение не реже одного раза в год.',
      '§5.4: the knowledge of the responsible staff must stay current, so they are trained at least once a year.',
    ],
  ),
  // §32
  explained(
    multiple(
      [
        'Сыбайлас жемқорлыққа қарсы мәдениетті қалыптастыру шараларына не жатады?',
        'Что относится к мерам формирования антикоррупционной культуры?',
        'Which are measures for forming an anti-corruption culture?',
      ],
      [
        [
          'Білім беру шаралары (тұрақты семинарлар мен тренингтер)',
          'Образовательные меры (регулярные семинары и тренинги)',
          'Educational measures (regular seminars and trainings)',
        ],
        [
          'Ақпараттық шаралар (нұсқаулықтар, корпоративтік таратулар, ішкі порталдар, ақпараттық стендтер)',
          'Информационные меры (инструкции, корпоративные рассылки, внутренние порталы, информационные стенды)',
          'Informational measures (guides, corporate mailings, internal portals, information stands)',
        ],
        [
          'Ұйымдастырушылық шаралар (стандарттар, жемқорлық фактілері туралы хабарлау арналары)',
          'Организационные меры (стандарты, каналы сообщения о фактах коррупции)',
          'Organisational measures (standards, channels for reporting corruption)',
        ],
      ],
      [['Тек жазалау шаралары', 'Только карательные меры', 'Punitive measures only']],
    ),
    [
      '§32: мәдениет үш түрлі шарамен қалыптасады — ағартушылық (семинарлар, оқулар), ақпараттық (нұсқаулықтар, таратылымдар, стендтер) және ұйымдастырушылық (стандарттар, хабарлау арналары).',
      '§32: культура формируется тремя видами мер — просветительскими (семинары, тренинги), информационными (руководства, рассылки, стенды) и организационными (стандарты, каналы сообщений).',
      '§32: the culture is formed by three kinds of measures: educational (seminars, trainings), informational (guides, mailings, stands) and organisational (standards, reporting channels).',
    ],
  ),
  // §69
  explained(
    single(
      [
        'Сыбайлас жемқорлыққа күдік туралы анонимді түрде қайда хабарлауға болады?',
        'Куда можно анонимно сообщить о подозрении на коррупцию?',
        'Where can suspected corruption be reported anonymously?',
      ],
      [
        'Ұйымның сенім желісіне',
        'На линию доверия организации',
        'To the organisation’s trust line (hotline)',
      ],
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
    [
      '§69: сенім желісі — жұмыскерлер мен жеткізушілерге арналған бір тәуелсіз арна; хабарлауды жасырын түрде де жасауға болады.',
      '§69: линия доверия — единый независимый канал для работников и поставщиков; сообщить можно и анонимно.',
      '§69: the hotline is one independent channel for employees and suppliers, and a report can be made anonymously.',
    ],
  ),
  // §68, §69
  explained(
    trueFalse(
      [
        'Сенім желісіне өтініш қалдыру жұмыскерге қарсы кек қайтаруға әкеп соқпайды.',
        'Обращение на линию доверия не влечёт преследования работника.',
        'Reporting to the hotline does not lead to retaliation against the employee.',
      ],
      true,
    ),
    [
      '§68, §69: хабарлаған адамға қысым көрсетуге жол берілмейді, ұйым бұл туралы ашық айтады және оқытуда түсіндіреді.',
      '§68, §69: преследование сообщившего недопустимо; организация прямо об этом заявляет и разъясняет это на обучении.',
      '§68, §69: retaliation against a person who reports is not allowed; the organisation says so openly and explains it in training.',
    ],
  ),
  // §4, §72
  explained(
    single(
      [
        'Мүдделер қақтығысы дегеніміз не?',
        'Что такое конфликт интересов?',
        'What is a conflict of interest?',
      ],
      [
        'Жеке мүдделер мен лауазымдық өкілеттіктер арасындағы, міндеттерді орындамауға немесе тиісінше орындамауға алып келуі мүмкін қайшылық',
        'Противоречие между личными интересами и должностными полномочиями, которое может привести к неисполнению или ненадлежащему исполнению обязанностей',
        'A contradiction between personal interests and official powers that may lead to duties not being performed, or performed improperly',
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
    [
      '§4, §72: мүдделер қақтығысы — жеке мүдде мен лауазымдық өкілеттіктер арасындағы қайшылық, ол міндеттерді орындамауға немесе тиісінше орындамауға әкелуі мүмкін.',
      '§4, §72: конфликт интересов — противоречие между личными интересами и должностными полномочиями, которое может привести к неисполнению или ненадлежащему исполнению обязанностей.',
      '§4, §72: a conflict of interest is a contradiction between personal interests and official powers that may lead to duties not being performed, or performed improperly.',
    ],
  ),
  // §17
  explained(
    trueFalse(
      [
        'Мемлекеттік функцияларды орындауға байланысты алынған сыйлық күнтізбелік 7 күн ішінде мемлекеттік мүлікті басқару жөніндегі уәкілетті органға өтеусіз беріледі.',
        'Подарок, полученный в связи с выполнением государственных функций, в течение 7 календарных дней безвозмездно передаётся уполномоченному органу по управлению государственным имуществом.',
        'A gift received in connection with state functions is handed over free of charge to the authorised state property management body within 7 calendar days.',
      ],
      true,
    ),
    [
      '§17: мемлекеттік функцияларға байланысты алынған сыйлық 7 күнтізбелік күн ішінде мемлекеттік мүлікті басқару органына тегін тапсырылады.',
      '§17: подарок, полученный в связи с государственными функциями, в течение 7 календарных дней безвозмездно сдаётся органу управления государственным имуществом.',
      '§17: a gift received in connection with state functions is handed over free of charge to the state property body within 7 calendar days.',
    ],
  ),
  // §4, §18
  explained(
    single(
      [
        'Қонақжайлылық таныту қашан сыйлық болып саналады?',
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
    [
      '§4, §18: қонақжайлылық — бейресми және бейтарап шара; шақырушы тарап қатыспаса, ол сыйлық болып саналады.',
      '§4, §18: гостеприимство — неформальное и нейтральное мероприятие; если приглашающая сторона не участвует, это считается подарком.',
      '§4, §18: hospitality is informal and neutral; when the inviting party does not take part, it counts as a gift.',
    ],
  ),
  // §68
  explained(
    multiple(
      [
        'Міндетті оқытудың негізгі тақырыптарына не кіреді?',
        'Что входит в базовые темы обязательного обучения?',
        'Which are basic topics of mandatory training?',
      ],
      [
        ['Іскерлік әдеп кодексі', 'Кодекс деловой этики', 'Code of business ethics'],
        [
          'Сенім желісі және хабарлағаны үшін қорғау шаралары',
          'Линия доверия и меры защиты сообщивших',
          'The hotline and protection of those who report',
        ],
        [
          'Мүдделер қақтығысы, оның ішінде сыйлықтар мен қонақжайлылық',
          'Конфликт интересов, включая подарки и гостеприимство',
          'Conflicts of interest, including gifts and hospitality',
        ],
        ['Демеушілік және қайырымдылық', 'Спонсорство и благотворительность', 'Sponsorship and charity'],
      ],
      [['Кеңсе техникасын жөндеу', 'Ремонт офисной техники', 'Repairing office equipment']],
    ),
    [
      '§68: негізгі тақырыптар — іскерлік әдеп кодексі, сенім желісі және хабарлаушыларды қорғау, мүдделер қақтығысы (сыйлықтар мен қонақжайлылықты қоса), демеушілік пен қайырымдылық.',
      '§68: базовые темы — кодекс деловой этики, линия доверия и защита сообщивших, конфликт интересов (включая подарки и гостеприимство), спонсорство и благотворительность.',
      '§68: the basic topics are the code of business ethics, the hotline and protection of those who report, conflicts of interest including gifts and hospitality, and sponsorship and charity.',
    ],
  ),
  // §35.1
  explained(
    single(
      [
        'Сыбайлас жемқорлыққа қарсы мәдениетті қалыптастыру жөніндегі жылдық жоспарды кім бекітеді?',
        'Кто утверждает годовой план мер по формированию антикоррупционной культуры?',
        'Who approves the yearly plan for forming an anti-corruption culture?',
      ],
      ['Бірінші басшы', 'Первый руководитель', 'The first head'],
      ['Кез келген жұмыскер', 'Любой работник', 'Any employee'],
      ['Жабдықтаушы', 'Поставщик', 'A supplier'],
    ),
    [
      '§35.1: сыбайлас жемқорлыққа қарсы мәдениетті қалыптастыру жоспарын жыл сайын бірінші басшы бекітеді.',
      '§35.1: план по формированию антикоррупционной культуры ежегодно утверждает первый руководитель.',
      '§35.1: the first head approves the plan for forming an anti-corruption culture every year.',
    ],
  ),
  // §35.2: state bodies (§68 sets the yearly cycle for the quasi-public sector and business)
  explained(
    single(
      [
        'Мемлекеттік органда сыбайлас жемқорлыққа қарсы мәдениетті қалыптастыру жоспары бойынша жұмыскерлердің білімін міндетті түрде өлшейтін іс-шаралар қаншалықты жиі өткізіледі?',
        'Как часто в государственном органе по плану формирования антикоррупционной культуры проводятся мероприятия с обязательным измерением знаний работников?',
        'In a state body, how often does the anti-corruption culture plan hold events that measure employees’ knowledge?',
      ],
      ['Жарты жылда кемінде 1 рет', 'Не реже 1 раза в полугодие', 'At least once every half-year'],
      ['Бес жылда бір рет', 'Раз в пять лет', 'Once every five years'],
      ['Тек жұмысқа қабылдағанда', 'Только при приёме на работу', 'Only on hiring'],
    ),
    [
      '§35.2: мемлекеттік органда іс-шаралар кемінде жарты жылда бір рет өткізіліп, әр жолы білім тексеріледі.',
      '§35.2: в государственном органе мероприятия проводятся не реже раза в полугодие, и каждый раз проверяются знания.',
      '§35.2: in a state body the events are held at least once every half-year, and knowledge is measured each time.',
    ],
  ),
  // §17
  explained(
    trueFalse(
      [
        'Лауазымды адамның отбасы мүшелері оған қызмет бойынша тәуелді адамдардан сыйлық қабылдай алады.',
        'Члены семьи должностного лица могут принимать подарки от лиц, зависимых от него по службе.',
        'Family members of an official may accept gifts from people who depend on the official in the service.',
      ],
      false,
    ),
    [
      '§17: лауазымды адамның отбасы мүшелері оған қызмет бойынша тәуелді адамдардан сыйлық, қызмет немесе сапар қабылдай алмайды.',
      '§17: члены семьи должностного лица не вправе принимать подарки, услуги или поездки от лиц, зависимых от него по службе.',
      '§17: family members may not accept gifts, services or trips from people who depend on the official in the service.',
    ],
  ),
  // §17
  explained(
    single(
      [
        'Лауазымды адамның шотына оның келісімінсіз аударылған ақша қандай мерзімде республикалық бюджетке аударылады?',
        'В какой срок деньги, перечисленные на счёт должностного лица без его согласия, перечисляются в республиканский бюджет?',
        'Within what period does money transferred to an official’s account without consent go to the republican budget?',
      ],
      [
        'Анықталған сәттен бастап екі аптадан кешіктірілмей',
        'Не позднее двух недель с момента обнаружения',
        'No later than two weeks after it is discovered',
      ],
      ['1 жыл ішінде', 'В течение 1 года', 'Within 1 year'],
      ['Қайтарудың қажеті жоқ', 'Возвращать не нужно', 'It need not be returned'],
    ),
    [
      '§17: келісімсіз аударылған ақша анықталғаннан кейін екі аптадан кешіктірілмей кіріс органына түсініктемемен бюджетке аударылады.',
      '§17: деньги, перечисленные без согласия, не позднее двух недель после обнаружения перечисляются в бюджет с пояснением в орган государственных доходов.',
      '§17: money transferred without consent goes to the budget no later than two weeks after it is discovered, with an explanation to the revenue body.',
    ],
  ),
  // §32
  explained(
    matching(
      [
        'Шара түрін мысалмен сәйкестендіріңіз',
        'Сопоставьте вид меры с примером',
        'Match the kind of measure with an example',
      ],
      [
        [
          ['Білім беру шарасы', 'Образовательная мера', 'Educational measure'],
          ['Тренинг', 'Тренинг', 'A training session'],
        ],
        [
          ['Ақпараттық шара', 'Информационная мера', 'Informational measure'],
          ['Корпоративтік таратулар', 'Корпоративные рассылки', 'Corporate mailings'],
        ],
        [
          ['Ұйымдастырушылық шара', 'Организационная мера', 'Organisational measure'],
          [
            'Сатып алу рәсімдеріне сыбайлас жемқорлыққа қарсы талаптарды енгізу',
            'Антикоррупционные требования в процедурах закупок',
            'Anti-corruption requirements built into procurement',
          ],
        ],
      ],
    ),
    [
      '§32: оқу — ағартушылық шара, корпоративтік таратылым — ақпараттық, сатып алуға енгізілген талаптар — ұйымдастырушылық шара.',
      '§32: обучение — просветительская мера, корпоративные рассылки — информационная, требования, встроенные в закупки, — организационная.',
      '§32: a training is an educational measure, corporate mailings an informational one, requirements built into procurement an organisational one.',
    ],
  ),
  // §34
  explained(
    trueFalse(
      [
        'Сыбайлас жемқорлық тәуекелдерін талдау нәтижелері оқыту тақырыптарына нақты мысалдармен енгізіледі.',
        'Результаты анализа коррупционных рисков включаются в темы обучения с реальными примерами.',
        'Findings of corruption risk analysis are built into training topics with real examples.',
      ],
      true,
    ),
    [
      '§34: оқу тақырыптары тәуекелдерді талдау нәтижелерін нақты мысалдармен қамтиды — жұмыскерлер өз жұмысындағы жағдайларды таниды.',
      '§34: темы обучения охватывают выводы анализа рисков на реальных примерах — работники узнают ситуации из своей работы.',
      '§34: training topics cover the findings of risk analysis with real examples, so employees recognise situations from their own work.',
    ],
  ),
  // §35.4
  explained(
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
    [
      '§35.4: U4, Сыбайлас жемқорлыққа қарсы білім хабы және Базель басқару институтының материалдарын пайдалану ұсынылады.',
      '§35.4: рекомендуется использовать материалы U4, Антикоррупционного центра знаний и Базельского института управления.',
      '§35.4: materials of U4, the Anti-Corruption Knowledge Hub and the Basel Institute on Governance are recommended.',
    ],
  ),
  // §33
  explained(
    trueFalse(
      [
        'Оқытудың мақсаты теориямен танысу ғана емес, жұмыскерлер күнделікті жұмыста қолдана алатын нақты дағдыларды дамыту.',
        'Цель обучения — не только знакомство с теорией, но и конкретные навыки, которые работники применяют в повседневной работе.',
        'Training aims not only at theory but at concrete skills employees use in their daily work.',
      ],
      true,
    ),
    [
      '§33: оқу теориядан гөрі күнделікті жұмыста қолданылатын практикалық дағдыларға бағытталады.',
      '§33: обучение направлено не столько на теорию, сколько на практические навыки, применяемые в повседневной работе.',
      '§33: training favours practical skills used in daily work over theory.',
    ],
  ),
  // §68
  explained(
    trueFalse(
      [
        'Өткізілген тренингтер мен қатысушылардың статистикасы және оларды растау (шақыру скриндері, фото) сақталмайды.',
        'Статистика проведённых тренингов и участников и их подтверждения (скриншоты приглашений, фото) не сохраняются.',
        'Statistics of the trainings held and their participants, and the evidence (invitation screenshots, photos), are not kept.',
      ],
      false,
    ),
    [
      '§68: өткізілген оқулар мен қатысушылар статистикасы, сондай-ақ дәлелдер (шақыру скриншоттары, фотолар) сақталады.',
      '§68: статистика проведённых обучений и участников, а также подтверждения (скриншоты приглашений, фото) сохраняются.',
      '§68: statistics of the trainings and participants, and the evidence (invitation screenshots, photos), are kept.',
    ],
  ),
];

export const CONFLICT_OF_INTEREST_QUESTIONS: readonly QuestionInput[] = [
  // Annex 2, case 1
  explained(
    single(
      [
        'Қабылдау комиссиясы мүшесінің туысы лауазымға конкурсқа қатысады. Не істеу керек?',
        'Родственник члена приёмной комиссии участвует в конкурсе на должность. Что нужно сделать?',
        'A relative of a recruitment commission member competes for a post. What is to be done?',
      ],
      [
        'Комиссия мүшесі жеке мүдделілігі туралы тікелей басшысына және комиссия төрағасына жазбаша хабарлайды, ол комиссия құрамынан уақытша шығарылады',
        'Член комиссии письменно сообщает о личной заинтересованности непосредственному руководителю и председателю комиссии, его временно выводят из состава комиссии',
        'The member notifies their direct supervisor and the commission chair in writing, and is removed from the commission for the time being',
      ],
      ['Туысы үшін дауыс беру', 'Проголосовать за родственника', 'Vote for the relative'],
      [
        'Ешкімге айтпай, бейтарап болуға тырысу',
        'Никому не говорить и постараться быть объективным',
        'Tell no one and try to be objective',
      ],
    ),
    [
      '2-қосымша, 1-жағдай: комиссия мүшесі тікелей басшыға және төрағаға жазбаша хабарлайды және уақытша комиссиядан шығарылады.',
      'Приложение 2, случай 1: член комиссии письменно уведомляет непосредственного руководителя и председателя и временно выводится из комиссии.',
      'Annex 2, case 1: the member notifies the direct supervisor and the chair in writing and is removed from the commission for the time being.',
    ],
  ),
  // Annex 2, case 2
  explained(
    single(
      [
        'Бір-біріне туыс адамдар тікелей бағыныштылықты көздейтін лауазымдарға тағайындалды. Қандай шара қолданылады?',
        'Родственники назначены в прямое подчинение друг другу. Какая мера принимается?',
        'Relatives were appointed in direct subordination to each other. What is done?',
      ],
      [
        'Олардың біреуі тікелей бағыныштылықты болдырмайтын басқа лауазымға ауыстырылады, тағайындаған басшыға тәртіптік шаралар қолданылады',
        'Одного из них переводят на другую должность без прямого подчинения, к назначившему руководителю применяются дисциплинарные меры',
        'One of them is moved to a post without direct subordination, and the manager who appointed them is disciplined',
      ],
      [
        'Ештеңе, егер екеуі де жақсы жұмыс істесе',
        'Ничего, если оба хорошо работают',
        'Nothing, if both work well',
      ],
      ['Екеуінің де жалақысы көтеріледі', 'Обоим повышают зарплату', 'Both get a pay rise'],
    ),
    [
      '2-қосымша, 2-жағдай: туыстардың біреуі тікелей бағыныштылығы жоқ лауазымға ауыстырылады, оларды тағайындаған басшы тәртіптік жауапкершілікке тартылады.',
      'Приложение 2, случай 2: одного из родственников переводят на должность без прямой подчинённости, а назначившего их руководителя привлекают к дисциплинарной ответственности.',
      'Annex 2, case 2: one relative is moved to a post without direct subordination, and the manager who appointed them is disciplined.',
    ],
  ),
  // Annex 2, case 3
  explained(
    single(
      [
        'Конкурс комиссиясының мүшесі жеңімпаз болуы мүмкін компания иесінің туысы. Ол не істеуі тиіс?',
        'Член конкурсной комиссии — родственник владельца компании, которая может победить. Что он должен сделать?',
        'A tender commission member is related to the owner of a likely winner. What must they do?',
      ],
      [
        'Жеке мүдделілігі туралы тікелей басшысына жазбаша хабарлап, конкурс комиссиясының жұмысына қатысудан бас тарту',
        'Письменно уведомить непосредственного руководителя о личной заинтересованности и отказаться от участия в работе конкурсной комиссии',
        'Notify the direct supervisor in writing of the personal interest and withdraw from the tender commission',
      ],
      [
        'Туысына техникалық тапсырманы алдын ала жіберу',
        'Заранее отправить родственнику техническое задание',
        'Send the relative the technical specification in advance',
      ],
      [
        'Хаттамаға қол қойып, кейін мәлімдеу',
        'Подписать протокол, а сообщить потом',
        'Sign the minutes and report later',
      ],
    ),
    [
      '2-қосымша, 3-жағдай: жеке мүдде туралы тікелей басшыға жазбаша хабарлап, конкурстық комиссиядан шығу керек.',
      'Приложение 2, случай 3: нужно письменно сообщить непосредственному руководителю о личной заинтересованности и выйти из конкурсной комиссии.',
      'Annex 2, case 3: declare the personal interest in writing to the direct supervisor and withdraw from the tender commission.',
    ],
  ),
  // Annex 2, case 4
  explained(
    single(
      [
        'Сіз туысыңыздың компаниясынан жеткізілген тауарларды қабылдауға тиіссіз. Дұрыс әрекет қандай?',
        'Вам предстоит принять товары от компании вашего родственника. Как правильно поступить?',
        'You are to accept goods delivered by your relative’s company. What is right?',
      ],
      [
        'Тікелей басшыма жазбаша хабарлап, тауарларды қабылдауға және құжаттарға қол қоюға қатысудан бас тартамын',
        'Письменно уведомить непосредственного руководителя и отказаться от участия в приёмке и подписании документов',
        'Notify my direct supervisor in writing and withdraw from the acceptance and from signing the documents',
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
    [
      '2-қосымша, 4-жағдай: тікелей басшыға жазбаша хабарлап, қабылдаудан және құжаттарға қол қоюдан бас тарту керек.',
      'Приложение 2, случай 4: нужно письменно уведомить непосредственного руководителя и отказаться от приёмки и подписания документов.',
      'Annex 2, case 4: notify the direct supervisor in writing and withdraw from the acceptance and from signing the documents.',
    ],
  ),
  // Annex 2, case 5
  explained(
    trueFalse(
      [
        'Қызметтік міндеттерді орындау барысында белгілі болған, көпшілікке уақытша қолжетімсіз ақпаратты жеке мақсатта пайдалануға тыйым салынады.',
        'Запрещено использовать в личных целях ставшую известной по службе информацию, временно недоступную для всех.',
        'Using information learnt on duty that is temporarily not public for personal purposes is prohibited.',
      ],
      true,
    ),
    [
      '2-қосымша, 5-жағдай; §13: қызмет бабында білген, уақытша жария емес ақпаратты жеке мақсатта пайдалануға тыйым салынады.',
      'Приложение 2, случай 5; §13: использовать в личных целях служебную информацию, временно не подлежащую огласке, запрещено.',
      'Annex 2, case 5; §13: using for personal ends information learnt on duty that is not yet public is prohibited.',
    ],
  ),
  // Annex 2, case 6
  explained(
    single(
      [
        'Сізді туысыңыз жұмыс істейтін ұйымды тексеруге жіберді. Не істейсіз?',
        'Вас направили проверять организацию, где работает ваш родственник. Что делать?',
        'You are sent to inspect an organisation where your relative works. What do you do?',
      ],
      [
        'Тікелей басшыма жазбаша хабарлаймын, ол мені тексеруден шеттетеді',
        'Письменно уведомлю непосредственного руководителя, и он отстранит меня от проверки',
        'Notify my direct supervisor in writing, who removes me from the inspection',
      ],
      ['Тексеруді жұмсақ жүргіземін', 'Проведу проверку мягче', 'Carry out a lenient inspection'],
      [
        'Туысымды тексеру туралы алдын ала ескертемін',
        'Заранее предупрежу родственника',
        'Warn the relative in advance',
      ],
    ),
    [
      '2-қосымша, 6-жағдай: тікелей басшыға жазбаша хабарланады, ол жұмыскерді тексеруден шеттетеді.',
      'Приложение 2, случай 6: работник письменно уведомляет непосредственного руководителя, который отстраняет его от проверки.',
      'Annex 2, case 6: the employee notifies the direct supervisor in writing, who removes them from the inspection.',
    ],
  ),
  // Annex 2, case 7
  explained(
    single(
      [
        'Жұмыскерге қатысты қызметтік тергеуге қатысатын адамның оның нәтижесіне жеке мүддесі бар. Не істеу керек?',
        'Участник служебного расследования в отношении работника лично заинтересован в его исходе. Что делать?',
        'Someone taking part in an official investigation of an employee has a personal interest in its outcome. What is done?',
      ],
      [
        'Жеке мүдделілігі туралы жазбаша хабарлап, тергеуді жүргізуден бас тарту; ол дайындаған құжат жобалары мұқият зерделенеді',
        'Письменно сообщить о личной заинтересованности и отказаться от проведения расследования; подготовленные им проекты документов тщательно изучаются',
        'Notify the personal interest in writing and refuse to conduct it; the drafts they prepared are studied closely',
      ],
      ['Тергеуді тезірек аяқтау', 'Быстрее завершить расследование', 'Finish the investigation faster'],
      ['Ештеңе істемеу', 'Ничего не делать', 'Do nothing'],
    ),
    [
      '2-қосымша, 7-жағдай: мүдделі адам жазбаша хабарлап, тексеруден бас тартады; ол дайындаған жобалар мұқият зерделенеді.',
      'Приложение 2, случай 7: заинтересованное лицо письменно сообщает об этом и отказывается от проведения; подготовленные им проекты тщательно изучаются.',
      'Annex 2, case 7: the interested person declares it in writing and steps back; the drafts they prepared are studied closely.',
    ],
  ),
  // §15.3
  explained(
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
    [
      '§15.3: жауапты бөлімше хабарламаны қарап, 10 жұмыс күні ішінде басшылыққа қорытынды береді.',
      '§15.3: ответственное подразделение рассматривает уведомление и в течение 10 рабочих дней даёт руководству заключение.',
      '§15.3: the responsible unit examines the notice and gives management its conclusion within 10 working days.',
    ],
  ),
  // §15.4
  explained(
    multiple(
      [
        'Мүдделер қақтығысы анықталса, басшылық қандай шаралар қолдана алады?',
        'Какие меры может принять руководство при наличии конфликта интересов?',
        'Which measures can management take when a conflict of interest exists?',
      ],
      [
        ['Мәселені басқа адамға беру', 'Передать вопрос другому лицу', 'Hand the matter to another person'],
        [
          'Жұмыскердің лауазымдық міндеттерін өзгерту',
          'Изменить должностные обязанности работника',
          'Change the employee’s official duties',
        ],
      ],
      [
        ['Ештеңе істемеу', 'Ничего не предпринимать', 'Do nothing'],
        ['Хабарламаны жасыру', 'Скрыть уведомление', 'Hide the notice'],
      ],
    ),
    [
      '§15.4: басшылық істі басқа адамға бере алады немесе жұмыскердің лауазымдық міндеттерін өзгерте алады; жұмыстан шығару бұл шаралардың қатарында жоқ.',
      '§15.4: руководство может передать дело другому лицу или изменить должностные обязанности работника; увольнение к этим мерам не относится.',
      "§15.4: management can hand the matter to another person or change the employee's duties; dismissal is not among these measures.",
    ],
  ),
  // §15.6
  explained(
    single(
      [
        'Мүдделер қақтығысын болдырмау және реттеу мүмкін болмаса, жұмыскер мүдделер қақтығысына жол бермейтін тең дәрежелі лауазымға қандай мерзімде тағайындалады?',
        'В какой срок работник назначается на равнозначную должность, исключающую конфликт интересов, если конфликт невозможно предотвратить и урегулировать?',
        'Within what time is the employee appointed to an equivalent post that rules out the conflict, if it can be neither prevented nor settled?',
      ],
      [
        'Анықталған сәттен бастап 3 айдан кешіктірілмей',
        'Не позднее 3 месяцев с момента выявления',
        'No later than 3 months after it is identified',
      ],
      ['3 жыл ішінде', 'В течение 3 лет', 'Within 3 years'],
      ['Ауыстырылмайды', 'Не переводится', 'Never'],
    ),
    [
      '§15.6: қақтығысты болдырмау немесе реттеу мүмкін болмаса, жұмыскер ол анықталғаннан кейін 3 айдан кешіктірілмей балама лауазымға ауыстырылады.',
      '§15.6: если конфликт нельзя предотвратить или урегулировать, работника не позднее 3 месяцев после выявления переводят на равнозначную должность.',
      '§15.6: if the conflict can be neither prevented nor settled, the employee moves to an equivalent post no later than 3 months after it is identified.',
    ],
  ),
  // §15.5
  explained(
    single(
      [
        'Бірінші басшының өзінде мүдделер қақтығысы болса, шешімді кім қабылдайды?',
        'Кто принимает решение, если конфликт интересов у самого первого руководителя?',
        'Who decides when the first head is the one with the conflict?',
      ],
      [
        'Оның орынбасары немесе уәкілетті адам',
        'Его заместитель или уполномоченное лицо',
        'Their deputy or another authorised person',
      ],
      ['Бірінші басшының өзі', 'Сам первый руководитель', 'The first head personally'],
      ['Мүдделі жабдықтаушы', 'Заинтересованный поставщик', 'The interested supplier'],
    ),
    [
      '§15.5: қақтығыс бірінші басшыда болса, шешімді оның орынбасары немесе өзге уәкілетті адам қабылдайды.',
      '§15.5: если конфликт у первого руководителя, решение принимает его заместитель или иное уполномоченное лицо.',
      '§15.5: when the first head has the conflict, a deputy or another authorised person decides.',
    ],
  ),
  // §15.1
  explained(
    trueFalse(
      [
        'Мүдделер қақтығысы туралы тікелей басшыны не ұйым басшылығын және сыбайлас жемқорлықтың алдын алуға жауапты адамды жазбаша хабардар ету керек.',
        'О конфликте интересов нужно письменно уведомить непосредственного руководителя либо руководство организации и лицо, ответственное за противодействие коррупции.',
        'A conflict of interest is to be reported in writing to the direct supervisor or management and to the person responsible for corruption prevention.',
      ],
      true,
    ),
    [
      '§15.1: жұмыскер қақтығыс туындаған немесе туындауы мүмкін болған сәтте тікелей басшыға және жауапты адамға жазбаша хабарлайды.',
      '§15.1: работник письменно уведомляет непосредственного руководителя и ответственное лицо, как только конфликт возник или может возникнуть.',
      '§15.1: the employee notifies the direct supervisor and the responsible person in writing as soon as a conflict arises or may arise.',
    ],
  ),
  // §19
  explained(
    single(
      [
        'Мүдделер қақтығысының үлгілік жағдайлары бойынша оқыту іс-шаралары қаншалықты жиі өткізіледі?',
        'Как часто проводится обучение по типовым ситуациям конфликта интересов?',
        'How often is training on the typical conflict-of-interest situations held?',
      ],
      ['Жарты жылда кемінде 1 рет', 'Не реже 1 раза в полугодие', 'At least once every half-year'],
      ['Үш жылда бір рет', 'Раз в три года', 'Once every three years'],
      ['Тек тексеруден кейін', 'Только после проверки', 'Only after an inspection'],
    ),
    [
      '§19: жауапты бөлімше мүдделер қақтығысының үлгілік жағдайлары бойынша кемінде жарты жылда бір рет оқыту өткізеді.',
      '§19: ответственное подразделение проводит обучение по типичным ситуациям конфликта интересов не реже раза в полугодие.',
      '§19: the responsible unit trains on the typical conflict-of-interest situations at least once every half-year.',
    ],
  ),
  // §15, Annex 2
  explained(
    trueFalse(
      [
        '2-қосымшадағы мүдделер қақтығысының үлгілік жағдайлары түпкілікті болып табылады.',
        'Типовые ситуации конфликта интересов в Приложении 2 являются исчерпывающими.',
        'The typical conflict-of-interest situations of Annex 2 are exhaustive.',
      ],
      false,
    ),
    [
      '§15, 2-қосымша: үлгілік жағдайлар тек мысал ретінде берілген, тізім толық емес — басқа жағдайларда да сол тәртіп қолданылады.',
      '§15, Приложение 2: типичные ситуации приведены как примеры, перечень не исчерпывающий — в других случаях действует тот же порядок.',
      '§15, Annex 2: the typical situations are examples, not an exhaustive list; the same procedure applies to other cases.',
    ],
  ),
  // §16
  explained(
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
    [
      '§16: қызметтен кеткен мемлекеттік қызметші бір жыл бойы өзі тексерген немесе өз құзыретіндегі коммерциялық ұйымда жұмыс істей алмайды.',
      '§16: уволившийся государственный служащий в течение одного года не вправе работать в коммерческой организации, которую он проверял или которая входила в его компетенцию.',
      '§16: for one year a former civil servant may not work for a commercial organisation they inspected or that was within their competence.',
    ],
  ),
  // §20
  explained(
    trueFalse(
      [
        'Ресми кездесулерде тек ресми сыйлықтарды (кітаптар, логотипі бар кәдесыйлар) қабылдауға болады.',
        'На официальных встречах можно принимать только официальные подарки (книги, сувениры с логотипом).',
        'At official meetings only official gifts (books, logo souvenirs) may be accepted.',
      ],
      true,
    ),
    [
      '§20: ресми кездесулерде тек ресми сыйлықтар (кітаптар, логотипі бар кәдесыйлар, мемлекеттік рәміздері бар заттар) қабылданады.',
      '§20: на официальных встречах принимаются только официальные подарки (книги, сувениры с логотипом, предметы с государственной символикой).',
      '§20: at official meetings only official gifts (books, logo souvenirs, items with state symbols) may be accepted.',
    ],
  ),
  // Annex 2, cases 3, 6 and 2
  explained(
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
          [
            'Конкурс комиссиясының жұмысына қатысудан бас тарту',
            'Отказ от участия в работе конкурсной комиссии',
            'Withdraw from the tender commission',
          ],
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
          [
            'Біреуін тікелей бағыныштылық жоқ лауазымға ауыстыру',
            'Перевод одного из них на должность без прямого подчинения',
            'Move one of them to a post without direct subordination',
          ],
        ],
      ],
    ),
    [
      '2-қосымша, 3, 6 және 2-жағдайлар: туысының компаниясы қатысса — комиссиядан шығу, тексерілетін органда туысы болса — тексеруден шеттету, тікелей бағыныштылық болса — біреуін ауыстыру.',
      'Приложение 2, случаи 3, 6 и 2: компания родственника участвует — выйти из комиссии; родственник в проверяемом органе — отстранение от проверки; прямая подчинённость — перевести одного из них.',
      "Annex 2, cases 3, 6 and 2: a relative's company bids — withdraw from the commission; a relative at the inspected body — removal from the inspection; direct subordination — move one of them.",
    ],
  ),
  // §4, §18
  explained(
    trueFalse(
      [
        'Шақырушы тарап қатыспайтын мейрамханадағы кешкі ас сыйлық болып саналады.',
        'Ужин в ресторане без участия приглашающей стороны считается подарком.',
        'A restaurant dinner the inviting party does not attend counts as a gift.',
      ],
      true,
    ),
    [
      '§4, §18: шақырушы тарап қатыспаған қонақжайлылық сыйлық болып саналады.',
      '§4, §18: гостеприимство без участия приглашающей стороны считается подарком.',
      '§4, §18: hospitality without the inviting party taking part counts as a gift.',
    ],
  ),
  // §13, §15.1
  explained(
    single(
      [
        'Жабдықтаушы сізге бөлімшеңізге қызмет көрсететін компаниядан үлес ұсынды. Алдымен не істейсіз?',
        'Поставщик предложил вам долю в компании, обслуживающей ваше подразделение. Что сделать прежде всего?',
        'A supplier offers you a share in a company serving your unit. What do you do first?',
      ],
      [
        'Бас тартып, тікелей басшыма және комплаенс-қызметке жазбаша хабарлаймын',
        'Откажусь и письменно сообщу руководителю и комплаенс-службе',
        'Refuse and report in writing to my direct supervisor and the compliance service',
      ],
      [
        'Үлесті жұбайымның атына ресімдеймін',
        'Оформлю долю на супруга',
        'Register the share in my spouse’s name',
      ],
      ['Келісемін, бұл заңды бизнес', 'Соглашусь, это законный бизнес', 'Accept, it is a legal business'],
    ),
    [
      '§13, §15.1: мұндай үлес мүдделер қақтығысын тудырады — одан бас тартып, тікелей басшыға және комплаенс-қызметке жазбаша хабарлау керек.',
      '§13, §15.1: такая доля создаёт конфликт интересов — от неё нужно отказаться и письменно сообщить непосредственному руководителю и комплаенс-службе.',
      '§13, §15.1: such a stake creates a conflict of interest: refuse it and report in writing to the direct supervisor and the compliance service.',
    ],
  ),
  // Annex 2, case 1: besides relatives, the people a personal interest ties one to
  explained(
    multiple(
      [
        '2-қосымша туыстардан бөлек «жеке мүдделілікпен байланысты өзге адамдарды» атайды. Оларға кімдер жатады?',
        'Приложение 2 помимо родственников называет «иных лиц, связанных личной заинтересованностью». Кто к ним относится?',
        'Besides relatives, Annex 2 names “other persons connected by personal interest”. Who are they?',
      ],
      [
        ['Досы', 'Друг', 'A friend'],
        ['Сыныптасы немесе курстасы', 'Одноклассник или однокурсник', 'A classmate or fellow student'],
        ['Бұрынғы бизнес-серіктесі', 'Бывший бизнес-партнёр', 'A former business partner'],
        ['Әріптесі', 'Коллега', 'A colleague'],
      ],
      [
        [
          'Ешкім: 2-қосымша тек туыстарды қамтиды',
          'Никто: Приложение 2 касается только родственников',
          'No one: Annex 2 covers relatives only',
        ],
      ],
    ),
    [
      '2-қосымша, 1-жағдай: туыстардан басқа дос, сыныптас немесе курстас, бұрынғы серіктес, әріптес сияқты жеке мүддемен байланысты адамдар да қақтығыс тудырады.',
      'Приложение 2, случай 1: помимо родственников конфликт создают и лица, связанные личной заинтересованностью, — друг, одноклассник или однокурсник, бывший партнёр, коллега.',
      'Annex 2, case 1: besides relatives, people tied by personal interest — a friend, a classmate, a former partner, a colleague — also create a conflict.',
    ],
  ),
];

export const PROCUREMENT_QUESTIONS: readonly QuestionInput[] = [
  // §46
  explained(
    trueFalse(
      [
        'Сатып алу рәсімдері сыбайлас жемқорлық тәуекелі жоғары аймақ болып табылады.',
        'Закупочные процедуры являются зоной высокого коррупционного риска.',
        'Procurement procedures are a zone of high corruption risk.',
      ],
      true,
    ),
    [
      '§46: сатып алу — сыбайлас жемқорлық тәуекелі жоғары аймақ, ол тәуекелдер картасына енгізіледі.',
      '§46: закупки — зона высокого коррупционного риска, и они включаются в карты рисков.',
      '§46: procurement is a zone of high corruption risk and belongs on the risk maps.',
    ],
  ),
  // §49
  explained(
    single(
      [
        'Бір көзден тікелей шарт жасасу арқылы сатып алу қашан жүзеге асырылады?',
        'Когда осуществляется закупка из одного источника путём прямого заключения договора?',
        'When is a single-source purchase by a direct contract made?',
      ],
      [
        'Тек төтенше және ерекше жағдайларда ғана',
        'Только в чрезвычайных и исключительных случаях',
        'Only in emergency and exceptional cases',
      ],
      ['Әрқашан, бұл ең жылдам', 'Всегда, так быстрее', 'Always, it is faster'],
      ['Жабдықтаушы таныс болса', 'Если поставщик знаком', 'When the supplier is an acquaintance'],
    ),
    [
      '§49: бәсекелі тәсілдерге басымдық беріледі; бір көзден сатып алу тек төтенше және ерекше жағдайларда жасалады.',
      '§49: предпочтение отдаётся конкурентным способам; закупка из одного источника допускается только в чрезвычайных и исключительных случаях.',
      '§49: competitive methods come first; a single-source purchase is made only in emergency and exceptional cases.',
    ],
  ),
  // §49
  explained(
    multiple(
      [
        'Бәсекелестік сатып алу тәсілдеріне не жатады?',
        'Что относится к конкурентным способам закупок?',
        'Which are competitive procurement methods?',
      ],
      [
        ['Конкурс', 'Конкурс', 'Tender'],
        ['Аукцион', 'Аукцион', 'Auction'],
        ['Баға ұсыныстарын сұрату', 'Запрос ценовых предложений', 'Request for price quotations'],
        [
          'Электрондық дүкен арқылы сатып алу',
          'Закупка через электронный магазин',
          'Purchase through the e-shop',
        ],
      ],
      [['Бір көзден сатып алу', 'Закупка из одного источника', 'Single-source purchase']],
    ),
    [
      '§49: конкурс, аукцион, баға ұсыныстарын сұрату және электрондық дүкен арқылы сатып алу — бәсекелі тәсілдер.',
      '§49: конкурс, аукцион, запрос ценовых предложений и закупка через электронный магазин — конкурентные способы.',
      '§49: tender, auction, request for price quotations and the e-shop are the competitive methods.',
    ],
  ),
  // §52.3
  explained(
    single(
      [
        'Сатып алу процесіне қатысатын жұмыскерлер өзекті тақырыптар бойынша қаншалықты жиі оқытылады?',
        'Как часто работники, участвующие в процессе закупок, обучаются по актуальным темам?',
        'How often are the staff taking part in procurement trained on current topics?',
      ],
      ['Кемінде жарты жылда бір рет', 'Не реже одного раза в полугодие', 'At least once every half-year'],
      ['Бес жылда бір рет', 'Раз в пять лет', 'Once every five years'],
      ['Оқыту міндетті емес', 'Обучение не обязательно', 'Training is optional'],
    ),
    [
      '§52.3: сатып алуға қатысатын жұмыскерлер өзекті тақырыптар бойынша кемінде жарты жылда бір рет оқытылады.',
      '§52.3: работники, участвующие в закупках, обучаются по актуальным темам не реже раза в полугодие.',
      '§52.3: staff taking part in procurement are trained on current topics at least once every half-year.',
    ],
  ),
  // §52.4
  explained(
    single(
      [
        'Келісімшарттың немесе оның елеулі бөлігінің бір ұйымға немесе байланысты ұйымдарға берілу фактілері қаншалықты жиі талданады?',
        'Как часто анализируются факты передачи договора или его существенной части одной или связанным организациям?',
        'How often are contracts, or significant parts of them, awarded to one organisation or related organisations analysed?',
      ],
      ['Жылына бір рет', 'Один раз в год', 'Once a year'],
      ['Он жылда бір рет', 'Раз в десять лет', 'Once every ten years'],
      ['Ешқашан', 'Никогда', 'Never'],
    ),
    [
      '§52.4: бір ұйымға немесе үлестес ұйымдарға берілген шарттар жылына бір рет талданады.',
      '§52.4: договоры, заключённые с одной организацией или аффилированными организациями, анализируются раз в год.',
      '§52.4: contracts awarded to one organisation or related organisations are analysed once a year.',
    ],
  ),
  // §52.4
  explained(
    single(
      [
        'Келісімшарттарды талдау аяқталғаннан кейін оның нәтижелері бірінші басшыға қандай мерзімде хабарланады?',
        'В какой срок после завершения анализа договоров результаты докладываются первому руководителю?',
        'Within what time after finishing the contract analysis is the first head informed?',
      ],
      ['3 күн ішінде', 'В течение 3 дней', 'Within 3 days'],
      ['3 ай ішінде', 'В течение 3 месяцев', 'Within 3 months'],
      ['Келесі жылы', 'В следующем году', 'Next year'],
    ),
    [
      '§52.4: талдау аяқталғаннан кейін 3 күн ішінде бірінші басшыға хабарланады.',
      '§52.4: о результатах первый руководитель информируется в течение 3 дней после завершения анализа.',
      '§52.4: the first head is informed within 3 days after the analysis is finished.',
    ],
  ),
  // §52.2
  explained(
    single(
      [
        'Сатып алудың тиімділігін өлшейтін қай көрсеткіш төмендеуі тиіс?',
        'Какой показатель эффективности закупок должен снижаться?',
        'Which procurement efficiency indicator should go down?',
      ],
      [
        'Бір көзден сатып алу үлесі',
        'Доля закупок из одного источника',
        'The share of single-source purchases',
      ],
      [
        'Бәсекелестік тәсілдермен сатып алу үлесі',
        'Доля закупок конкурентными способами',
        'The share of competitive purchases',
      ],
      ['Конкурсқа қатысушылар саны', 'Число участников конкурсов', 'The number of bidders'],
    ),
    [
      '§52.2: бір көзден сатып алу үлесі азаюы, ал бәсекелі тәсілдер үлесі өсуі тиіс.',
      '§52.2: доля закупок из одного источника должна снижаться, а доля конкурентных способов — расти.',
      '§52.2: the share of single-source purchases should go down and the share of competitive methods up.',
    ],
  ),
  // §50
  explained(
    trueFalse(
      [
        'Баға ұсыныстарын сұратуда веб-портал ұсыныстарды автоматты түрде салыстырады, сондықтан бұл сыбайлас жемқорлық ықтималдығы төмен тәсіл.',
        'При запросе ценовых предложений веб-портал сравнивает предложения автоматически, поэтому это способ с низкой вероятностью коррупции.',
        'In a request for price quotations the web portal compares offers automatically, so it carries a low likelihood of corruption.',
      ],
      true,
    ),
    [
      '§50: баға ұсыныстарын сұратуда портал ұсыныстарды автоматты салыстырады, сондықтан сыбайлас жемқорлық ықтималдығы төмен.',
      '§50: при запросе ценовых предложений портал сравнивает предложения автоматически, поэтому вероятность коррупции низкая.',
      '§50: in a request for price quotations the portal compares offers automatically, so the likelihood of corruption is low.',
    ],
  ),
  // §51
  explained(
    trueFalse(
      [
        'Конкурсқа қатысушыларға тапсырыс берушінің және комиссиялардың шешімдеріне шағым жасау құқығын түсіндіру қажет емес.',
        'Участникам конкурса не нужно разъяснять право обжаловать решения заказчика и комиссий.',
        'Bidders need not be told of their right to appeal the decisions of the buyer and the commissions.',
      ],
      false,
    ),
    [
      '§51: әлеуетті өнім берушілерге тапсырыс берушінің және комиссиялардың шешімдеріне шағым жасау құқығы түсіндірілуі тиіс.',
      '§51: потенциальным поставщикам нужно разъяснять их право обжаловать решения заказчика и комиссий.',
      '§51: bidders must be told of their right to appeal the decisions of the buyer and the commissions.',
    ],
  ),
  // §51, §52.1
  explained(
    single(
      [
        'Жоғары тәуекел тобына жататын сатып алу бойынша тауарларды қабылдау кезінде кімді тарту ұсынылады?',
        'Кого рекомендуется привлекать при приёмке товаров по закупкам группы высокого риска?',
        'Whom should the acceptance of goods from high-risk purchases involve?',
      ],
      [
        'Қоғамдық мониторинг үшін қоғамдық бақылау субъектілерін',
        'Субъектов общественного контроля для общественного мониторинга',
        'Public control bodies, for public monitoring',
      ],
      ['Тек жабдықтаушыны', 'Только поставщика', 'Only the supplier'],
      ['Ешкімді', 'Никого', 'No one'],
    ),
    [
      '§51, §52.1: тәуекелі жоғары сатып алудың тауарын қабылдауға қоғамдық мониторинг үшін қоғамдық бақылау субъектілері тартылады.',
      '§51, §52.1: к приёмке товаров по закупкам высокого риска привлекаются субъекты общественного контроля для общественного мониторинга.',
      '§51, §52.1: public control bodies take part in accepting goods from high-risk purchases, for public monitoring.',
    ],
  ),
  // §70.12
  explained(
    single(
      [
        'Жабдықтаушы тендерді төмендетілген құнмен жеңіп алды, содан кейін құнын арттыру үшін қосымша келісімдер жасалды. Бұл не?',
        'Поставщик выиграл тендер по заниженной цене, а затем цена была увеличена дополнительными соглашениями. Что это?',
        'A supplier won a tender at a reduced price, and supplementary agreements then raised it. What is this?',
      ],
      [
        'Жабдықтаушылардың сенімділігін тексеру кезінде талданатын жағдай',
        'Случай, который анализируется при проверке благонадёжности поставщиков',
        'A case that supplier due diligence analyses',
      ],
      [
        'Қалыпты тәжірибе, назар аударуды қажет етпейді',
        'Обычная практика, не требующая внимания',
        'Normal practice that needs no attention',
      ],
      [
        'Келесі шартты конкурссыз беруге негіз',
        'Основание заключить следующий договор без конкурса',
        'A reason to award the next contract without competition',
      ],
    ),
    [
      '§70.12: төмендетілген бағамен ұтып, кейін қосымша келісімдермен бағасы өсірілген шарттар жеткізушілерді тексеруде талданады.',
      '§70.12: договоры, выигранные по сниженной цене и затем увеличенные дополнительными соглашениями, анализируются при проверке поставщиков.',
      '§70.12: contracts won at a reduced price and then raised by supplementary agreements are analysed in supplier due diligence.',
    ],
  ),
  // §52.4, §70: what the yearly contract analysis and supplier due diligence look for
  explained(
    multiple(
      [
        'Сатып алудағы сыбайлас жемқорлық тәуекелінің қандай белгілері талданады?',
        'Какие признаки коррупционного риска в закупках анализируются?',
        'Which signs of corruption risk in procurement are analysed?',
      ],
      [
        [
          'Келісімшарттың немесе оның елеулі бөлігінің бір ұйымға немесе байланысты ұйымдарға берілуі',
          'Передача договора или его существенной части одной или связанным организациям',
          'A contract or a significant part of it going to one organisation or related organisations',
        ],
        [
          'Қосалқы мердігерлердің ең көп саны тартылатын жағдайлар',
          'Случаи с наибольшим числом привлечённых субподрядчиков',
          'Cases with the most subcontractors',
        ],
        [
          'Ұйым басшыларының жабдықтаушылардың құрылтайшыларымен сәйкес келуі',
          'Совпадение руководителей организации с учредителями поставщиков',
          'The organisation’s managers matching suppliers’ founders',
        ],
      ],
      [
        [
          'Баға ұсыныстарын сұрату арқылы сатып алу',
          'Закупка способом запроса ценовых предложений',
          'A purchase by request for price quotations',
        ],
      ],
    ),
    [
      '§52.4, §70: бір ұйымға шарттардың шоғырлануы, қосалқы мердігерлері ең көп жағдайлар және басшылардың жеткізуші құрылтайшыларымен сәйкес келуі талданады.',
      '§52.4, §70: анализируются концентрация договоров у одной организации, случаи с наибольшим числом субподрядчиков и совпадение руководителей с учредителями поставщиков.',
      "§52.4, §70: contracts concentrated in one organisation, the cases with most subcontractors and managers matching suppliers' founders are analysed.",
    ],
  ),
  // §47
  explained(
    trueFalse(
      [
        'Электрондық сатып алу жүйелерін енгізу сатып алудағы сыбайлас жемқорлықты төмендетуге ықпал етеді.',
        'Внедрение систем электронных закупок способствует снижению коррупции в закупках.',
        'Introducing e-procurement systems helps reduce corruption in procurement.',
      ],
      true,
    ),
    [
      '§47: электрондық сатып алу жүйелері рәсімдерді ашық етіп, сыбайлас жемқорлықты азайтады.',
      '§47: системы электронных закупок делают процедуры прозрачными и снижают коррупцию.',
      '§47: e-procurement makes the procedures transparent and reduces corruption.',
    ],
  ),
  // Annex 2, case 3
  explained(
    trueFalse(
      [
        'Конкурс комиссиясының мүшесі туысының компаниясы қатысатын конкурста, егер бейтарап болса, дауыс бере алады.',
        'Член конкурсной комиссии может голосовать в конкурсе с участием компании родственника, если он объективен.',
        'A tender commission member may vote in a tender with a relative’s company if they stay objective.',
      ],
      false,
    ),
    [
      '2-қосымша, 3-жағдай: объективтілікке қарамастан, туысының компаниясы қатысатын конкурста дауыс беруге болмайды — комиссиядан шығу керек.',
      'Приложение 2, случай 3: независимо от объективности голосовать в конкурсе с участием компании родственника нельзя — нужно выйти из комиссии.',
      "Annex 2, case 3: objective or not, a member may not vote in a tender with a relative's company; they withdraw from the commission.",
    ],
  ),
  // §17
  explained(
    single(
      [
        'Жабдықтаушы конкурс кезінде сізге қымбат сыйлық жіберді. Не істейсіз?',
        'Поставщик во время конкурса прислал вам дорогой подарок. Что делать?',
        'A supplier sends you an expensive gift during a tender. What do you do?',
      ],
      [
        'Қабылдамай, комплаенс-қызметке хабарлаймын',
        'Не принимаю и сообщаю в комплаенс-службу',
        'Decline it and inform the compliance service',
      ],
      ['Конкурстан кейін қабылдаймын', 'Приму после конкурса', 'Accept after the tender'],
      ['Әріптестерге бөліп беремін', 'Раздам коллегам', 'Share it with colleagues'],
    ),
    [
      '§17: конкурс кезіндегі жеткізушінің сыйлығы шешімге ықпал етуге бағытталған — одан бас тартып, комплаенс-қызметке хабарлау керек.',
      '§17: подарок поставщика во время конкурса направлен на влияние на решение — от него нужно отказаться и сообщить комплаенс-службе.',
      "§17: a supplier's gift during a tender aims to sway the decision: decline it and inform the compliance service.",
    ],
  ),
  // §46
  explained(
    trueFalse(
      [
        'Сатып алу процестері ұйымның сыбайлас жемқорлық тәуекелдерінің картасына енгізілуі тиіс.',
        'Процессы закупок должны быть включены в карту коррупционных рисков организации.',
        'Procurement processes belong on the organisation’s corruption risk map.',
      ],
      true,
    ),
    [
      '§46: сатып алу тәуекелі жоғары процесс болғандықтан, ұйымның сыбайлас жемқорлық тәуекелдері картасына енгізіледі.',
      '§46: закупки — процесс высокого риска и поэтому включаются в карту коррупционных рисков организации.',
      "§46: procurement is a high-risk process and therefore belongs on the organisation's corruption risk map.",
    ],
  ),
  // §52.4
  explained(
    trueFalse(
      [
        'Келісімшарттарды талдау кезінде анықталған құқық бұзушылық белгілері бар фактілер туралы уәкілетті органдарға хабарланады.',
        'О фактах с признаками правонарушений, выявленных при анализе договоров, сообщается в уполномоченные органы.',
        'Facts showing signs of an offence found in the contract analysis are reported to the authorities.',
      ],
      true,
    ),
    [
      '§52.4: шарттарды талдауда анықталған құқық бұзушылық белгілері бар фактілер құқық қорғау органдарына хабарланады.',
      '§52.4: факты с признаками правонарушений, выявленные при анализе договоров, сообщаются в правоохранительные органы.',
      '§52.4: facts with signs of an offence found in the contract analysis are reported to the authorities.',
    ],
  ),
  // §50
  explained(
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
    [
      '§50: конкурстарда рейтингтік-балдық жүйе ұсынылады — бағалау өлшемдері алдын ала белгілі және тексеріледі.',
      '§50: для конкурсов рекомендуется рейтингово-балльная система — критерии оценки известны заранее и проверяемы.',
      '§50: a rating-points system is recommended for tenders, so the criteria are known in advance and can be checked.',
    ],
  ),
  // §50: low likelihood of corruption; §70.1: single source picks out high-risk suppliers
  explained(
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
    [
      '§50, §70.1: бір көзден сатып алу — тәуекелі жоғары, баға ұсыныстарын сұрату — тәуекелі төмен тәсіл.',
      '§50, §70.1: закупка из одного источника — высокий риск, запрос ценовых предложений — низкий риск.',
      '§50, §70.1: a single-source purchase carries a high risk, a request for price quotations a low one.',
    ],
  ),
  // §47
  explained(
    single(
      [
        'Сатып алудағы сыбайлас жемқорлықты азайтатын фактор қайсы?',
        'Какой фактор снижает коррупцию в закупках?',
        'Which factor reduces corruption in procurement?',
      ],
      [
        'Стандартталған рәсімдер және жұмыскерлердің біліктілігі',
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
    [
      '§47: стандартталған рәсімдер мен білікті персонал сатып алудағы сыбайлас жемқорлықты азайтады.',
      '§47: стандартизированные процедуры и квалифицированный персонал снижают коррупцию в закупках.',
      '§47: standardised procedures and qualified staff reduce corruption in procurement.',
    ],
  ),
];

/** §68: one question or more on each thing the induction material is to tell new employees. */
export const INDUCTION_QUESTIONS: readonly QuestionInput[] = [
  // §68
  explained(
    single(
      [
        'Жаңадан қабылданған жұмыскер комплаенс бойынша тренингтен қашан өтуі тиіс?',
        'Когда новый работник должен пройти тренинг по комплаенсу?',
        'When must a new employee complete compliance training?',
      ],
      [
        'Жұмысқа қабылданғаннан кейін алғашқы 3 ай ішінде',
        'В течение первых 3 месяцев после приёма на работу',
        'Within the first 3 months after hiring',
      ],
      ['Алғашқы 3 жыл ішінде', 'В течение первых 3 лет', 'Within the first 3 years'],
      ['Бірінші аттестациядан кейін', 'После первой аттестации', 'After the first appraisal'],
      ['Өз қалауы бойынша', 'По желанию', 'Whenever they wish'],
    ),
    [
      '§68: жаңа жұмыскер комплаенс-оқудан жұмысқа қабылданғаннан кейінгі алғашқы 3 айда өтеді.',
      '§68: новый работник проходит комплаенс-обучение в течение первых 3 месяцев после приёма на работу.',
      '§68: a new employee completes compliance training within the first 3 months after hiring.',
    ],
  ),
  // §68
  explained(
    trueFalse(
      [
        'Комплаенс бойынша оқуды кеш немесе толық аяқтамау сынақ мерзімінің нәтижелерін бағалауға әсер етуі мүмкін.',
        'Позднее или неполное прохождение обучения по комплаенсу может повлиять на оценку итогов испытательного срока.',
        'Finishing compliance training late or not at all may affect the assessment at the end of probation.',
      ],
      true,
    ),
    [
      '§68: оқуды кешіктіру немесе өтпеу сынақ мерзімінің қорытындысына әсер етуі мүмкін.',
      '§68: несвоевременное прохождение или непрохождение обучения может повлиять на итоги испытательного срока.',
      '§68: finishing the training late or not at all may affect the result of the probation.',
    ],
  ),
  // §54: why the programme exists
  explained(
    single(
      [
        'Сыбайлас жемқорлыққа қарсы комплаенс бағдарламасының негізгі мақсаты қандай?',
        'Какова основная цель антикоррупционной комплаенс-программы?',
        'What is the main goal of the anti-corruption compliance programme?',
      ],
      [
        'Шешім қабылдау және ұйым қызметінің негізгі бағыттарын жүзеге асыру кезінде сыбайлас жемқорлыққа қарсы мәдениетті қалыптастыру',
        'Формирование антикоррупционной культуры при принятии решений и в основных направлениях деятельности организации',
        'An anti-corruption culture in decisions and in the organisation’s main lines of work',
      ],
      [
        'Бұзушыларды тек оқиғадан кейін жазалау',
        'Только наказывать нарушителей после случившегося',
        'Only punishing offenders after the fact',
      ],
      ['Ішкі аудиттің орнын басу', 'Заменить внутренний аудит', 'Replacing internal audit'],
    ),
    [
      '§54: бағдарламаның мақсаты — шешімдер қабылдауда және ұйым қызметінің негізгі бағыттарында сыбайлас жемқорлыққа қарсы мәдениет.',
      '§54: цель программы — антикоррупционная культура при принятии решений и в основных направлениях деятельности организации.',
      "§54: the programme aims at an anti-corruption culture in decisions and in the organisation's main lines of work.",
    ],
  ),
  // §54
  explained(
    trueFalse(
      [
        '«Сыбайлас жемқорлыққа қарсы іс-қимыл туралы» Заң квазимемлекеттік сектордың барлық субъектілеріне сыбайлас жемқорлыққа қарсы комплаенс-қызметті енгізуді талап етеді.',
        'Закон «О противодействии коррупции» требует от всех субъектов квазигосударственного сектора внедрить антикоррупционную комплаенс-службу.',
        'The Law “On Combating Corruption” requires every quasi-public sector entity to set up an anti-corruption compliance service.',
      ],
      true,
    ),
    [
      '§54: «Сыбайлас жемқорлыққа қарсы іс-қимыл туралы» Заң квазимемлекеттік сектордың әр субъектісінен комплаенс-қызмет құруды талап етеді.',
      '§54: Закон «О противодействии коррупции» обязывает каждый субъект квазигосударственного сектора создать антикоррупционную комплаенс-службу.',
      '§54: the Law "On Combating Corruption" requires every quasi-public sector entity to set up an anti-corruption compliance service.',
    ],
  ),
  // §31: the values to follow
  explained(
    multiple(
      [
        'Сыбайлас жемқорлыққа қарсы мәдениет қандай құндылықтарға сүйенеді?',
        'На какие ценности опирается антикоррупционная культура?',
        'Which values does an anti-corruption culture rest on?',
      ],
      [
        ['Айқындық', 'Прозрачность', 'Transparency'],
        ['Адалдық', 'Честность', 'Integrity'],
        ['Есеп берушілік', 'Подотчётность', 'Accountability'],
      ],
      [['Шешімдердің жабықтығы', 'Закрытость решений', 'Secrecy of decisions']],
    ),
    [
      '§31: сыбайлас жемқорлыққа қарсы мәдениет ашықтыққа, адалдыққа және есептілікке негізделеді.',
      '§31: антикоррупционная культура основана на прозрачности, честности и подотчётности.',
      '§31: an anti-corruption culture rests on transparency, integrity and accountability.',
    ],
  ),
  // §69: the hotline and its purpose
  explained(
    single(
      ['Сенім желісі не үшін керек?', 'Для чего нужна линия доверия?', 'What is the hotline for?'],
      [
        'Жұмыскерлер мен жабдықтаушылар іскерлік әдеп кодексінің ықтимал немесе нақты бұзушылықтары туралы хабарлау үшін',
        'Чтобы работники и поставщики сообщали о возможных или фактических нарушениях кодекса деловой этики',
        'For employees and suppliers to report possible or actual breaches of the code of business ethics',
      ],
      [
        'Жеке дауларды шешу және кек алу үшін',
        'Для решения личных споров и сведения счётов',
        'For settling personal disputes and scores',
      ],
      [
        'Тек басшылардың бұйрықтарын тарату үшін',
        'Только для рассылки распоряжений руководства',
        'Only for sending out management’s orders',
      ],
    ),
    [
      '§69: сенім желісі арқылы жұмыскерлер мен жеткізушілер іскерлік әдеп кодексін ықтимал немесе нақты бұзу туралы хабарлайды.',
      '§69: через линию доверия работники и поставщики сообщают о возможных или фактических нарушениях кодекса деловой этики.',
      '§69: through the hotline employees and suppliers report possible or actual breaches of the code of business ethics.',
    ],
  ),
  // §69
  explained(
    single(
      [
        'Сенім желісіне өтініш бергеннен кейін алғашқы кері байланыс қандай мерзімде келеді?',
        'В какой срок приходит первичная обратная связь по обращению на линию доверия?',
        'Within what time does the first feedback on a hotline report come?',
      ],
      ['24 сағат ішінде', 'В течение 24 часов', 'Within 24 hours'],
      ['10 жұмыс күні ішінде', 'В течение 10 рабочих дней', 'Within 10 working days'],
      ['3 ай ішінде', 'В течение 3 месяцев', 'Within 3 months'],
    ),
    [
      '§69: алғашқы кері байланыс өтініш түскеннен кейін 24 сағат ішінде беріледі.',
      '§69: первая обратная связь даётся в течение 24 часов после поступления обращения.',
      '§69: the first feedback comes within 24 hours of receiving the report.',
    ],
  ),
  // §69
  explained(
    trueFalse(
      [
        'Сенім желісіне өтінішті анонимді түрде де беруге болады.',
        'Обращение на линию доверия можно подать и анонимно.',
        'A report to the hotline may also be made anonymously.',
      ],
      true,
    ),
    [
      '§69: сенім желісінің жасырын және ашық нұсқалары бар; жасырын хабарлаушыдан қосымша фактілер сұралуы мүмкін.',
      '§69: у линии доверия есть анонимный и открытый варианты; у анонимного заявителя могут запросить дополнительные факты.',
      '§69: the hotline has anonymous and open versions; an anonymous reporter may be asked for more facts.',
    ],
  ),
  // §17, §67: gift and hospitality limits
  explained(
    single(
      [
        'Сыйлықтар мен қонақжайлылықтың нақты лимиттері қайда белгіленеді?',
        'Где установлены конкретные лимиты подарков и гостеприимства?',
        'Where are the concrete limits on gifts and hospitality set?',
      ],
      [
        'Ұйымның сыйлықтар мен қонақжайлылықты декларациялау процедурасында',
        'В процедуре организации по декларированию подарков и гостеприимства',
        'In the organisation’s procedure for declaring gifts and hospitality',
      ],
      [
        'Еш жерде: кез келген сыйлықты қабылдауға болады',
        'Нигде: любой подарок можно принять',
        'Nowhere: any gift may be accepted',
      ],
      ['Әр жұмыскер өзі шешеді', 'Каждый работник решает сам', 'Each employee decides for themselves'],
    ),
    [
      '§17, §67: сыйлықтар мен қонақжайлылықтың нақты шектері ұйымның сыйлықтар мен қонақжайлылықты декларациялау тәртібінде белгіленеді.',
      '§17, §67: конкретные лимиты подарков и гостеприимства устанавливает порядок декларирования подарков и гостеприимства организации.',
      "§17, §67: the concrete limits are set in the organisation's procedure for declaring gifts and hospitality.",
    ],
  ),
  // §17
  explained(
    trueFalse(
      [
        'Қызмет бабында сізге тәуелді жұмыскердің сыйлығы арзан болса, оны қабылдауға болады.',
        'Подарок от работника, зависимого от вас по службе, можно принять, если он недорогой.',
        'A gift from an employee who depends on you in the service may be accepted if it is cheap.',
      ],
      false,
    ),
    [
      '§17: қызмет бойынша тәуелді адамнан сыйлық құнына қарамастан қабылданбайды.',
      '§17: подарок от зависимого по службе лица не принимается, какова бы ни была его стоимость.',
      '§17: a gift from someone who depends on you in the service is not accepted, however cheap.',
    ],
  ),
  // §15.1: how and where to report a conflict of interest
  explained(
    single(
      [
        'Мүдделер қақтығысы туындауы мүмкін екенін білдіңіз. Кімге және қалай хабарлайсыз?',
        'Вы узнали, что может возникнуть конфликт интересов. Кому и как вы сообщаете?',
        'You learn that a conflict of interest may arise. Whom do you tell, and how?',
      ],
      [
        'Тікелей басшыға не ұйым басшылығына және сыбайлас жемқорлықтың алдын алуға жауапты адамға немесе бөлімшеге, жазбаша',
        'Непосредственному руководителю либо руководству организации и лицу или подразделению, ответственному за противодействие коррупции, письменно',
        'My direct supervisor or management, and the person or unit responsible for corruption prevention, in writing',
      ],
      ['Тек әріптесіме, ауызша', 'Только коллеге, устно', 'Only a colleague, orally'],
      [
        'Ешкімге, егер бейтарап боламын деп сенсем',
        'Никому, если уверен в своей объективности',
        'No one, if I am sure I will stay impartial',
      ],
    ),
    [
      '§15.1: тікелей басшыға немесе басшылыққа және сыбайлас жемқорлықтың алдын алуға жауапты адамға немесе бөлімшеге жазбаша хабарлау керек.',
      '§15.1: нужно письменно уведомить непосредственного руководителя или руководство и лицо либо подразделение, ответственное за противодействие коррупции.',
      '§15.1: notify the direct supervisor or management and the person or unit responsible for corruption prevention, in writing.',
    ],
  ),
  // §67, §72
  explained(
    trueFalse(
      [
        'Жұмысқа қабылданғанда жаңа жұмыскер мүдделер қақтығысының болуы немесе болмауы туралы декларация тапсырады.',
        'При приёме на работу новый работник подаёт декларацию о наличии или отсутствии конфликта интересов.',
        'On hiring, a new employee submits a declaration on whether they have a conflict of interest.',
      ],
      true,
    ),
    [
      '§67, §72: жұмысқа қабылдау кезінде мүдделер қақтығысы туралы декларация тапсырылады.',
      '§67, §72: при приёме на работу подаётся декларация о наличии или отсутствии конфликта интересов.',
      '§67, §72: on hiring, a declaration on conflicts of interest is submitted.',
    ],
  ),
  // §67: how and where to read the policies and procedures
  explained(
    multiple(
      [
        'Ұйымның сыбайлас жемқорлыққа қарсы саясаттары мен процедураларына қайсысы жатады?',
        'Что относится к антикоррупционным политикам и процедурам организации?',
        'Which are among the organisation’s anti-corruption policies and procedures?',
      ],
      [
        ['Іскерлік әдеп кодексі', 'Кодекс деловой этики', 'The code of business ethics'],
        [
          'Мүдделер қақтығысының саясаты',
          'Политика в области конфликта интересов',
          'The conflict-of-interest policy',
        ],
        [
          'Сыйлықтар мен қонақжайлылықты декларациялау процедурасы',
          'Процедура декларирования подарков и гостеприимства',
          'The procedure for declaring gifts and hospitality',
        ],
      ],
      [['Кеңсені жинау кестесі', 'График уборки офиса', 'The office cleaning schedule']],
    ),
    [
      '§67: саясаттар қатарында іскерлік әдеп кодексі, мүдделер қақтығысы саясаты және сыйлықтар мен қонақжайлылықты декларациялау тәртібі бар.',
      '§67: к политикам относятся кодекс деловой этики, политика по конфликту интересов и порядок декларирования подарков и гостеприимства.',
      '§67: the policies include the code of business ethics, the conflict-of-interest policy and the procedure for declaring gifts and hospitality.',
    ],
  ),
  // §67
  explained(
    trueFalse(
      [
        'Сыбайлас жемқорлыққа қарсы саясат пен процедуралар барлық жұмыскерлер мен сыртқы әріптестерге қолжетімді болуы қажет.',
        'Антикоррупционные политики и процедуры должны быть доступны всем работникам и внешним партнёрам.',
        'Anti-corruption policies and procedures must be available to every employee and external partner.',
      ],
      true,
    ),
    [
      '§67: саясаттар мен рәсімдер әр жұмыскерге және сыртқы серіктестерге қолжетімді болуы тиіс.',
      '§67: политики и процедуры должны быть доступны каждому работнику и внешним партнёрам.',
      '§67: policies and procedures must be available to every employee and external partner.',
    ],
  ),
  // §53, §60: how and where to ask compliance questions
  explained(
    single(
      [
        'Комплаенс бойынша сұрақпен кімге хабарласасыз?',
        'К кому вы обращаетесь с вопросом по комплаенсу?',
        'Whom do you ask a compliance question?',
      ],
      [
        'Комплаенс-қызметке (комплаенс-офицерге)',
        'В комплаенс-службу (к комплаенс-офицеру)',
        'The compliance service (a compliance officer)',
      ],
      ['Жабдықтаушыға', 'К поставщику', 'A supplier'],
      ['Тек сыртқы аудиторға', 'Только к внешнему аудитору', 'Only the external auditor'],
    ),
    [
      '§53, §60: комплаенс-сұрақтарға комплаенс-қызмет (комплаенс-офицер) жауап береді.',
      '§53, §60: на вопросы по комплаенсу отвечает комплаенс-служба (комплаенс-офицер).',
      '§53, §60: compliance questions go to the compliance service (a compliance officer).',
    ],
  ),
  // §15.1, §53, §69
  explained(
    matching(
      [
        'Жағдайды хабарласатын жермен сәйкестендіріңіз',
        'Сопоставьте ситуацию с тем, куда обращаться',
        'Match the situation with where to turn',
      ],
      [
        [
          [
            'Іскерлік әдеп кодексін бұзу күдігі',
            'Подозрение в нарушении кодекса деловой этики',
            'A suspected breach of the code of business ethics',
          ],
          ['Сенім желісі', 'Линия доверия', 'The trust line'],
        ],
        [
          ['Мүдделер қақтығысы', 'Конфликт интересов', 'A conflict of interest'],
          [
            'Тікелей басшыға және жауапты адамға жазбаша хабарлама',
            'Письменное уведомление руководителю и ответственному лицу',
            'A written notice to the supervisor and the person responsible',
          ],
        ],
        [
          [
            'Саясатты қалай қолдану туралы сұрақ',
            'Вопрос о применении политики',
            'A question on applying a policy',
          ],
          ['Комплаенс-қызмет', 'Комплаенс-служба', 'The compliance service'],
        ],
      ],
    ),
    [
      '§15.1, §53, §69: бұзушылық туралы — сенім желісіне, мүдделер қақтығысы туралы — басшыға және жауапты адамға жазбаша, саясатты қолдану туралы сұрақ — комплаенс-қызметке.',
      '§15.1, §53, §69: о нарушении — на линию доверия; о конфликте интересов — письменно руководителю и ответственному лицу; вопрос о применении политики — в комплаенс-службу.',
      '§15.1, §53, §69: a suspected breach goes to the hotline, a conflict of interest to the supervisor and the responsible person in writing, a question on a policy to the compliance service.',
    ],
  ),
];
