import type { CourseTopic } from '../src/training/authoring/course.entity.js';
import type { LessonInput } from '../src/training/authoring/courses.js';
import type { LocalizedInput } from '../src/training/localized-input.js';
import type { QuestionInput } from '../src/training/bank/question-rows.js';
import {
  CONFLICT_OF_INTEREST_QUESTIONS,
  GENERAL_QUESTIONS,
  INDUCTION_QUESTIONS,
  PROCUREMENT_QUESTIONS,
} from './training-question-bank.js';

// The demo courses, in Kazakh, Russian and English, written from the methodology: each lesson
// retells the paragraphs it cites, in the text's own terms.

export interface DemoCourse {
  topic: CourseTopic;
  title: LocalizedInput;
  description: LocalizedInput;
  lessons: LessonInput[];
  questions: readonly QuestionInput[];
}

const text = (kk: string, ru: string, en: string): LocalizedInput => ({ kk, ru, en });

function lesson(title: LocalizedInput, body: LocalizedInput): LessonInput {
  return { kind: 'text', title, body };
}

/** §68 for the quasi-public sector and business, §35.2 for state bodies; everyone takes it. */
const GENERAL: DemoCourse = {
  topic: 'general',
  title: text(
    'Сыбайлас жемқорлыққа қарсы іс-қимыл негіздері',
    'Основы противодействия коррупции',
    'Anti-corruption basics',
  ),
  description: text(
    'Барлық жұмыскерлерге арналған міндетті курс. Квазимемлекеттік сектор субъектілері мен кәсіпкерлік субъектілерінде әр жұмыскер өзіне тағайындалған міндетті оқудан 1 жыл ішінде өтеді (§68); мемлекеттік органдарда алған білімді міндетті түрде өлшейтін іс-шаралар жарты жылда кемінде 1 рет өткізіледі (§35.2).',
    'Обязательный курс для всех работников. В субъектах квазигосударственного сектора и субъектах предпринимательства каждый работник проходит назначенное ему обязательное обучение в течение 1 года (§68); в государственных органах мероприятия с обязательным измерением полученных знаний проводятся не реже 1 раза в полугодие (§35.2).',
    'The mandatory course for every employee. In quasi-public sector entities and businesses every employee completes the mandatory training assigned to them within 1 year (§68); state bodies hold events that measure the knowledge gained at least once every half-year (§35.2).',
  ),
  lessons: [
    lesson(
      text('Сыбайлас жемқорлыққа қарсы мәдениет', 'Антикоррупционная культура', 'An anti-corruption culture'),
      text(
        '<p>Сыбайлас жемқорлыққа қарсы іс-қимылда тек құқық қорғау және заңнамалық шаралар жеткіліксіз: сыбайлас жемқорлықтың кез келген көрінісіне мүлдем төзбеушілік ортасын қалыптастыратын мәдениет қажет. Бұл саясаттар мен рәсімдерді әзірлеу ғана емес, айқындық, адалдық және есеп берушілік сияқты құндылықтарды белсенді насихаттау. Бұл құндылықтар корпоративтік мәдениеттің және күнделікті тәжірибенің ажырамас бөлігіне айналуға тиіс (§31).</p>' +
          '<p>Мәдениет шаралардың үш түрі арқылы қалыптасады (§32):</p>' +
          '<ul><li><strong>білім беру шаралары</strong> — сыбайлас жемқорлық құқық бұзушылықтар және мүдделер қақтығысын болдырмау жолдары туралы тұрақты семинарлар мен тренингтер;</li>' +
          '<li><strong>ақпараттық шаралар</strong> — сыбайлас жемқорлыққа қарсы саясат бойынша нұсқаулықтар, бейнероликтер, таныстырылымдар мен буклеттер; оларды жеткізу үшін корпоративтік таратулар, ішкі порталдар және ақпараттық стендтер пайдаланылады;</li>' +
          '<li><strong>ұйымдастырушылық шаралар</strong> — сыбайлас жемқорлыққа қарсы стандарттарды енгізу, жауапты жұмыскерлерді тағайындау, жемқорлық фактілері туралы хабарлау арналарын құру, сатып алу, лауазымға тағайындау және жұмыскерлердің тиімділігін бағалау рәсімдеріне сыбайлас жемқорлыққа қарсы талаптарды енгізу.</li></ul>' +
          '<p>Оқытудың мақсаты теориямен танысу ғана емес, жұмыскерлер күнделікті жұмыста қолдана алатын нақты дағдыларды дамыту. Сондықтан оқыту тұрақты өтеді, ал білім тесттер, сұрақнамалар және бақылаудың басқа да формалары арқылы бағаланады (§33).</p>',
        '<p>Одних правоохранительных и законодательных мер для противодействия коррупции недостаточно: нужна культура, создающая среду абсолютной нетерпимости к любым проявлениям коррупции. Это не только разработка политик и процедур, но и активное продвижение таких ценностей, как прозрачность, честность и подотчётность. Эти ценности должны стать неотъемлемой частью корпоративной культуры и повседневной практики (§31).</p>' +
          '<p>Культура формируется мерами трёх видов (§32):</p>' +
          '<ul><li><strong>образовательные меры</strong> — регулярные семинары и тренинги о коррупционных правонарушениях и способах избежать конфликта интересов;</li>' +
          '<li><strong>информационные меры</strong> — инструкции по антикоррупционной политике, видеоролики, презентации и буклеты; для их распространения используются корпоративные рассылки, внутренние порталы и информационные стенды;</li>' +
          '<li><strong>организационные меры</strong> — внедрение антикоррупционных стандартов, назначение ответственных работников, создание каналов сообщения о фактах коррупции, встраивание антикоррупционных требований в процедуры закупок, назначения на должности и оценки эффективности работников.</li></ul>' +
          '<p>Цель обучения — не только знакомство с теорией, но и развитие конкретных навыков, которые работники применяют в повседневной работе. Поэтому обучение проводится регулярно, а знания оцениваются тестами, анкетами и другими формами контроля (§33).</p>',
        '<p>Law enforcement and legislation alone are not enough to counter corruption: it takes a culture of zero tolerance of any form of corruption. That means not only writing policies and procedures but actively promoting values such as transparency, integrity and accountability, until they are part of the corporate culture and of everyday practice (§31).</p>' +
          '<p>The culture is formed by three kinds of measures (§32):</p>' +
          '<ul><li><strong>educational measures</strong>: regular seminars and trainings on corruption offences and on ways to avoid conflicts of interest;</li>' +
          '<li><strong>informational measures</strong>: guides and instructions on the anti-corruption policy, videos, presentations and booklets, spread through corporate mailings, internal portals and information stands;</li>' +
          '<li><strong>organisational measures</strong>: adopting anti-corruption standards, appointing the staff responsible, creating channels for reporting corruption, and building anti-corruption requirements into procurement, appointments and staff evaluation.</li></ul>' +
          '<p>Training aims not only at theory but at concrete skills employees use in their daily work. It is therefore regular, and knowledge is assessed by tests, questionnaires and other forms of control (§33).</p>',
      ),
    ),
    lesson(
      text('Кім, қашан және қалай оқиды', 'Кто, когда и как обучается', 'Who is trained, when and how'),
      text(
        '<p>Квазимемлекеттік сектор субъектілері мен кәсіпкерлік субъектілерінде комплаенс-қызмет барлық жұмыскерлердің, басшылықтың және жабдықтаушылардың өзекті тренингтерден өтуі үшін қажетті құралдарды жасайды. Ұйымның барлық жұмыскерлері өздеріне тағайындалған міндетті оқулардан 1 жыл ішінде өтеді, ал жаңадан қабылданған жұмыскерлер комплаенс бойынша тренингтен жұмысқа қабылданғаннан кейін алғашқы 3 ай ішінде өтеді. Өткізілген тренингтер мен қатысушылардың статистикасы тіркеледі (§68).</p>' +
          '<p>Мемлекеттік органдарда бірінші басшы жыл сайын сыбайлас жемқорлыққа қарсы мәдениетті қалыптастыру бойынша іс-шаралар жоспарын бекітеді (§35.1); іс-шаралар жұмыскерлердің алған білімін міндетті түрде өлшей отырып, жарты жылда кемінде 1 рет өткізіледі (§35.2).</p>' +
          '<p>Тест 100%-дан кемінде 60% жинағанда сәтті тапсырылған болып саналады (§35.3); оқытудан өткен жұмыскерлердің үлесі сыбайлас жемқорлықтың алдын алуға жауапты жұмыскерлердің тиімділік көрсеткіштерінің бірі (§5.3). Мүдделер қақтығысының үлгілік жағдайлары бойынша оқыту (§19) және сатып алу процесіне қатысатын жұмыскерлерді оқыту (§52.3) жарты жылда кемінде 1 рет өткізіледі.</p>',
        '<p>В субъектах квазигосударственного сектора и субъектах предпринимательства комплаенс-служба создаёт инструменты, чтобы все работники, руководство и поставщики проходили актуальные тренинги. Все работники проходят назначенное им обязательное обучение в течение 1 года, а новые работники проходят тренинг по комплаенсу в течение первых 3 месяцев после приёма на работу. Статистика проведённых тренингов и их участников фиксируется (§68).</p>' +
          '<p>В государственных органах первый руководитель ежегодно утверждает план мероприятий по формированию антикоррупционной культуры (§35.1); мероприятия проводятся не реже 1 раза в полугодие с обязательным измерением полученных работниками знаний (§35.2).</p>' +
          '<p>Тест считается сданным, если набрано не менее 60% из 100% (§35.3); доля работников, прошедших обучение, — один из показателей эффективности работников, ответственных за противодействие коррупции (§5.3). Обучение по типовым ситуациям конфликта интересов (§19) и обучение работников, участвующих в процессе закупок (§52.3), проводятся не реже 1 раза в полугодие.</p>',
        '<p>In quasi-public sector entities and businesses the compliance service builds the tools that let every employee, the management and the suppliers take up-to-date training. All employees complete the mandatory training assigned to them within 1 year, and new employees complete compliance training within the first 3 months after hiring. The trainings held and their participants are recorded (§68).</p>' +
          '<p>In state bodies the first head approves every year a plan of events for forming an anti-corruption culture (§35.1); the events are held at least once every half-year and always measure the knowledge gained (§35.2).</p>' +
          '<p>A test is passed with at least 60 % of 100 % (§35.3); the share of employees trained is one of the performance indicators of the staff responsible for corruption prevention (§5.3). Training on the typical conflict-of-interest situations (§19) and training of the staff taking part in procurement (§52.3) are held at least once every half-year.</p>',
      ),
    ),
    lesson(
      text('Сыйлықтар мен қонақжайлылық', 'Подарки и гостеприимство', 'Gifts and hospitality'),
      text(
        '<p>Сыйлық — өтеусіз берілетін немесе алынатын ақша қаражаты немесе өзге де мүлік, артықшылықтар, жеңілдіктер, көрсетілетін қызметтер, материалдық емес активтер (§4). Лауазымдық функцияларды орындаумен байланысты сыйлықтар қабылдау немесе қонақжайлылық таныту заңсыз сыйақы ретінде бағалануы мүмкін. Сондықтан жұмыскерлер сыйлық, іссапарға шақыру немесе қонақжайлылық пара ретінде қабылдануы мүмкін жағдайлардан барынша аулақ болуға тиіс (§17).</p>' +
          '<p>Қонақжайлылық таныту — іскерлік қатынастарды орнатуға, нығайтуға немесе дамытуға арналған тамақтану, қабылдау, ойын-сауық, қоғамдық немесе спорттық іс-шаралар. Шақырушы тараптың өзі іс-шараға қатысуы қажет, әйтпесе шыққан шығындар сыйлық деп есептеледі (§4, §18).</p>' +
          '<p>Мемлекеттік функцияларды орындауға уәкілетті адамдар мен оларға теңестірілген адамдар үшін заң нақты шектеулер белгілейді (§17):</p>' +
          '<ul><li>функцияларды орындауға байланысты алынған немесе хабардар етілмей келіп түскен сыйлық күнтізбелік 7 күн ішінде мемлекеттік мүлікті басқару жөніндегі уәкілетті органға өтеусіз беріледі;</li>' +
          '<li>шотқа келісімсіз аударылған ақша анықталған сәттен бастап екі аптадан кешіктірілмей республикалық бюджетке аударылады;</li>' +
          '<li>қызмет бабында тәуелді адамдардан сыйлықтар мен көрсетілетін қызметтерді қабылдауға тыйым салынады; отбасы мүшелері де олардан сыйлықтар мен сапарларға шақыру қабылдауға құқылы емес.</li></ul>' +
          '<p>Ресми кездесулерде тек ресми сыйлықтар қабылданады: кітаптар, логотипі бар кәдесыйлар, мемлекеттік рәміздер мен ұлттық ою-өрнек бейнеленген бұйымдар (§20).</p>',
        '<p>Подарок — безвозмездно передаваемые или получаемые деньги или иное имущество, преимущества, льготы, услуги, нематериальные активы (§4). Принятие подарков или оказание гостеприимства в связи с исполнением должностных функций может расцениваться как незаконное вознаграждение. Поэтому работники должны максимально избегать ситуаций, в которых подарок, приглашение в поездку или гостеприимство могут быть восприняты как взятка (§17).</p>' +
          '<p>Гостеприимство — приглашение на завтрак, обед, ужин, приём, развлекательные, общественные или спортивные мероприятия для установления, укрепления или развития деловых отношений. Приглашающая сторона должна сама участвовать в мероприятии, иначе понесённые расходы считаются подарком (§4, §18).</p>' +
          '<p>Для лиц, уполномоченных на выполнение государственных функций, и приравненных к ним лиц закон устанавливает конкретные ограничения (§17):</p>' +
          '<ul><li>подарок, полученный в связи с исполнением функций или поступивший без ведома лица, в течение 7 календарных дней безвозмездно передаётся уполномоченному органу по управлению государственным имуществом;</li>' +
          '<li>деньги, перечисленные на счёт без согласия, перечисляются в республиканский бюджет не позднее двух недель с момента обнаружения;</li>' +
          '<li>запрещено принимать подарки и услуги от лиц, зависимых по службе; члены семьи также не вправе принимать от них подарки и приглашения в поездки.</li></ul>' +
          '<p>На официальных встречах принимаются только официальные подарки: книги, сувениры с логотипом, изделия с государственной символикой и элементами национального орнамента (§20).</p>',
        '<p>A gift is money or other property, advantages, discounts, services or intangible assets given or received free of charge (§4). Gifts or hospitality connected with official functions may be treated as unlawful remuneration, so employees must avoid as far as possible any situation where a gift, an invitation to a trip or hospitality could be taken for a bribe (§17).</p>' +
          '<p>Hospitality is an invitation to a meal, a reception, or an entertainment, social or sporting event to start, strengthen or develop business relations. The inviting party must take part itself; otherwise the expense counts as a gift (§4, §18).</p>' +
          '<p>For people authorised to perform state functions and those equated to them the law sets concrete restrictions (§17):</p>' +
          '<ul><li>a gift received in connection with those functions, or without the person being informed, is handed over free of charge to the authorised state property management body within 7 calendar days;</li>' +
          '<li>money transferred to their account without consent goes to the republican budget no later than two weeks after it is discovered;</li>' +
          '<li>gifts and services from people who depend on them in the service are prohibited, and family members may not accept gifts or trips from such people either.</li></ul>' +
          '<p>At official meetings only official gifts are accepted: books, souvenirs with a logo, items with state symbols and elements of national ornament (§20).</p>',
      ),
    ),
    lesson(
      text(
        'Сенім желісі және ішкі тексеру',
        'Линия доверия и внутреннее расследование',
        'The hotline and internal investigation',
      ),
      text(
        '<p>Жедел желі (сенім желісі) — жұмыскерлер мен жабдықтаушылар іскерлік әдеп кодексінің ықтимал немесе нақты бұзушылықтары туралы хабарлай алатын тәуелсіз және сенімді желі. Ұйымда бірыңғай сенім желісі болады: бірнеше желі өтініштерді өңдеу кезінде мәліметтердің бұрмалануына және жоғалуына әкеледі. Мүмкіндігінше, желіні тәуелсіз оператор немесе мүдделер қақтығысының қаупі бар бөлімдерге тәуелсіз арнайы қызмет жүргізеді (§69).</p>' +
          '<p>Өтінішті анонимді түрде де, ашық түрде де беруге болады. Анонимді өтініш берушіден өтінішті тиімді өңдеу үшін мүмкіндігінше қосымша фактілер, құжаттар мен сілтемелер сұралады. Өтініш немесе шағым қалдыру кек қайтаруға әкеп соқпайды, мұны ұйым мен комплаенс-қызмет қамтамасыз етеді (§69).</p>' +
          '<p>Өтініш қабылданғаннан кейін 24 сағат ішінде оның қабылданғаны туралы алғашқы кері байланыс беріледі. Өтініш тексеруді қажет етсе, өтініш берушіге бұл туралы және белгілі бір күндер саны қажет екені хабарланады; қажет етпесе, тиісті жауап беріледі. Ішкі тексеруді тәуелсіз комплаенс-қызмет жүргізеді және директорлар кеңесіне, байқау кеңесіне немесе өзге тәуелсіз басқару органына есеп береді (§69).</p>' +
          '<p>Ұйымның процестеріне қатысы жоқ және іскерлік әдеп кодексін бұзуға жатпайтын өтініштер, мысалы, жеке кек алу әрекеттері немесе біреудің беделіне нұқсан келтіруге бағытталған негізсіз шағымдар сенім желісіне берілмейді (§69).</p>',
        '<p>Горячая линия (линия доверия) — независимый и надёжный канал, по которому работники и поставщики сообщают о возможных или фактических нарушениях кодекса деловой этики. В организации действует единая линия доверия: несколько линий ведут к искажению и потере сведений при обработке обращений. По возможности линию ведёт независимый оператор или специальная служба, независимая от подразделений с риском конфликта интересов (§69).</p>' +
          '<p>Обращение можно подать как анонимно, так и открыто. У анонимного заявителя по возможности запрашивают дополнительные факты, документы и ссылки, чтобы обращение можно было эффективно обработать. Обращение или жалоба на линию доверия не влечёт преследования — это обеспечивают организация и комплаенс-служба (§69).</p>' +
          '<p>Первичная обратная связь о получении обращения даётся в течение 24 часов. Если обращение требует проверки, заявителю сообщают об этом и о том, сколько дней она займёт; если не требует — дают соответствующий ответ. Внутреннее расследование проводит независимая комплаенс-служба, подотчётная совету директоров, наблюдательному совету или иному независимому органу управления (§69).</p>' +
          '<p>Обращения, не связанные с процессами организации и не касающиеся нарушений кодекса деловой этики, — например, попытки личной мести или необоснованные жалобы, направленные на подрыв чьей-либо репутации, — на линию доверия не подаются (§69).</p>',
        '<p>The hotline (trust line) is an independent, trusted channel through which employees and suppliers report possible or actual breaches of the code of business ethics. The organisation has one single trust line, since several lines distort and lose information while reports are handled. Where possible it is run by an independent operator or by a dedicated service independent of the units that may have a conflict of interest (§69).</p>' +
          '<p>A report may be anonymous or open. An anonymous reporter is asked, where possible, for further facts, documents and links so the report can be handled well. Leaving a report or complaint never leads to retaliation; the organisation and the compliance service see to that (§69).</p>' +
          '<p>The first feedback, confirming receipt, comes within 24 hours. If the report needs checking, the reporter is told so and how many days it needs; if not, they get a proper answer. Internal investigations are run by the independent compliance service, which reports to the board of directors, the supervisory board or another independent governing body (§69).</p>' +
          '<p>Reports unrelated to the organisation’s processes and not about breaches of the code of business ethics, such as attempts at personal revenge or baseless complaints meant to damage someone’s reputation, do not belong on the trust line (§69).</p>',
      ),
    ),
    // §35.4: current materials from U4 and the Basel Institute, which come with knowledge checks.
    {
      kind: 'link',
      title: text('U4 ресурстық орталығы', 'Ресурсный центр U4', 'U4 Anti-Corruption Resource Centre'),
      url: 'https://www.u4.no/',
    },
    {
      kind: 'link',
      title: text(
        'Базель басқару институты',
        'Базельский институт управления',
        'Basel Institute on Governance',
      ),
      url: 'https://baselgovernance.org/',
    },
  ],
  questions: GENERAL_QUESTIONS,
};

