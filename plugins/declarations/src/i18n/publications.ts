// §29: HR's reminder on the home page of the declaration data still to publish for a reporting
// year (the publication list itself is on the financial-declarations page).

const en = {
  work: {
    financial_publications_due: 'Declaration data to publish for {subject}: {count}',
  },
};

const ru: typeof en = {
  work: {
    financial_publications_due: 'Данные деклараций к публикации за {subject} год: {count}',
  },
};

const kk: typeof en = {
  work: {
    financial_publications_due: 'Жариялануға тиіс {subject} жылғы декларация деректері: {count}',
  },
};

export const publications = { kk, ru, en };
