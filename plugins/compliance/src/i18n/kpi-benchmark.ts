/** The holding's anonymous comparison on the KPI views page (§74.6). */
export const kpiBenchmark = {
  kk: {
    kpiBenchmark: {
      title: 'Холдинг компанияларымен салыстыру',
      intro:
        'Соңғы он екі айдағы көрсеткіштеріңіз холдингтің басқа компанияларымен қатар ({count} компания). Басқа компаниялардың атауы көрсетілмейді.',
      measure: 'Көрсеткіш',
      own: 'Сіздің компания',
      place: 'Орны',
      placeOf: '{of} ішінде {place}-орын',
      noPlace: 'Орын анықталмайды',
      spread: 'Ең төмен · медиана · ең жоғары',
      spreadValues: '{min} · {median} · {max}',
      noSpread: 'Салыстыруға компания аз',
    },
  },
  ru: {
    kpiBenchmark: {
      title: 'Сравнение с компаниями холдинга',
      intro:
        'Ваши показатели за последние двенадцать месяцев рядом с другими компаниями холдинга ({count} компании). Названия других компаний не показываются.',
      measure: 'Показатель',
      own: 'Ваша компания',
      place: 'Место',
      placeOf: '{place}-е место из {of}',
      noPlace: 'Место не определяется',
      spread: 'Минимум · медиана · максимум',
      spreadValues: '{min} · {median} · {max}',
      noSpread: 'Слишком мало компаний для сравнения',
    },
  },
  en: {
    kpiBenchmark: {
      title: 'Compared with the holding’s companies',
      intro:
        'Your figures over the last twelve months beside the holding’s other companies ({count} companies). No other company is named.',
      measure: 'Indicator',
      own: 'Your company',
      place: 'Place',
      placeOf: '{place} of {of}',
      noPlace: 'No place',
      spread: 'Lowest · median · highest',
      spreadValues: '{min} · {median} · {max}',
      noSpread: 'Too few companies to compare',
    },
  },
};