/** §19: the typical situations of Annex 2, at least once every half-year, for everyone. */
const CONFLICT_OF_INTEREST: DemoCourse = {
  topic: 'conflict_of_interest',
  title: text(
    'Мүдделер қақтығысы: жеті үлгілік жағдай',
    'Конфликт интересов: семь типовых ситуаций',
    'Conflicts of interest: seven typical cases',
  ),
  description: text(
    'Барлық жұмыскерлерге арналған курс: сыбайлас жемқорлықтың алдын алуға жауапты адамдар мүдделер қақтығысының үлгілік жағдайлары бойынша оқытуды жарты жылда кемінде 1 рет өткізеді (§19). Жағдайлар мен оларды реттеу шаралары Әдістемелік ұсынымдардың 2-қосымшасынан алынған.',
    'Курс для всех работников: ответственные за противодействие коррупции проводят обучение по типовым ситуациям конфликта интересов не реже 1 раза в полугодие (§19). Ситуации и меры их урегулирования взяты из Приложения 2 к Методическим рекомендациям.',
    'For every employee: those responsible for corruption prevention hold training on the typical conflict-of-interest situations at least once every half-year (§19). The situations and the measures that settle them come from Annex 2 of the methodology.',
  ),
  lessons: [
    lesson(
      text('Мүдделер қақтығысы деген не', 'Что такое конфликт интересов', 'What a conflict of interest is'),
      text(
        '<p>Мүдделер қақтығысы — лауазымды адамның жеке мүдделері мен оның лауазымдық өкілеттіктері арасындағы қайшылық, мұндай жағдайда жеке мүдделер оның өз лауазымдық міндеттерін орындамауына немесе тиісінше орындамауына алып келуі мүмкін (§4). Квазимемлекеттік сектор мен бизнес үшін ол адам жеке мүдделері немесе өз ұйымының мүдделері мен кәсіби міндеттерін орындау немесе заңдарды сақтау арасында таңдауға тап болатын жағдай ретінде сипатталады: бұл шешімдер мен әрекеттердегі бейтараптыққа, объективтілікке және әділдікке қауіп төндіреді (§72).</p>' +
          '<p>Жеке мүдде көбінесе жақын адамдарға байланысты. Жақын туыстар — ата-аналар, балалар, асырап алушылар мен асырап алынған балалар, ата-анасы бір және ата-анасы бөлек аға-інілер мен апа-сіңлілер, аталар, әжелер, немерелер; жекжаттар — жұбайының (зайыбының) аға-інілері мен апа-сіңлілері, ата-аналары және балалары (§4, §13). 2-қосымша бұларға <strong>жеке мүдделілікпен байланысты өзге адамдарды</strong> қосады: досы, сыныптасы, курстасы, бұрынғы бизнес-серіктестері, әріптестері және басқалар.</p>' +
          '<p>Мүдделер қақтығысы негізсіз шешімдер қабылдауға, басқару процесіне жеке мүдделерді тартуға және сыбайлас жемқорлық қылмыстарға әкеп соғуы мүмкін. Сондықтан оның алдын алу парасаттылықты арттыруда басты рөл атқарады (§12).</p>',
        '<p>Конфликт интересов — противоречие между личными интересами должностного лица и его должностными полномочиями, при котором личные интересы могут привести к неисполнению или ненадлежащему исполнению им своих должностных обязанностей (§4). Для квазигосударственного сектора и бизнеса это ситуация, когда лицо стоит перед выбором между личными интересами или интересами своей организации и исполнением профессиональных обязанностей или соблюдением закона; она угрожает беспристрастности, объективности и справедливости решений и действий (§72).</p>' +
          '<p>Личный интерес чаще всего связан с близкими людьми. Близкие родственники — родители, дети, усыновители и усыновлённые, полнородные и неполнородные братья и сёстры, дедушки, бабушки, внуки; свойственники — полнородные и неполнородные братья и сёстры, родители и дети супруга (супруги) (§4, §13). Приложение 2 добавляет к ним <strong>иных лиц, связанных личной заинтересованностью</strong>: друга, одноклассника, однокурсника, бывших бизнес-партнёров, коллег и других.</p>' +
          '<p>Конфликт интересов может привести к необоснованным решениям, к вовлечению личных интересов в процесс управления и к коррупционным преступлениям. Поэтому его предотвращение играет главную роль в повышении добропорядочности (§12).</p>',
        '<p>A conflict of interest is a contradiction between an official’s personal interests and their official powers, where the personal interests may lead them not to perform their duties or to perform them improperly (§4). For the quasi-public sector and business it is a situation where a person must choose between their personal interests, or their own organisation’s, and their professional duties or the law; it threatens the impartiality, objectivity and fairness of decisions and actions (§72).</p>' +
          '<p>A personal interest usually comes from people close to us. Close relatives are parents, children, adoptive parents and adopted children, full and half siblings, grandparents and grandchildren; in-laws are the spouse’s siblings, parents and children (§4, §13). Annex 2 adds <strong>other persons connected by personal interest</strong>: a friend, a classmate, a fellow student, former business partners, colleagues and others.</p>' +
          '<p>A conflict of interest may lead to unfounded decisions, to private interests entering management and to corruption crimes. Preventing it therefore plays the main part in raising integrity (§12).</p>',
      ),
    ),
    lesson(
      text(
        'Хабарлау және реттеу тәртібі',
        'Порядок уведомления и урегулирования',
        'How a conflict is reported and settled',
      ),
      text(
        '<p>Мүдделер қақтығысының туындағаны немесе туындауы мүмкін екені белгілі болған сәттен бастап жұмыскер тікелей басшысын не ұйым басшылығын және сыбайлас жемқорлықтың алдын алуға жауапты адамды немесе бөлімшені жазбаша түрде хабардар етуге міндетті. Тікелей басшы болмаса, келесі жоғары тұрған тұлға хабардар етіледі (§15.1).</p>' +
          '<ol><li>Басшы хабарламаны 3 жұмыс күні ішінде әдеп жөніндегі уәкілге немесе сыбайлас жемқорлыққа қарсы комплаенс-қызметке, ал олар болмаса, персоналды басқару қызметіне қарауға жібереді (§15.2).</li>' +
          '<li>Жауапты адам немесе бөлімше 10 жұмыс күні ішінде мүдделер қақтығысының бар-жоғын анықтап, басшылыққа оны болдырмау және реттеу бойынша ұсынымдар немесе қақтығыстың жоқ екені туралы қорытынды береді (§15.3).</li>' +
          '<li>Қақтығыс болса, басшылық 10 жұмыс күні ішінде шара қабылдауға міндетті: мәселе бойынша лауазымдық міндеттерді атқаруды басқа адамға тапсырады, лауазымдық міндеттерді өзгертеді немесе қақтығысты жою бойынша өзге де шаралар қабылдайды (§15.4).</li>' +
          '<li>Қақтығыс бірінші басшының өзіне қатысты болса, шешімді объективті қабылдау үшін ол өкілеттіктерін орынбасарына немесе уәкілетті адамға береді (§15.5).</li>' +
          '<li>Қақтығысты болдырмау және реттеу мүмкін болмаса, жұмыскер ол анықталған сәттен бастап 3 айдан кешіктірілмей мүдделер қақтығысына жол бермейтін тең дәрежелі лауазымға тағайындалады (§15.6).</li></ol>' +
          '<p>Қақтығыс хабарламадан ғана анықталмайды: сыбайлас жемқорлықтың алдын алуға жауапты жұмыскерлер немесе бөлімшелер тоқсанына 1 рет ашық деректер мен заңнамада тыйым салынбаған өзге де ақпарат көздері бойынша мүдделер қақтығысын талдайды. Анықталған әрбір қақтығыс оның мәні мен ықтимал зардаптары сипатталып құжатталады: бұл ашықтықты арттырады және кейін талдауға мүмкіндік береді (§14).</p>',
        '<p>С момента, когда работнику стало известно о возникшем или возможном конфликте интересов, он обязан письменно уведомить непосредственного руководителя либо руководство организации и лицо или подразделение, ответственное за противодействие коррупции. Если непосредственного руководителя нет, уведомляется следующее вышестоящее лицо (§15.1).</p>' +
          '<ol><li>Руководитель в течение 3 рабочих дней направляет уведомление уполномоченному по этике или антикоррупционной комплаенс-службе, а при их отсутствии — службе управления персоналом (§15.2).</li>' +
          '<li>Ответственное лицо или подразделение в течение 10 рабочих дней определяет, есть ли конфликт интересов, и даёт руководству рекомендации по его предотвращению и урегулированию либо заключение об отсутствии конфликта (§15.3).</li>' +
          '<li>При наличии конфликта руководство в течение 10 рабочих дней обязано принять меры: поручить исполнение обязанностей по этому вопросу другому лицу, изменить должностные обязанности или принять иные меры по устранению конфликта (§15.4).</li>' +
          '<li>Если конфликт касается самого первого руководителя, для объективного решения он передаёт полномочия заместителю или уполномоченному лицу (§15.5).</li>' +
          '<li>Если конфликт невозможно предотвратить и урегулировать, работник не позднее 3 месяцев с момента его выявления назначается на равнозначную должность, исключающую конфликт интересов (§15.6).</li></ol>' +
          '<p>Конфликт выявляется не только из уведомлений: ответственные за противодействие коррупции работники или подразделения раз в квартал анализируют конфликты интересов по открытым данным и иным не запрещённым законом источникам. Каждый выявленный конфликт документируется с описанием его сути и возможных последствий: это повышает открытость и позволяет анализировать его позже (§14).</p>',
        '<p>As soon as an employee learns that a conflict of interest has arisen or may arise, they must notify in writing their direct supervisor or the organisation’s management, and the person or unit responsible for corruption prevention. With no direct supervisor, the next person up is notified (§15.1).</p>' +
          '<ol><li>The head forwards the notice within 3 working days to the ethics commissioner or the anti-corruption compliance service, or, where neither exists, to the HR service (§15.2).</li>' +
          '<li>Within 10 working days the responsible person or unit establishes whether there is a conflict and gives the management recommendations on preventing and settling it, or a conclusion that there is none (§15.3).</li>' +
          '<li>Where there is a conflict, the management must act within 10 working days: hand the matter to another person, change the official duties, or take other measures that remove the conflict (§15.4).</li>' +
          '<li>When the conflict concerns the first head, they pass the decision to a deputy or another authorised person so that it is taken objectively (§15.5).</li>' +
          '<li>When the conflict can be neither prevented nor settled, the employee is appointed, no later than 3 months after it was identified, to an equivalent post that rules it out (§15.6).</li></ol>' +
          '<p>Conflicts are found not only through notices: once a quarter the staff or units responsible for corruption prevention analyse conflicts of interest from open data and other sources the law allows. Each conflict found is documented with its substance and possible consequences, which makes the handling transparent and open to later analysis (§14).</p>',
      ),
    ),
    lesson(
      text('2-қосымшаның жеті жағдайы', 'Семь ситуаций Приложения 2', 'The seven cases of Annex 2'),
      text(
        '<p>Әр жағдайда «адам» — лауазымды адам немесе мемлекеттік функцияларды орындауға уәкілетті не оған теңестірілген адам. Тізбе түпкілікті емес (§15).</p>' +
          '<ol><li><strong>Кадрлық шешімдер.</strong> Адам өз туыстарына немесе жеке мүдделілікпен байланысты өзге адамдарға қатысты кадрлық шешімдер қабылдайды. Ол жеке мүдделілігі туралы тікелей басшысына және қабылдау немесе өзге комиссия төрағасына жазбаша хабарлайды, ал оны комиссия құрамынан уақытша шығару ұсынылады. Тікелей бағынышты лауазымға тағайындалған туысы лауазымынан босатылады, шешім қабылдаған адамға тәртіптік шаралар қолданылады.</li>' +
          '<li><strong>Тікелей бағыныштылық.</strong> Бір-біріне туыс үміткерлер тікелей бағыныштылықты көздейтін лауазымдарға тағайындалады. Туыстардың бірі тікелей бағыныштылықты болдырмайтын басқа лауазымға ауыстырылады, шешім қабылдаған басшыға тәртіптік шаралар қолданылады.</li>' +
          '<li><strong>Сатып алу.</strong> Адам туыстарынан немесе жеке мүдделілікпен байланысты өзге адамдардан тауарлар немесе қызметтер сатып алу туралы шешімге қатысады. Ол тікелей басшысына жазбаша хабарлап, конкурс комиссиясының жұмысына қатысудан бас тартады; мұндай шартты тікелей жасаған адамға тәртіптік шаралар, соның ішінде лауазымынан босату қолданылады.</li>' +
          '<li><strong>Тауарлар мен қызметтерді қабылдау.</strong> Адам тікелей басшысына жазбаша хабарлап, тауарлар мен көрсетілген қызметтерді қабылдауға және тиісті құжаттарға қол қоюға қатысудан бас тартады; басшы оны қабылдаудан шеттетеді.</li>' +
          '<li><strong>Жария емес ақпарат.</strong> Қызметтік міндеттерді орындау барысында белгілі болған, көпшілікке уақытша қолжетімсіз ақпаратты (мысалы, бағалы қағаздардың сатылымы туралы мәліметтерді) жария етуге немесе қызметтік емес мақсатта пайдалануға тыйым салынады; тыйымды бұзған адамға тәртіптік шаралар қолданылады.</li>' +
          '<li><strong>Тексеру.</strong> Адам туыстары немесе жеке мүдделілікпен байланысты өзге адамдар жұмыс істейтін ұйымды тексеруді жоспарлайды немесе жүргізеді. Ол тікелей басшысына жазбаша хабарлайды, басшы оны тексеруден шеттетеді; ол дайындаған құжат жобалары мүдделер қақтығысы тұрғысынан мұқият зерделенеді.</li>' +
          '<li><strong>Қызметтік тергеу.</strong> Адам мүдделер қақтығысы бар немесе нәтижесіне жеке мүддесі бар жұмыскерге қатысты қызметтік тергеуге қатысады. Ол жеке мүдделілігі туралы жазбаша хабарлап, тергеуді жүргізуден бас тартады; ол дайындаған құжат жобалары мұқият зерделенеді.</li></ol>' +
          '<p>Әрекеттерде әкімшілік немесе қылмыстық құқық бұзушылық белгілері болса, ақпарат сыбайлас жемқорлыққа қарсы іс-қимыл жөніндегі уәкілетті органға (5-жағдайда — тиісті уәкілетті органға) беріледі.</p>',
        '<p>В каждой ситуации «лицо» — должностное лицо либо лицо, уполномоченное на выполнение государственных функций, или приравненное к нему. Перечень не является исчерпывающим (§15).</p>' +
          '<ol><li><strong>Кадровые решения.</strong> Лицо принимает кадровые решения в отношении своих родственников или иных лиц, связанных личной заинтересованностью. Оно письменно сообщает о личной заинтересованности непосредственному руководителю и председателю приёмной или иной комиссии, и его рекомендуется временно вывести из состава комиссии. Родственника, назначенного в прямое подчинение, освобождают от должности, к принявшему решение применяются дисциплинарные меры.</li>' +
          '<li><strong>Прямое подчинение.</strong> На должности с прямым подчинением назначены кандидаты, которые являются родственниками друг другу. Одного из родственников переводят на другую должность без прямого подчинения, к руководителю, принявшему решение, применяются дисциплинарные меры.</li>' +
          '<li><strong>Закупки.</strong> Лицо участвует в решении о закупке товаров или услуг у своих родственников или иных лиц, связанных личной заинтересованностью. Оно письменно уведомляет непосредственного руководителя и отказывается от участия в работе конкурсной комиссии; к лицу, непосредственно заключившему такой договор, применяются дисциплинарные меры вплоть до освобождения от должности.</li>' +
          '<li><strong>Приёмка товаров и услуг.</strong> Лицо письменно уведомляет непосредственного руководителя и отказывается от участия в приёмке товаров и оказанных услуг и в подписании документов; руководитель отстраняет его от приёмки.</li>' +
          '<li><strong>Непубличная информация.</strong> Запрещено разглашать или использовать в неслужебных целях ставшую известной по службе и временно недоступную для всех информацию (например, сведения о продаже ценных бумаг); к нарушившему запрет применяются дисциплинарные меры.</li>' +
          '<li><strong>Проверка.</strong> Лицо планирует или проводит проверку организации, где работают его родственники или иные лица, связанные личной заинтересованностью. Оно письменно уведомляет непосредственного руководителя, который отстраняет его от проверки; подготовленные им проекты документов тщательно изучаются на предмет конфликта интересов.</li>' +
          '<li><strong>Служебное расследование.</strong> Лицо участвует в служебном расследовании в отношении работника, с которым у него конфликт интересов, или в исходе которого оно лично заинтересовано. Оно письменно сообщает о личной заинтересованности и отказывается от проведения расследования; подготовленные им проекты документов тщательно изучаются.</li></ol>' +
          '<p>Если в действиях есть признаки административного или уголовного правонарушения, информация передаётся в уполномоченный орган по противодействию коррупции (в ситуации 5 — в соответствующий уполномоченный орган).</p>',
        '<p>In each case “the person” is an official, or someone authorised to perform state functions or equated to such a person. The list is not exhaustive (§15).</p>' +
          '<ol><li><strong>Personnel decisions.</strong> The person takes personnel decisions about relatives or other persons connected by personal interest. They notify their direct supervisor and the chair of the recruitment or other commission in writing, and are to be removed from the commission for the time being. A relative appointed to a directly subordinate post is released from it, and whoever decided the appointment is disciplined.</li>' +
          '<li><strong>Direct subordination.</strong> Candidates related to each other are appointed to posts in direct subordination. One of them is moved to another post without direct subordination, and the manager who decided it is disciplined.</li>' +
          '<li><strong>Procurement.</strong> The person takes part in deciding to buy goods or services from relatives or other persons connected by personal interest. They notify their direct supervisor in writing and withdraw from the tender commission; whoever signed such a contract directly is disciplined, up to dismissal.</li>' +
          '<li><strong>Acceptance of goods and services.</strong> The person notifies their direct supervisor in writing and withdraws from accepting the goods or services and from signing the documents; the supervisor removes them from the acceptance.</li>' +
          '<li><strong>Non-public information.</strong> Information learnt on duty and temporarily unavailable to the public (for example, on a sale of securities) may not be disclosed or used for non-official purposes; whoever breaks the ban is disciplined.</li>' +
          '<li><strong>Inspection.</strong> The person plans or carries out an inspection of an organisation where relatives or other persons connected by personal interest work. They notify their direct supervisor in writing, who removes them from the inspection; the drafts they prepared are studied closely for a conflict of interest.</li>' +
          '<li><strong>Official investigation.</strong> The person takes part in an official investigation of an employee with whom they have a conflict of interest, or whose outcome they have a personal interest in. They notify their personal interest in writing and refuse to conduct it; the drafts they prepared are studied closely.</li></ol>' +
          '<p>Where the actions show signs of an administrative or criminal offence, the information goes to the authorised anti-corruption body (in case 5, to the relevant authorised body).</p>',
      ),
    ),
  ],
  questions: CONFLICT_OF_INTEREST_QUESTIONS,
};

