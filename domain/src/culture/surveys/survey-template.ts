import type { LocalizedText } from '../../kernel/locale.js';
import type { SurveyQuestionKind } from './survey.entity.js';

/** A question of the template, before a survey gives it an id. */
export interface TemplateQuestion {
  kind: SurveyQuestionKind;
  statement: LocalizedText;
  required: boolean;
}

export interface SurveyTemplate {
  title: LocalizedText;
  intro: LocalizedText;
  questions: TemplateQuestion[];
}

const likert = (kk: string, ru: string, en: string): TemplateQuestion => ({
  kind: 'likert',
  statement: { kk, ru, en },
  required: true,
});

/**
 * §68: the questionnaire a planner starts from: whether the compliance function is understood and
 * accepted — the safe channel and protection (§68.B2), conflicts of interest and gifts (§68.B4),
 * the management's example (§66), where the policies are (§68.M2) and the training's use (feedback,
 * §68) — and one open question. The methodology has the content made with the HR function, so every
 * question stays editable while the survey is a draft.
 */
export function cultureSurveyTemplate(year: number): SurveyTemplate {
  return {
    title: {
      kk: `Сыбайлас жемқорлыққа қарсы мәдениет бойынша сауалнама, ${year}`,
      ru: `Опрос об антикоррупционной культуре, ${year}`,
      en: `Anti-corruption culture survey, ${year}`,
    },
    // §68: the announcement is made on behalf of the management.
    intro: {
      kk:
        'Басшылық атынан: бұл жыл сайынғы сауалнама сыбайлас жемқорлыққа қарсы комплаенс жүйеміздің қаншалықты ' +
        'түсінікті және қабылданғанын көрсетеді. Сауалнама жасырын: жауаптарыңыз сізбен байланыстырылмайды, ' +
        'сізден қайта сұрамау үшін тек жауап бергеніңіз туралы белгі сақталады. Нәтижелер кемінде 5 жауабы бар ' +
        'топтар бойынша ғана көрсетіледі.',
      ru:
        'От имени руководства: этот ежегодный опрос показывает, насколько понятна и принята наша ' +
        'антикоррупционная комплаенс-система. Опрос анонимный: ваши ответы не связываются с вами, хранится ' +
        'только отметка о том, что вы ответили, чтобы не спрашивать вас повторно. Результаты показываются ' +
        'только по группам, где не менее 5 ответов.',
      en:
        'On behalf of the management: this yearly survey shows how well our anti-corruption compliance is ' +
        'understood and accepted. It is anonymous: your answers are not linked to you; only the fact that you ' +
        'have answered is kept, so that you are not asked again. Results are shown only for groups of at ' +
        'least 5 answers.',
    },
    questions: [
      likert(
        'Сыбайлас жемқорлық туралы қалай қауіпсіз хабарлау керектігін білемін',
        'Я знаю, как безопасно сообщить о коррупции',
        'I know how to report corruption safely',
      ),
      likert(
        'Хабарлама маған зиян келтірмейтініне сенемін',
        'Я уверен(а), что сообщение о нарушении мне не навредит',
        'I trust that a report will not harm me',
      ),
      likert(
        'Басшылар адалдықтың үлгісін көрсетеді',
        'Руководители подают пример честности',
        'Managers set an example of integrity',
      ),
      likert(
        'Мүдделер қақтығысы деген не екенін және ол туралы кімге айту керектігін білемін',
        'Я знаю, что такое конфликт интересов и кому о нём сообщить',
        'I know what a conflict of interest is and whom to tell',
      ),
      likert(
        'Шешіміме әсер етуі мүмкін сыйлықтан бас тартар едім',
        'Я откажусь от подарка, который может повлиять на мои решения',
        'I would refuse a gift that could influence my decisions',
      ),
      likert(
        'Сыбайлас жемқорлыққа қарсы саясаттарды қайдан оқуға және сұрақ туса кімге жүгінуге болатынын білемін',
        'Я знаю, где прочитать антикоррупционные политики и к кому обратиться с вопросом',
        'I know where to read the anti-corruption policies and whom to ask about them',
      ),
      likert(
        'Өткен комплаенс оқуы түсінікті және пайдалы болды',
        'Пройденное обучение по комплаенсу было понятным и полезным',
        'The compliance training I took was clear and useful',
      ),
      {
        kind: 'text',
        statement: {
          kk: 'Адал әрекет етуге немесе бұзушылық туралы хабарлауға сізге не көмектесер еді?',
          ru: 'Что помогло бы вам действовать честно или сообщить о нарушении?',
          en: 'What would help you to act with integrity or to report a violation?',
        },
        required: false,
      },
    ],
  };
}
