import type { Locale, SupplierDeclarationForm } from '@adal/domain';
import { escapeHtml } from '../files/html-text.js';

/** Why a supplier's submission was refused, in words the supplier can act on. */
export type SupplierPageProblem = 'bin' | 'binMismatch' | 'answers' | 'used' | 'closed' | 'unknown';

interface Texts {
  title: string;
  intro(organization: string): string;
  supplier: string;
  deadline: string;
  bin: string;
  binHint: string;
  yes: string;
  no: string;
  details: string;
  submit: string;
  thanks: string;
  used: string;
  closed: string;
  unknown: string;
  problems: Record<Exclude<SupplierPageProblem, 'used' | 'closed' | 'unknown'>, string>;
}

const TEXTS: Record<Locale, Texts> = {
  kk: {
    title: 'Мүдделер қақтығысы туралы декларация',
    intro: (o) =>
      `${o} әлеуетті жеткізушілерден мүдделер қақтығысының бар-жоғы туралы декларация сұрайды (§72). Әр сұраққа жауап беріңіз; «иә» болса, түсіндіріңіз.`,
    supplier: 'Жеткізуші',
    deadline: 'Мерзімі',
    bin: 'БСН',
    binHint: '12 цифр',
    yes: 'Иә',
    no: 'Жоқ',
    details: 'Түсініктеме',
    submit: 'Декларацияны тапсыру',
    thanks: 'Декларацияңыз тапсырылды. Рақмет.',
    used: 'Бұл сілтеме арқылы декларация тапсырылып қойған. Бірдеңе өзгерсе, ұйымнан жаңа сілтеме сұраңыз.',
    closed: 'Науқан жабылды; декларациялар енді қабылданбайды.',
    unknown: 'Сілтеме жарамсыз; оны тексеріңіз немесе ұйымнан жаңасын сұраңыз.',
    problems: {
      bin: 'Бұл жарамды БСН емес: 12 цифрды және бақылау цифрын тексеріңіз.',
      binMismatch: 'Бұл сілтеме басқа БСН үшін берілген; енгізілген БСН-ді тексеріңіз.',
      answers: 'Әр сұраққа жауап беріңіз және әр «иә» жауабын түсіндіріңіз.',
    },
  },
  ru: {
    title: 'Декларация о конфликте интересов',
    intro: (o) =>
      `${o} просит потенциальных поставщиков заявить о наличии или отсутствии конфликта интересов (§72). Ответьте на каждый вопрос; если «да» — поясните.`,
    supplier: 'Поставщик',
    deadline: 'Срок',
    bin: 'БИН',
    binHint: '12 цифр',
    yes: 'Да',
    no: 'Нет',
    details: 'Пояснение',
    submit: 'Подать декларацию',
    thanks: 'Ваша декларация подана. Спасибо.',
    used: 'По этой ссылке декларация уже подана. Если что-то изменилось, попросите у организации новую ссылку.',
    closed: 'Кампания закрыта; декларации больше не принимаются.',
    unknown: 'Ссылка недействительна; проверьте её или попросите у организации новую.',
    problems: {
      bin: 'Это не действительный БИН: проверьте 12 цифр и контрольную цифру.',
      binMismatch: 'Эта ссылка выдана для другого БИН; проверьте введённый БИН.',
      answers: 'Ответьте на каждый вопрос и поясните каждый ответ «да».',
    },
  },
  en: {
    title: 'Conflict-of-interest declaration',
    intro: (o) =>
      `${o} asks its potential suppliers to declare whether they have a conflict of interest (§72). Answer every question; explain each "yes".`,
    supplier: 'Supplier',
    deadline: 'Deadline',
    bin: 'BIN',
    binHint: '12 digits',
    yes: 'Yes',
    no: 'No',
    details: 'What is it about?',
    submit: 'Submit the declaration',
    thanks: 'Your declaration is submitted. Thank you.',
    used: 'A declaration was already submitted through this link. If something changed, ask the organisation for a new link.',
    closed: 'The campaign is closed; it no longer takes declarations.',
    unknown: 'This link is not valid; check it or ask the organisation for a new one.',
    problems: {
      bin: 'This is not a valid BIN: check its 12 digits and the check digit.',
      binMismatch: 'This link was issued for another BIN; check the BIN you typed.',
      answers: 'Answer every question and explain each "yes".',
    },
  },
};