/** §52.3: the staff taking part in the procurement process, at least once every half-year. */
const PROCUREMENT: DemoCourse = {
  topic: 'procurement',
  title: text(
    'Сатып алудағы сыбайлас жемқорлық тәуекелдері',
    'Коррупционные риски в закупках',
    'Corruption risks in procurement',
  ),
  description: text(
    'Сатып алу процесіне қатысатын жұмыскерлерге арналған курс: оларды өзекті тақырыптар бойынша кемінде жарты жылда бір рет оқыту ұсынылады (§52.3).',
    'Курс для работников, участвующих в процессе закупок: их рекомендуется обучать по актуальным темам не реже одного раза в полугодие (§52.3).',
    'For the staff who take part in the procurement process, who are to be trained on current topics at least once every half-year (§52.3).',
  ),
  lessons: [
    lesson(
      text(
        'Неге сатып алу — тәуекелі жоғары аймақ',
        'Почему закупки — зона высокого риска',
        'Why procurement is a high-risk zone',
      ),
      text(
        '<p>Сатып алу рәсімдері сыбайлас жемқорлық тәуекелі жоғары аймақ болып табылады және оларды тәуекелдер карталарына енгізу қажет. Тәуекел бюджет көлеміне, сатып алу тәсіліне, рәсімдердің нақты реттелмеуіне және басқа факторларға байланысты бағаланады (§46).</p>' +
          '<p>Сатып алудағы сыбайлас жемқорлықты төмендетуге ықпал ететін негізгі факторлар: сатып алумен айналысатын жұмыскерлердің кәсіби біліктілігін тұрақты арттыру, сатып алу рәсімдерін стандарттау, электрондық сатып алу жүйелерін енгізу, тиімділік пен айқындықтың нақты көрсеткіштерін белгілеу және қоғамдық бақылауды тарту (§47).</p>' +
          '<p>Мемлекеттік сатып алу туралы заң қаражатты оңтайлы және тиімді жұмсау, әлеуетті жабдықтаушыларға тең мүмкіндіктер беру, адал бәсекелестік, ашықтық пен айқындық, сатып алу субъектілерінің жауапкершілігі, сыбайлас жемқорлық құқық бұзушылықтарға және мүдделер қақтығысына жол бермеу қағидаттарына сүйенеді (§48).</p>',
        '<p>Закупочные процедуры являются зоной высокого коррупционного риска, и их необходимо включать в карты рисков. Риск оценивается по объёму бюджета, способу закупки, нечёткой регламентации процедур и другим факторам (§46).</p>' +
          '<p>Основные факторы снижения коррупции в закупках: постоянное повышение профессиональной квалификации работников, занятых в закупках, стандартизация закупочных процедур, внедрение электронных закупок, конкретные показатели эффективности и прозрачности и привлечение общественного контроля (§47).</p>' +
          '<p>Закон о государственных закупках опирается на принципы оптимального и эффективного расходования средств, равных возможностей для потенциальных поставщиков, добросовестной конкуренции, открытости и прозрачности, ответственности субъектов закупок, недопущения коррупционных правонарушений и конфликта интересов (§48).</p>',
        '<p>Procurement procedures are a zone of high corruption risk and belong on the risk maps. The risk is assessed by the size of the budget, the procurement method, loosely regulated procedures and other factors (§46).</p>' +
          '<p>The main factors that reduce corruption in procurement are steadily raising the qualification of procurement staff, standardised procedures, electronic procurement systems, concrete indicators of efficiency and transparency, and public control (§47).</p>' +
          '<p>The public procurement law rests on the optimal and efficient use of funds, equal opportunities for potential suppliers, fair competition, openness and transparency, the responsibility of those who buy, and the prevention of corruption offences and conflicts of interest (§48).</p>',
      ),
    ),
    lesson(
      text(
        'Бәсекелестік тәсілдер және бір көзден сатып алу',
        'Конкурентные способы и закупка из одного источника',
        'Competitive methods and single-source purchases',
      ),
      text(
        '<p>Мүдделік қолдау мен сыбайлас жемқорлық тәуекелдерін болдырмау үшін сатып алуды бәсекелестік тәсілдермен — конкурс, аукцион, баға ұсыныстарын сұрату, электрондық дүкен арқылы жүргізу ұсынылады. Бір көзден тікелей шарт жасасу арқылы сатып алу тек төтенше және ерекше жағдайларда ғана жүзеге асырылады (§49).</p>' +
          '<p>Баға ұсыныстарын сұрату — сыбайлас жемқорлық ықтималдығы төмен тәсілдердің бірі: ұсыныстарды беру мерзімі аяқталғаннан кейін мемлекеттік сатып алудың веб-порталы оларды автоматты түрде салыстырып, қорытынды жасайды, адами фактор жойылады. Конкурстарды рейтингтік-балдық жүйені пайдалана отырып өткізу ұсынылады, ал жоспарлау кезеңінде тапсырыс беруші мен әлеуетті жабдықтаушыларға назар аударып, мүдделер қақтығысын болдырмауға тырысу қажет (§50).</p>' +
          '<p>Жоғары тәуекел тобына жатқызылуы мүмкін сатып алу бойынша тауарлар, жұмыстар мен қызметтерді қабылдау кезінде қоғамдық мониторинг үшін қоғамдық бақылау субъектілері тартылады. Конкурсқа қатысушыларға тапсырыс берушінің, комиссиялардың және сарапшылардың әрекеттері мен шешімдеріне шағым жасау құқығы егжей-тегжейлі түсіндіріледі (§51).</p>',
        '<p>Чтобы исключить протекционизм и коррупционные риски, закупки рекомендуется проводить конкурентными способами — конкурсом, аукционом, запросом ценовых предложений, через электронный магазин. Закупка из одного источника путём прямого заключения договора допускается только в чрезвычайных и исключительных случаях (§49).</p>' +
          '<p>Запрос ценовых предложений — один из способов с низкой вероятностью коррупции: после окончания срока подачи веб-портал государственных закупок автоматически сравнивает предложения и подводит итоги, человеческий фактор исключён. Конкурсы рекомендуется проводить с рейтингово-балльной системой, а на этапе планирования — обращать внимание на заказчика и потенциальных поставщиков, чтобы не допустить конфликта интересов (§50).</p>' +
          '<p>При приёмке товаров, работ и услуг по закупкам, которые могут относиться к группе высокого риска, для общественного мониторинга привлекаются субъекты общественного контроля. Участникам конкурса подробно разъясняется право обжаловать действия и решения заказчика, комиссий и экспертов (§51).</p>',
        '<p>To rule out favouritism and corruption risks, purchases are best made by competitive methods: a tender, an auction, a request for price quotations or the e-shop. Buying from a single source by a direct contract is allowed only in emergency and exceptional cases (§49).</p>' +
          '<p>A request for price quotations carries a low likelihood of corruption: when the deadline passes, the public procurement web portal compares the offers automatically and sums up, with no human in the comparison. Tenders are best run with a rating-points system, and at the planning stage attention goes to the buyer and the potential suppliers to avoid conflicts of interest (§50).</p>' +
          '<p>When goods, works and services of purchases that may be high-risk are accepted, public control bodies are brought in for public monitoring. Bidders are told in detail of their right to appeal the actions and decisions of the buyer, the commissions and the experts (§51).</p>',
      ),
    ),
    lesson(
      text('Тәуекел белгілері және тексеру', 'Признаки риска и проверки', 'Warning signs and checks'),
      text(
        '<p>Сатып алудың тиімділігі көрсеткіштермен өлшенеді, мысалы: бір көзден сатып алу үлесін төмендету және бәсекелестік тәсілдермен сатып алу үлесін арттыру (§52.2). Жылына бір рет келісімшарттың немесе оның елеулі бөлігінің бір ұйымға немесе байланысты ұйымдарға берілу фактілері талданады; нәтижесі талдау аяқталған күннен бастап 3 күн ішінде бірінші басшыға хабарланады, ал құқық бұзушылық белгілері бар фактілер туралы уәкілетті органдарға хабарланады (§52.4).</p>' +
          '<p>Жабдықтаушылардың сенімділігін тексеру кезінде мыналарға назар аударылады (§70):</p>' +
          '<ul><li>«жалғыз көзден алу» сияқты тәуекелі жоғары жабдықтаушылар;</li>' +
          '<li>ұйым басшыларының ағымдағы және әлеуетті жабдықтаушылармен немесе олардың құрылтайшыларымен сәйкестігі;</li>' +
          '<li>қосалқы мердігерлердің ең көп саны тартылатын жағдайлар;</li>' +
          '<li>жабдықтаушы тендерді төмендетілген құнмен жеңіп алып, кейін құнын арттыру үшін қосымша келісімдер жасалған жағдайлар;</li>' +
          '<li>сыбайлас жемқорлық үшін жұмыстан босатылған жұмыскерлердің жоғары тәуекелді жабдықтаушылардың құрылтайшылары немесе басшылары болуы.</li></ul>' +
          '<p>Туыстарыңыздан немесе жеке мүдделілікпен байланысты өзге адамдардан сатып алуға не олардың тауарларын қабылдауға қатысуға тура келсе, тікелей басшыңызға жазбаша хабарлап, конкурс комиссиясының жұмысына және қабылдауға қатысудан бас тартыңыз (2-қосымша, 3 және 4-жағдайлар).</p>',
        '<p>Эффективность закупок измеряется показателями, например: снижение доли закупок из одного источника и рост доли закупок конкурентными способами (§52.2). Раз в год анализируются факты передачи договора или его существенной части одной организации или связанным организациям; результаты в течение 3 дней после завершения анализа докладываются первому руководителю, а о фактах с признаками правонарушений сообщается в уполномоченные органы (§52.4).</p>' +
          '<p>При проверке благонадёжности поставщиков обращают внимание на (§70):</p>' +
          '<ul><li>поставщиков высокого риска, например по закупкам из одного источника;</li>' +
          '<li>совпадения руководителей организации с текущими и потенциальными поставщиками и их учредителями;</li>' +
          '<li>случаи с наибольшим числом привлечённых субподрядчиков;</li>' +
          '<li>случаи, когда поставщик выиграл тендер по заниженной цене, а затем цена была увеличена дополнительными соглашениями;</li>' +
          '<li>работников, уволенных за коррупцию, среди учредителей и руководителей поставщиков высокого риска.</li></ul>' +
          '<p>Если вам предстоит участвовать в закупке у родственников или иных лиц, связанных личной заинтересованностью, либо в приёмке их товаров, письменно уведомите непосредственного руководителя и откажитесь от участия в работе конкурсной комиссии и в приёмке (Приложение 2, ситуации 3 и 4).</p>',
        '<p>Procurement is measured by indicators such as a falling share of single-source purchases and a rising share of competitive methods (§52.2). Once a year, contracts or significant parts of them awarded to one organisation or to related organisations are analysed; the first head hears the result within 3 days of the end of the analysis, and facts with signs of an offence are reported to the authorities (§52.4).</p>' +
          '<p>Supplier due diligence looks for (§70):</p>' +
          '<ul><li>high-risk suppliers, such as single-source ones;</li>' +
          '<li>matches between the organisation’s managers and current or potential suppliers and their founders;</li>' +
          '<li>cases with the most subcontractors;</li>' +
          '<li>tenders won at a reduced price whose price was then raised by supplementary agreements;</li>' +
          '<li>employees dismissed for corruption among the founders and heads of high-risk suppliers.</li></ul>' +
          '<p>If you are to take part in buying from relatives or other persons connected by personal interest, or in accepting their goods, notify your direct supervisor in writing and withdraw from the tender commission and from the acceptance (Annex 2, cases 3 and 4).</p>',
      ),
    ),
  ],
  questions: PROCUREMENT_QUESTIONS,
};

