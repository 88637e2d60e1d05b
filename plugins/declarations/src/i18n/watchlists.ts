import type { AdalMessageTree } from '@adal/sdk';

// The outside lists the quarterly conflict matching reads (see the analysis page).

const en = {
  conflicts: {
    watchlists: {
      title: 'Lists the matching also reads',
      intro:
        'Besides the staff list, the declared persons and the employees themselves are compared with two lists the responsible unit loads from registers’ exports. A new file replaces its list whole.',
      kinds: {
        supplier_people: {
          title: 'Founders and managers of suppliers',
          source:
            'Export the founders and managers of the organisation’s suppliers and potential suppliers from the state register of legal entities or the procurement portal, one person per row.',
        },
        corruption_dismissals: {
          title: 'People dismissed for corruption',
          source:
            'Export the register of people who committed corruption offences, or the list of people dismissed for them, one person per row.',
        },
      },
      loaded: '{count} entries, loaded {at} by {by}.',
      notLoaded: 'Not loaded yet: load the register’s export so that the matches include it.',
      notLoadedReader: 'Not loaded yet; the responsible unit loads it.',
      load: 'Load the list',
      replace: 'Replace the list',
      dialogTitle: 'Load: {list}',
      columnsIntro: 'The first row names the columns; the file may have others, which are not read:',
      columns: {
        bin: 'the supplier’s BIN (required)',
        company: 'the supplier’s name (required)',
        full_name: 'the person’s full name (required)',
        iin: 'the person’s IIN',
        birth_date: 'the date of birth, 31.03.1980 or 1980-03-31',
        role: 'founder or manager (учредитель, руководитель, құрылтайшы, басшы)',
        dismissed_on: 'the day of dismissal',
        employer: 'where they were dismissed from',
      },
      identityHint: 'Each row needs the IIN or the date of birth: a name alone would match strangers.',
      file: 'File (CSV or XLSX)',
      replaces: 'The list now holds {count} entries loaded {at}; the file replaces them all.',
      problems: 'Problems in the file: {count}. Nothing was loaded; correct them and load the file again.',
      wholeRow: 'Whole row',
      done: 'Loaded: {count} entries. The matches are checked against them.',
    },
  },
};

const ru: typeof en = {
  conflicts: {
    watchlists: {
      title: 'Списки, с которыми ещё сверяются',
      intro:
        'Кроме штатного списка, указанные лица и сами работники сверяются с двумя списками, которые ответственное подразделение загружает из выгрузок реестров. Новый файл заменяет свой список целиком.',
      kinds: {
        supplier_people: {
          title: 'Учредители и руководители поставщиков',
          source:
            'Выгрузите учредителей и руководителей поставщиков и потенциальных поставщиков организации из государственного реестра юридических лиц или с портала закупок — по одному человеку в строке.',
        },
        corruption_dismissals: {
          title: 'Уволенные за коррупцию',
          source:
            'Выгрузите реестр лиц, совершивших коррупционные правонарушения, или список уволенных за них — по одному человеку в строке.',
        },
      },
      loaded: 'Записей: {count}. Загружено {at} пользователем {by}.',
      notLoaded: 'Ещё не загружен: загрузите выгрузку реестра, чтобы совпадения учитывали её.',
      notLoadedReader: 'Ещё не загружен; его загружает ответственное подразделение.',
      load: 'Загрузить список',
      replace: 'Заменить список',
      dialogTitle: 'Загрузка: {list}',
      columnsIntro: 'Первая строка называет столбцы; другие столбцы файла не читаются:',
      columns: {
        bin: 'БИН поставщика (обязательно)',
        company: 'наименование поставщика (обязательно)',
        full_name: 'ФИО человека (обязательно)',
        iin: 'ИИН человека',
        birth_date: 'дата рождения, 31.03.1980 или 1980-03-31',
        role: 'учредитель или руководитель (по-казахски: құрылтайшы, басшы)',
        dismissed_on: 'дата увольнения',
        employer: 'откуда уволен',
      },
      identityHint: 'В каждой строке нужен ИИН или дата рождения: по одному имени совпадут посторонние люди.',
      file: 'Файл (CSV или XLSX)',
      replaces: 'Сейчас в списке {count} записей, загруженных {at}; файл заменит их все.',
      problems: 'Ошибок в файле: {count}. Ничего не загружено; исправьте их и загрузите файл снова.',
      wholeRow: 'Вся строка',
      done: 'Загружено записей: {count}. Совпадения сверяются с ними.',
    },
  },
};

const kk: typeof en = {
  conflicts: {
    watchlists: {
      title: 'Салыстырылатын басқа тізімдер',
      intro:
        'Штат тізімінен бөлек, көрсетілген адамдар мен қызметкерлердің өздері жауапты бөлімше тізілімдер үзінділерінен жүктейтін екі тізіммен салыстырылады. Жаңа файл өз тізімін толық ауыстырады.',
      kinds: {
        supplier_people: {
          title: 'Өнім берушілердің құрылтайшылары мен басшылары',
          source:
            'Ұйымның өнім берушілері мен әлеуетті өнім берушілерінің құрылтайшылары мен басшыларын заңды тұлғалардың мемлекеттік тізілімінен немесе сатып алу порталынан түсіріп алыңыз — әр жолда бір адам.',
        },
        corruption_dismissals: {
          title: 'Сыбайлас жемқорлық үшін жұмыстан шығарылғандар',
          source:
            'Сыбайлас жемқорлық құқық бұзушылық жасаған адамдардың тізілімін немесе сол үшін жұмыстан шығарылғандар тізімін түсіріп алыңыз — әр жолда бір адам.',
        },
      },
      loaded: 'Жазбалар: {count}. Жүктелген уақыты: {at}, жүктеген — {by}.',
      notLoaded: 'Әлі жүктелмеген: сәйкестіктер оны ескеруі үшін тізілім үзіндісін жүктеңіз.',
      notLoadedReader: 'Әлі жүктелмеген; оны жауапты бөлімше жүктейді.',
      load: 'Тізімді жүктеу',
      replace: 'Тізімді ауыстыру',
      dialogTitle: 'Жүктеу: {list}',
      columnsIntro: 'Бірінші жол бағандарды атайды; файлдың басқа бағандары оқылмайды:',
      columns: {
        bin: 'өнім берушінің БСН-і (міндетті)',
        company: 'өнім берушінің атауы (міндетті)',
        full_name: 'адамның аты-жөні (міндетті)',
        iin: 'адамның ЖСН-і',
        birth_date: 'туған күні, 31.03.1980 немесе 1980-03-31',
        role: 'құрылтайшы немесе басшы (орысша: учредитель, руководитель)',
        dismissed_on: 'жұмыстан шығарылған күні',
        employer: 'қайдан шығарылды',
      },
      identityHint: 'Әр жолда ЖСН немесе туған күні болуы керек: тек атымен бөгде адамдар сәйкес келер еді.',
      file: 'Файл (CSV немесе XLSX)',
      replaces: 'Қазір тізімде {at} жүктелген {count} жазба бар; файл олардың бәрін ауыстырады.',
      problems: 'Файлдағы қателер: {count}. Ештеңе жүктелмеді; оларды түзетіп, файлды қайта жүктеңіз.',
      wholeRow: 'Бүкіл жол',
      done: 'Жүктелген жазбалар: {count}. Сәйкестіктер олармен салыстырылады.',
    },
  },
};

export const watchlists = { kk, ru, en } satisfies Record<'kk' | 'ru' | 'en', AdalMessageTree>;