function page(locale: Locale, body: string): string {
  const texts = TEXTS[locale];
  return `<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(texts.title)}</title>
<style>
body { font-family: system-ui, sans-serif; margin: 0; padding: 1rem; color: #101828; line-height: 1.5; }
main { max-width: 44rem; margin: 0 auto; }
fieldset { border: 1px solid #d0d5dd; border-radius: 0.5rem; margin: 0 0 1rem; padding: 0.75rem; }
label { display: inline-block; margin-right: 1rem; }
textarea, input[type=text] { width: 100%; box-sizing: border-box; font: inherit; padding: 0.5rem; }
button { font: inherit; padding: 0.6rem 1.2rem; background: #1d4e89; color: #fff; border: none; border-radius: 0.4rem; }
.problem { color: #b42318; font-weight: 600; }
</style>
</head>
<body>
<main>
<h1>${escapeHtml(texts.title)}</h1>
${body}
</main>
</body>
</html>
`;
}

/** The page of a link that no longer serves, or never did: used, closed or unknown. */
export function supplierNoticePage(locale: Locale, kind: 'used' | 'closed' | 'unknown' | 'thanks'): string {
  const texts = TEXTS[locale];
  const text = kind === 'thanks' ? texts.thanks : texts[kind];
  return page(locale, `<p role="status">${escapeHtml(text)}</p>`);
}

/**
 * §72.1: the questionnaire a potential supplier's link opens, standalone (no shell, no script, no
 * account): a plain form posted back to the same address.
 */
export function supplierFormPage(
  locale: Locale,
  form: SupplierDeclarationForm,
  typed: { bin: string; answers: Record<string, { choice: string; details: string }> },
  problem: SupplierPageProblem | null,
): string {
  const texts = TEXTS[locale];
  const problemText =
    problem && problem in texts.problems ? texts.problems[problem as keyof Texts['problems']] : null;
  const questions = form.questions
    .map((question, index) => {
      const typedAnswer = typed.answers[question.code] ?? { choice: '', details: '' };
      const name = `answer_${question.code}`;
      return `<fieldset>
<legend>${index + 1}. ${escapeHtml(question.text[locale])}</legend>
<label><input type="radio" name="${name}" value="yes"${typedAnswer.choice === 'yes' ? ' checked' : ''} required> ${escapeHtml(texts.yes)}</label>
<label><input type="radio" name="${name}" value="no"${typedAnswer.choice === 'no' ? ' checked' : ''}> ${escapeHtml(texts.no)}</label>
<p><label for="details_${question.code}">${escapeHtml(texts.details)}</label>
<textarea id="details_${question.code}" name="details_${question.code}" rows="2" maxlength="2000">${escapeHtml(typedAnswer.details)}</textarea></p>
</fieldset>`;
    })
    .join('\n');
  return page(
    locale,
    `<p>${escapeHtml(texts.intro(form.organizationName))}</p>
<p><strong>${escapeHtml(texts.supplier)}:</strong> ${escapeHtml(form.supplierName)}<br>
<strong>${escapeHtml(texts.deadline)}:</strong> ${escapeHtml(form.deadline.split('-').reverse().join('.'))}</p>
${problemText ? `<p class="problem" role="alert">${escapeHtml(problemText)}</p>` : ''}
<form method="post">
<p><label for="bin">${escapeHtml(texts.bin)} (${escapeHtml(texts.binHint)})</label>
<input type="text" id="bin" name="bin" inputmode="numeric" autocomplete="off" maxlength="12" required value="${escapeHtml(typed.bin)}"></p>
${questions}
<button type="submit">${escapeHtml(texts.submit)}</button>
</form>`,
  );
}