/**
 * §68: induction for new hires within the first 3 months, one lesson for each thing the material
 * is to tell them, in the order §68 lists them.
 */
const INDUCTION: DemoCourse = {
  topic: 'induction',
  title: text('Комплаенс бойынша кіріспе курс', 'Вводный курс по комплаенсу', 'Compliance induction'),
  description: text(
    'Жаңадан қабылданған жұмыскерлерге арналған курс: жұмысқа қабылданғаннан кейін алғашқы 3 ай ішінде өтеді (§68). Оқуды кеш немесе толық аяқтамау сынақ мерзімінің нәтижелерін бағалауға әсер етуі мүмкін.',
    'Курс для новых работников: проходится в течение первых 3 месяцев после приёма на работу (§68). Позднее или неполное прохождение может повлиять на оценку итогов испытательного срока.',
    'For new employees, to be completed within the first 3 months after hiring (§68). Finishing late or not at all may affect the assessment at the end of probation.',
  ),
  lessons: [
    lesson(
      text(
        'Ұйымда сыбайлас жемқорлыққа қарсы комплаенс бағдарламасы не үшін құрылды',
        'Зачем в организации создана антикоррупционная комплаенс-программа',
        'Why the organisation created its anti-corruption compliance programme',
      ),
      text(
        '<p>«Сыбайлас жемқорлыққа қарсы іс-қимыл туралы» Заң квазимемлекеттік сектордың барлық субъектілеріне сыбайлас жемқорлыққа қарсы комплаенс-қызметті енгізуді талап етеді; талапты орындамау Әкімшілік құқық бұзушылық туралы кодекстің 680-бабы бойынша жауапкершілікке әкеледі (§54). Мемлекеттік органдармен және квазимемлекеттік сектормен іскерлік қатынастағы кәсіпкерлік субъектілері комплаенс бағдарламасын өз бетінше әзірлейді (§53).</p>' +
          '<p>Бағдарламаның негізгі мақсаты — шешім қабылдау және ұйым қызметінің негізгі бағыттарын жүзеге асыру кезінде сыбайлас жемқорлыққа қарсы мәдениетті қалыптастыру. Ол үшін ұйым сыбайлас жемқорлық бұзушылықтардың себептері мен жағдайларын өзі анықтап, жою үшін тәуекелге негізделген бақылауды әзірлейді және енгізеді (§54).</p>' +
          '<p>Бағдарлама көшбасшылықты, саясат пен процедураларды, оқыту мен коммуникацияны, жедел желі мен ішкі тексеруді, жабдықтаушылар мен үміткерлердің сенімділігін тексеруді, мүдделер қақтығысын анықтауды, мониторинг пен өзін-өзі бағалауды қамтиды (§65). Оның табысы басшылықтың жеке үлгісіне және комплаенс функциясын қолдауына байланысты (§55).</p>',
        '<p>Закон «О противодействии коррупции» требует от всех субъектов квазигосударственного сектора внедрить антикоррупционную комплаенс-службу; неисполнение влечёт ответственность по статье 680 Кодекса об административных правонарушениях (§54). Субъекты предпринимательства, вступающие в деловые отношения с государственными органами и квазигосударственным сектором, разрабатывают комплаенс-программу самостоятельно (§53).</p>' +
          '<p>Основная цель программы — формирование антикоррупционной культуры при принятии решений и в основных направлениях деятельности организации. Для этого организация разрабатывает и внедряет риск-ориентированный контроль, чтобы самостоятельно выявлять и устранять причины и условия коррупционных нарушений (§54).</p>' +
          '<p>Программа охватывает лидерство, политики и процедуры, обучение и коммуникации, горячую линию и внутренние расследования, проверку благонадёжности поставщиков и кандидатов, выявление конфликта интересов, мониторинг и самооценку (§65). Её успех зависит от личного примера руководства и поддержки комплаенс-функции (§55).</p>',
        '<p>The Law “On Combating Corruption” requires every quasi-public sector entity to set up an anti-corruption compliance service, and failing to do so is an administrative offence under Article 680 of the Code of Administrative Offences (§54). Businesses that deal with state bodies and the quasi-public sector develop a compliance programme of their own (§53).</p>' +
          '<p>The programme’s main goal is an anti-corruption culture in decisions and in the organisation’s main lines of work. To reach it the organisation designs and runs risk-based controls, so that it finds and removes the causes and conditions of corruption offences itself (§54).</p>' +
          '<p>The programme covers leadership, policies and procedures, training and communication, the hotline and internal investigation, supplier and candidate due diligence, identifying conflicts of interest, monitoring and self-assessment (§65). Its success depends on management’s own example and its support for the compliance function (§55).</p>',
      ),
    ),
    lesson(
      text(
        'Шешім қабылдағанда және күнделікті жұмыста қандай құндылықтарды ұстанамыз',
        'Каким ценностям мы следуем в решениях и повседневной работе',
        'The values we follow in decisions and daily work',
      ),
      text(
        '<p>Сыбайлас жемқорлыққа қарсы мәдениет айқындық, адалдық және есеп берушілік құндылықтарына сүйенеді; олар корпоративтік мәдениеттің және күнделікті тәжірибенің ажырамас бөлігіне айналуға тиіс, ал ұйымда сыбайлас жемқорлықтың кез келген көрінісіне мүлдем төзбеушілік ортасы қалыптасады (§31).</p>' +
          '<p>Іскерлік әдеп кодексі белгіленген саясат пен процедураларды бұзуға, заңдар мен нормативтік құқықтық актілерді сақтамауға, қылмыстық құқық бұзушылықтар жасауға, сыбайлас жемқорлық көріністеріне және басшылыққа есеп берудің айқындық қағидаттарын бұзуға жол бермейтін мінез-құлық ережелерін белгілейді (§69). Жұмысқа қабылданғанда әр жұмыскер іскерлік әдеп кодексімен танысады (§67).</p>' +
          '<p>Күнделікті жұмыста бұл мынаны білдіреді: жеке мүдде шешімге әсер етуі мүмкін болса, бұл туралы жазбаша хабарлау (§15.1); бұзушылық туралы күдікті сенім желісіне жеткізу (§69); шешімдер мен әрекеттерді құжаттау, өйткені бұл ашықтықты арттырады (§14).</p>',
        '<p>Антикоррупционная культура опирается на ценности прозрачности, честности и подотчётности; они должны стать неотъемлемой частью корпоративной культуры и повседневной практики, а в организации — сложиться среда абсолютной нетерпимости к любым проявлениям коррупции (§31).</p>' +
          '<p>Кодекс деловой этики устанавливает правила поведения, предотвращающие нарушение установленных политик и процедур, несоблюдение законов и нормативных правовых актов, совершение уголовных правонарушений, проявления коррупции и нарушение принципов прозрачности отчётности перед руководством (§69). При приёме на работу каждый работник знакомится с кодексом деловой этики (§67).</p>' +
          '<p>В повседневной работе это значит: письменно сообщать, если личный интерес может повлиять на решение (§15.1); доводить подозрение о нарушении до линии доверия (§69); документировать решения и действия, потому что это повышает открытость (§14).</p>',
        '<p>An anti-corruption culture rests on transparency, integrity and accountability; these values are to become part of the corporate culture and of everyday practice, with zero tolerance of any form of corruption (§31).</p>' +
          '<p>The code of business ethics sets rules of conduct against breaking the organisation’s policies and procedures, breaking laws and regulations, criminal offences, corruption, and breaches of transparent reporting to management (§69). Every employee reads the code of business ethics when hired (§67).</p>' +
          '<p>In daily work this means: saying so in writing when a personal interest may affect a decision (§15.1); taking a suspected breach to the trust line (§69); and documenting decisions and actions, which makes them transparent (§14).</p>',
      ),
    ),
    lesson(
      text(
        'Сенім желісі және оның мақсаты',
        'Линия доверия и её назначение',
        'The hotline and what it is for',
      ),
      text(
        '<p>Сенім желісі (жедел желі) — жұмыскерлер мен жабдықтаушылар іскерлік әдеп кодексінің ықтимал немесе нақты бұзушылықтары және комплаенс тәуекелдері туралы хабарлай алатын тәуелсіз және сенімді желі. Ұйымда бірыңғай сенім желісі жұмыс істейді; оның байланыс деректері іскерлік әдеп кодексінде, сенім желісінің процедурасында, ұйымның веб-сайтында және тренингтерде жарияланады (§69).</p>' +
          '<p>Өтінішті анонимді немесе ашық түрде беруге болады. 24 сағат ішінде өтініштің қабылданғаны туралы алғашқы кері байланыс келеді; тексеру қажет болса, оған қанша күн кететіні хабарланады. Ішкі тексеруді тәуелсіз комплаенс-қызмет жүргізеді. Сенім желісіне өтініш қалдыру кек қайтаруға әкеп соқпайды (§69).</p>' +
          '<p>Сенім желісі ұйымның процестеріне қатысты бұзушылықтарға арналған: жеке кек алу әрекеттері немесе біреудің беделіне нұқсан келтіруге бағытталған негізсіз шағымдар оған берілмейді (§69).</p>',
        '<p>Линия доверия (горячая линия) — независимый и надёжный канал, по которому работники и поставщики сообщают о возможных или фактических нарушениях кодекса деловой этики и о комплаенс-рисках. В организации действует единая линия доверия; её контакты публикуются в кодексе деловой этики, в процедуре линии доверия, на сайте организации и на тренингах (§69).</p>' +
          '<p>Обращение можно подать анонимно или открыто. В течение 24 часов приходит первичная обратная связь о получении; если нужна проверка, сообщают, сколько дней она займёт. Внутреннее расследование проводит независимая комплаенс-служба. Обращение на линию доверия не влечёт преследования (§69).</p>' +
          '<p>Линия доверия предназначена для нарушений, связанных с процессами организации: попытки личной мести или необоснованные жалобы, направленные на подрыв чьей-либо репутации, на неё не подаются (§69).</p>',
        '<p>The trust line (hotline) is an independent, trusted channel through which employees and suppliers report possible or actual breaches of the code of business ethics and compliance risks. The organisation has one single trust line; its contacts are published in the code of business ethics, the trust line procedure, on the organisation’s website and in trainings (§69).</p>' +
          '<p>A report may be anonymous or open. Within 24 hours the first feedback confirms it was received; if it needs checking, you are told how many days that takes. Internal investigations are run by the independent compliance service. Reporting to the trust line never leads to retaliation (§69).</p>' +
          '<p>The trust line is for breaches that concern the organisation’s processes: attempts at personal revenge and baseless complaints meant to damage someone’s reputation do not belong there (§69).</p>',
      ),
    ),
    lesson(
      text(
        'Сыйлықтар мен қонақжайлылық лимиттері',
        'Лимиты подарков и гостеприимства',
        'Limits on gifts and hospitality',
      ),
      text(
        '<p>Лауазымдық міндеттерге байланысты сыйлық немесе қонақжайлылық заңсыз сыйақы ретінде бағалануы мүмкін, сондықтан пара ретінде қабылдануы мүмкін кез келген жағдайдан барынша аулақ болыңыз (§17).</p>' +
          '<ul><li>Қызмет бабында сізге тәуелді адамдардан сыйлықтар мен көрсетілетін қызметтерді қабылдауға болмайды; бұл тыйым отбасы мүшелеріне де қолданылады (§17).</li>' +
          '<li>Қонақжайлылық таныту кезінде шақырушы тараптың өзі қатысуы қажет, әйтпесе шығындар сыйлық деп есептеледі (§4, §18).</li>' +
          '<li>Ресми кездесулерде тек ресми сыйлықтар — кітаптар, логотипі бар кәдесыйлар — қабылданады (§20).</li></ul>' +
          '<p>Әдістемелік ұсынымдар сыйлықтың ақшалай шегін белгілемейді: нақты лимиттер мен оларды декларациялау тәртібін ұйымның сыйлықтар мен қонақжайлылықты декларациялау процедурасы белгілейді (§67). Сыйлықты қабылдауға бола ма, жоқ па — күмәндансаңыз, қабылдамай тұрып комплаенс-қызметтен сұраңыз.</p>',
        '<p>Подарок или гостеприимство, связанные с должностными обязанностями, могут расцениваться как незаконное вознаграждение, поэтому максимально избегайте любых ситуаций, которые могут быть восприняты как взятка (§17).</p>' +
          '<ul><li>Нельзя принимать подарки и услуги от лиц, зависимых от вас по службе; запрет распространяется и на членов семьи (§17).</li>' +
          '<li>При гостеприимстве приглашающая сторона должна сама участвовать в мероприятии, иначе расходы считаются подарком (§4, §18).</li>' +
          '<li>На официальных встречах принимаются только официальные подарки — книги, сувениры с логотипом (§20).</li></ul>' +
          '<p>Методические рекомендации не устанавливают денежный предел подарка: конкретные лимиты и порядок их декларирования устанавливает процедура организации по декларированию подарков и гостеприимства (§67). Если сомневаетесь, можно ли принять подарок, спросите комплаенс-службу до того, как принять его.</p>',
        '<p>A gift or hospitality connected with your duties may be treated as unlawful remuneration, so avoid as far as possible anything that could be taken for a bribe (§17).</p>' +
          '<ul><li>Do not accept gifts or services from people who depend on you in the service; the ban covers your family members too (§17).</li>' +
          '<li>In hospitality the inviting party must take part itself; otherwise the expense counts as a gift (§4, §18).</li>' +
          '<li>At official meetings only official gifts, such as books and souvenirs with a logo, are accepted (§20).</li></ul>' +
          '<p>The methodology sets no money limit for a gift: the concrete limits, and how gifts are declared, are set by the organisation’s procedure for declaring gifts and hospitality (§67). When in doubt whether you may accept a gift, ask the compliance service before accepting it.</p>',
      ),
    ),
    lesson(
      text(
        'Мүдделер қақтығысы туралы қалай және қайда хабарлау керек',
        'Как и куда сообщить о конфликте интересов',
        'How and where to report a conflict of interest',
      ),
      text(
        '<p>Мүдделер қақтығысы туындағаны немесе туындауы мүмкін екені белгілі болған сәтте тікелей басшыңызды не ұйым басшылығын және сыбайлас жемқорлықтың алдын алуға жауапты адамды немесе бөлімшені (біздің ұйымда — комплаенс-қызметті) жазбаша хабардар етіңіз. Тікелей басшы болмаса, келесі жоғары тұрған тұлғаға жазыңыз (§15.1).</p>' +
          '<p>Хабарлама 10 жұмыс күні ішінде қаралады. Қақтығыс болса, басшылық ұсынымдар алып, тағы 10 жұмыс күні ішінде шара қабылдайды: мәселені басқа адамға тапсырады немесе лауазымдық міндеттеріңізді өзгертеді (§15.3, §15.4).</p>' +
          '<p>Жұмысқа қабылданғанда сіз мүдделер қақтығысының болуы немесе болмауы туралы декларация толтырасыз; мұндай декларациялар жыл сайын және мерзімдік түрде жиналады, ал комплаенс-қызмет мүдделер қақтығысының жаңартылған тізілімін жүргізеді (§67, §72).</p>',
        '<p>Как только вам стало известно о возникшем или возможном конфликте интересов, письменно уведомите непосредственного руководителя либо руководство организации и лицо или подразделение, ответственное за противодействие коррупции (в нашей организации — комплаенс-службу). Если непосредственного руководителя нет, напишите следующему вышестоящему лицу (§15.1).</p>' +
          '<p>Уведомление рассматривается в течение 10 рабочих дней. Если конфликт есть, руководство получает рекомендации и ещё в течение 10 рабочих дней принимает меры: передаёт вопрос другому лицу или изменяет ваши должностные обязанности (§15.3, §15.4).</p>' +
          '<p>При приёме на работу вы заполняете декларацию о наличии или отсутствии конфликта интересов; такие декларации собираются ежегодно и периодически, а комплаенс-служба ведёт актуальный реестр конфликтов интересов (§67, §72).</p>',
        '<p>As soon as you learn that a conflict of interest has arisen or may arise, notify in writing your direct supervisor or the organisation’s management, and the person or unit responsible for corruption prevention (in our organisation, the compliance service). With no direct supervisor, write to the next person up (§15.1).</p>' +
          '<p>The notice is reviewed within 10 working days. Where there is a conflict, management receives recommendations and within another 10 working days acts: it hands the matter to someone else or changes your duties (§15.3, §15.4).</p>' +
          '<p>When hired you fill in a declaration on whether you have a conflict of interest; such declarations are collected yearly and periodically, and the compliance service keeps an up-to-date register of conflicts of interest (§67, §72).</p>',
      ),
    ),
    lesson(
      text(
        'Сыбайлас жемқорлыққа қарсы комплаенс саясаты мен процедураларымен қалай және қайда танысуға болады',
        'Как и где ознакомиться с антикоррупционными комплаенс-политиками и процедурами',
        'How and where to read the anti-corruption compliance policies and procedures',
      ),
      text(
        '<p>Сыбайлас жемқорлыққа қарсы саясат пен процедуралар нақты, түсінікті және барлық жұмыскерлер мен сыртқы әріптестерге қолжетімді болуы қажет (§67). Олар ұйымның ішкі порталында орналастырылады, ал өзгерістер туралы корпоративтік таратулар арқылы хабарланады (§32).</p>' +
          '<p>Ұсынылатын негізгі құжаттар (§67):</p>' +
          '<ul><li>іскерлік әдеп кодексі;</li><li>комплаенс-қызмет туралы ереже;</li><li>сыбайлас жемқорлыққа қарсы саясат пен нұсқаулық;</li><li>мүдделер қақтығысының саясаты;</li><li>үміткерлер мен жабдықтаушылардың сенімділігін тексеру процедурасы;</li><li>сенім желісіне келіп түскен шағымдарды қарастыру және ішкі тексерісті жүргізу процедурасы;</li><li>сыйлықтар мен қонақжайлылықты декларациялау процедурасы;</li><li>қайырымдылық және демеушілік көрсету процедурасы.</li></ul>' +
          '<p>Сыбайлас жемқорлық тәуекелі мен мүдделер қақтығысы туындаған жағдайдағы іс-қимыл алгоритмі бойынша түбіртек-парақтар мен қысқаша нұсқаулықтар да корпоративтік ресурстарда орналастырылады (§35).</p>',
        '<p>Антикоррупционные политики и процедуры должны быть чёткими, понятными и доступными всем работникам и внешним партнёрам (§67). Они размещаются на внутреннем портале организации, а об изменениях сообщается через корпоративные рассылки (§32).</p>' +
          '<p>Основные рекомендуемые документы (§67):</p>' +
          '<ul><li>кодекс деловой этики;</li><li>положение о комплаенс-службе;</li><li>антикоррупционная политика и инструкция;</li><li>политика в области конфликта интересов;</li><li>процедура проверки благонадёжности кандидатов и поставщиков;</li><li>процедура рассмотрения жалоб, поступивших на линию доверия, и проведения внутренних расследований;</li><li>процедура декларирования подарков и гостеприимства;</li><li>процедура оказания благотворительной и спонсорской помощи.</li></ul>' +
          '<p>Памятки и краткие инструкции об алгоритме действий при коррупционном риске и конфликте интересов также размещаются на корпоративных ресурсах (§35).</p>',
        '<p>Anti-corruption policies and procedures must be clear, understandable and available to every employee and external partner (§67). They are on the organisation’s internal portal, and changes are announced by corporate mailings (§32).</p>' +
          '<p>The main documents recommended (§67):</p>' +
          '<ul><li>the code of business ethics;</li><li>the regulation on the compliance service;</li><li>the anti-corruption policy and instruction;</li><li>the conflict-of-interest policy;</li><li>the due-diligence procedure for candidates and suppliers;</li><li>the procedure for hotline complaints and internal investigations;</li><li>the procedure for declaring gifts and hospitality;</li><li>the procedure for charity and sponsorship.</li></ul>' +
          '<p>Short memos and instructions on what to do in a situation of corruption risk or conflict of interest are on the corporate resources too (§35).</p>',
      ),
    ),
    lesson(
      text(
        'Комплаенс бойынша сұрақтар жөнінде қалай және қайда хабарласуға болады',
        'Как и куда обращаться с вопросами по комплаенсу',
        'How and where to ask compliance questions',
      ),
      text(
        '<p>Комплаенс бойынша сұрақтармен комплаенс-қызметке — сыбайлас жемқорлыққа қарсы комплаенс-қызметтің функцияларын атқаратын құрылымдық бөлімшеге немесе жауапты адамға (комплаенс-офицерге) хабарласыңыз (§53). Комплаенс-қызмет атқарушы органға тәуелсіз, директорлар кеңесіне немесе байқау кеңесіне есеп береді, ал оның функциялары басқа бөлімшелердің функцияларымен біріктірілмейді (§60).</p>' +
          '<p>Сұрақты комплаенс-қызметке жазбаша немесе комплаенс-офицермен кездесуде қоюға болады; тренингтерде де сұрақ қоюға уақыт беріледі. Сұрақ қою мен бұзушылық туралы хабарлау бөлек: ықтимал немесе нақты бұзушылық туралы сенім желісіне хабарлаңыз (§69).</p>' +
          '<p>Тікелей басшыңыз да көмектеседі: барлық басшылар жаңа жұмыскерлердің комплаенс бойынша оқудан уақтылы өтуіне жауапты, ал оқуды кеш немесе толық аяқтамау сынақ мерзімінің нәтижелерін бағалауға әсер етуі мүмкін (§68).</p>',
        '<p>С вопросами по комплаенсу обращайтесь в комплаенс-службу — структурное подразделение или ответственное лицо (комплаенс-офицера), выполняющее функции антикоррупционной комплаенс-службы (§53). Комплаенс-служба независима от исполнительного органа, подотчётна совету директоров или наблюдательному совету, и её функции не совмещаются с функциями других подразделений (§60).</p>' +
          '<p>Вопрос можно задать комплаенс-службе письменно или на встрече с комплаенс-офицером; на тренингах тоже отводится время для вопросов. Вопрос и сообщение о нарушении — разные вещи: о возможном или фактическом нарушении сообщайте на линию доверия (§69).</p>' +
          '<p>Поможет и непосредственный руководитель: все руководители отвечают за своевременное прохождение новыми работниками обучения по комплаенсу, а позднее или неполное прохождение может повлиять на оценку итогов испытательного срока (§68).</p>',
        '<p>Take compliance questions to the compliance service: the unit or the responsible person (compliance officer) performing the anti-corruption compliance functions (§53). The compliance service is independent of the executive, reports to the board of directors or the supervisory board, and its functions are not combined with other units’ (§60).</p>' +
          '<p>You can ask the compliance service in writing or at a meeting with a compliance officer, and trainings leave time for questions. A question is not a report: report a possible or actual breach to the trust line (§69).</p>' +
          '<p>Your direct supervisor helps too: every manager is responsible for new employees completing compliance training on time, and finishing it late or not at all may affect the assessment at the end of probation (§68).</p>',
      ),
    ),
  ],
  questions: INDUCTION_QUESTIONS,
};

export const DEMO_COURSES: readonly DemoCourse[] = [GENERAL, CONFLICT_OF_INTEREST, PROCUREMENT, INDUCTION];
