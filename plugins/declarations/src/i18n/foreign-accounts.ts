// The foreign-account check's access order (§30.1) and undertakings (§30.2).

const en = {
  foreignAccess: {
    title: 'Who has access to the foreign-account data (§30.1)',
    hint: 'The first head approves by order the list of people who have access to the data on money in foreign banks and who analyse and monitor it: HR staff, the ethics commissioner or the compliance service.',
    inForce: 'Order No. {number} of {date}, signed by {name}',
    members: 'People the order names',
    none: 'No order is recorded. The first head approves by order who has access to the foreign-account data; until then nobody can prepare the request to the tax authority.',
    noneFirstHead:
      'No order is recorded yet. Record your order naming who has access to the foreign-account data: until then nobody can prepare the request to the tax authority.',
    notNamed:
      'The check’s data is open only to the people named in the first head’s order in force. You are not named in it.',
    record: 'Record the order',
    replace: 'Record a new order',
    dialogTitle: 'The first head’s order (§30.1)',
    number: 'Order number',
    date: 'Order date',
    people: 'People with access',
    required: {
      number: 'Give the number of the order',
      date: 'Give the date of the order',
      people: 'Name at least one person',
    },
    next: 'Continue',
    confirmNew: 'Order No. {number} of {date} gives access to the foreign-account data to: {names}.',
    confirmReplaces:
      'It replaces order No. {number} of {date}: only the people the new order names will have access.',
    confirm: 'Record the order',
    saved: 'The order is recorded and in force.',
  },
  foreignUndertakings: {
    title: 'Undertakings not to hold foreign accounts (§30.2)',
    tableLabel: 'Table of who must sign the undertaking',
    hint: 'Persons holding a responsible state position, persons authorised to perform state functions (except maslikhat deputies) and officials sign with HR an undertaking not to open or hold accounts (deposits) in foreign banks outside Kazakhstan, nor keep cash and valuables there.',
    summary: '{signed} of {total} signed',
    search: 'Search by name',
    find: 'Search',
    notSignedOnly: 'Only those who have not signed',
    columns: { person: 'Person', status: 'Undertaking', action: 'Action' },
    signed: 'Signed',
    notSigned: 'Not signed',
    empty:
      'Nobody must sign yet. Those who sign are the declarants HR lists in Financial declarations as holding a responsible state position, as authorised to perform state functions (not a maslikhat deputy) or as officials: list them there first.',
    emptyFiltered: 'Nobody matches. Clear the search or the filter.',
    recordFor: 'Record the signed undertaking: {name}',
    dialogTitle: 'Record the signed undertaking',
    intro:
      '{name} signed the undertaking not to open or hold accounts in foreign banks outside Kazakhstan, nor keep cash and valuables there.',
    signedOn: 'Signed on',
    paper: 'The signed original stays with HR; only the day is recorded here.',
    required: 'Give the day it was signed',
    save: 'Record',
  },
};

const ru: typeof en = {
  foreignAccess: {
    title: 'Доступ к данным об иностранных счетах (§30.1)',
    hint: 'Первый руководитель приказом утверждает перечень лиц, имеющих доступ к данным о деньгах в иностранных банках и отвечающих за их анализ и мониторинг: работники кадровой службы, уполномоченный по этике или комплаенс-служба.',
    inForce: 'Приказ № {number} от {date}, подписал(а): {name}',
    members: 'Лица, названные в приказе',
    none: 'Приказ не записан. Кто имеет доступ к данным об иностранных счетах, утверждает приказом первый руководитель; до этого никто не может подготовить запрос в налоговый орган.',
    noneFirstHead:
      'Приказ ещё не записан. Запишите свой приказ с перечнем лиц, имеющих доступ к данным об иностранных счетах: до этого никто не может подготовить запрос в налоговый орган.',
    notNamed:
      'Данные проверки открыты только лицам, названным в действующем приказе первого руководителя. Вас в нём нет.',
    record: 'Записать приказ',
    replace: 'Записать новый приказ',
    dialogTitle: 'Приказ первого руководителя (§30.1)',
    number: 'Номер приказа',
    date: 'Дата приказа',
    people: 'Лица с доступом',
    required: {
      number: 'Укажите номер приказа',
      date: 'Укажите дату приказа',
      people: 'Назовите хотя бы одно лицо',
    },
    next: 'Продолжить',
    confirmNew: 'Приказ № {number} от {date} даёт доступ к данным об иностранных счетах: {names}.',
    confirmReplaces:
      'Он заменяет приказ № {number} от {date}: доступ останется только у лиц, названных в новом приказе.',
    confirm: 'Записать приказ',
    saved: 'Приказ записан и действует.',
  },
  foreignUndertakings: {
    title: 'Обязательства не иметь иностранных счетов (§30.2)',
    tableLabel: 'Таблица обязанных подписать обязательство',
    hint: 'Лица, занимающие ответственные государственные должности, лица, уполномоченные на выполнение государственных функций (кроме депутатов маслихатов), и должностные лица подписывают с кадровой службой обязательство не открывать и не иметь счетов (вкладов) в иностранных банках за пределами Казахстана и не хранить там наличные деньги и ценности.',
    summary: 'Подписали {signed} из {total}',
    search: 'Поиск по имени',
    find: 'Найти',
    notSignedOnly: 'Только не подписавшие',
    columns: { person: 'Лицо', status: 'Обязательство', action: 'Действие' },
    signed: 'Подписано',
    notSigned: 'Не подписано',
    empty:
      'Пока никто не обязан подписывать. Подписывают декларанты, которых кадровая служба внесла в «Финансовые декларации» как лиц, занимающих ответственную государственную должность, уполномоченных на выполнение государственных функций (не депутатов маслихата) или должностных лиц: сначала внесите их там.',
    emptyFiltered: 'Никто не подходит. Очистите поиск или фильтр.',
    recordFor: 'Записать подписанное обязательство: {name}',
    dialogTitle: 'Записать подписанное обязательство',
    intro:
      '{name} подписал(а) обязательство не открывать и не иметь счетов в иностранных банках за пределами Казахстана и не хранить там наличные деньги и ценности.',
    signedOn: 'Дата подписания',
    paper: 'Подписанный оригинал хранится в кадровой службе; здесь записывается только дата.',
    required: 'Укажите дату подписания',
    save: 'Записать',
  },
};

const kk: typeof en = {
  foreignAccess: {
    title: 'Шетелдік шоттар туралы деректерге қол жеткізу (§30.1)',
    hint: 'Бірінші басшы шетелдік банктердегі ақша туралы деректерге қол жеткізе алатын және оларды талдауға, мониторингтеуге жауапты адамдардың тізбесін бұйрықпен бекітеді: кадр қызметінің қызметкерлері, әдеп жөніндегі уәкіл немесе комплаенс-қызмет.',
    inForce: '{date} № {number} бұйрық, қол қойған: {name}',
    members: 'Бұйрықта аталған адамдар',
    none: 'Бұйрық тіркелмеген. Шетелдік шоттар туралы деректерге кім қол жеткізе алатынын бірінші басшы бұйрықпен бекітеді; оған дейін салық органына сұрауды ешкім дайындай алмайды.',
    noneFirstHead:
      'Бұйрық әлі тіркелмеген. Шетелдік шоттар туралы деректерге кім қол жеткізе алатынын атайтын бұйрығыңызды тіркеңіз: оған дейін салық органына сұрауды ешкім дайындай алмайды.',
    notNamed:
      'Тексеру деректері бірінші басшының қолданыстағы бұйрығында аталған адамдарға ғана ашық. Сіз онда аталмағансыз.',
    record: 'Бұйрықты тіркеу',
    replace: 'Жаңа бұйрықты тіркеу',
    dialogTitle: 'Бірінші басшының бұйрығы (§30.1)',
    number: 'Бұйрықтың нөмірі',
    date: 'Бұйрықтың күні',
    people: 'Қол жеткізе алатын адамдар',
    required: {
      number: 'Бұйрықтың нөмірін көрсетіңіз',
      date: 'Бұйрықтың күнін көрсетіңіз',
      people: 'Кемінде бір адамды атаңыз',
    },
    next: 'Жалғастыру',
    confirmNew:
      '{date} № {number} бұйрық шетелдік шоттар туралы деректерге қол жеткізу құқығын мына адамдарға береді: {names}.',
    confirmReplaces:
      'Ол {date} № {number} бұйрықтың орнына келеді: қол жеткізу құқығы тек жаңа бұйрықта аталған адамдарда қалады.',
    confirm: 'Бұйрықты тіркеу',
    saved: 'Бұйрық тіркелді және күшіне енді.',
  },
  foreignUndertakings: {
    title: 'Шетелдік шот ұстамау туралы міндеттемелер (§30.2)',
    tableLabel: 'Міндеттемеге қол қоюға тиіс адамдар кестесі',
    hint: 'Жауапты мемлекеттік лауазымды атқаратын адамдар, мемлекеттік функцияларды орындауға уәкілетті адамдар (мәслихат депутаттарынан басқа) және лауазымды адамдар кадр қызметімен Қазақстаннан тыс шетелдік банктерде шот (салым) ашпау және ұстамау, онда қолма-қол ақша мен құндылықтарды сақтамау туралы міндеттемеге қол қояды.',
    summary: '{total} адамнан {signed} адам қол қойды',
    search: 'Аты бойынша іздеу',
    find: 'Табу',
    notSignedOnly: 'Тек қол қоймағандар',
    columns: { person: 'Адам', status: 'Міндеттеме', action: 'Әрекет' },
    signed: 'Қол қойылды',
    notSigned: 'Қол қойылмаған',
    empty:
      'Әзірге ешкім қол қоюға міндетті емес. Қол қоятындар — кадр қызметі «Қаржылық декларациялар» бөлімінде жауапты мемлекеттік лауазымды атқаратын, мемлекеттік функцияларды орындауға уәкілетті (мәслихат депутаты емес) немесе лауазымды адам ретінде тіркеген декларанттар: алдымен оларды сонда қосыңыз.',
    emptyFiltered: 'Ешкім сәйкес келмейді. Іздеуді немесе сүзгіні тазалаңыз.',
    recordFor: 'Қол қойылған міндеттемені тіркеу: {name}',
    dialogTitle: 'Қол қойылған міндеттемені тіркеу',
    intro:
      '{name} Қазақстаннан тыс шетелдік банктерде шот ашпау және ұстамау, онда қолма-қол ақша мен құндылықтарды сақтамау туралы міндеттемеге қол қойды.',
    signedOn: 'Қол қойылған күні',
    paper: 'Қол қойылған түпнұсқа кадр қызметінде сақталады; мұнда тек күні тіркеледі.',
    required: 'Қол қойылған күнін көрсетіңіз',
    save: 'Тіркеу',
  },
};

export const foreignAccounts = { kk, ru, en };
