import type { LocalizedText } from '../../kernel/locale.js';

/**
 * The version of the non-disclosure undertaking in force (§40.6, §41.3). A new wording gets a new
 * version, and everyone signs it again before their next reading of an identity.
 */
export const UNDERTAKING_VERSION = 'nda-2026-1';

/** The wording of version `nda-2026-1`, in the three interface languages. */
export const UNDERTAKING_TEXT: LocalizedText = {
  kk:
    'Мен жедел желіге хабарлама жасаған адамның жеке басы туралы мәліметтерді және ' +
    'хабарламаның мазмұнын жарияламауға міндеттенемін (Әдістеменің 40.6, 41.3-тармақтары). Бұл мәліметтерді ' +
    'тек тексеру үшін пайдаланамын, оларды хабарламада аталған адамдарға, олардың басшыларына немесе ' +
    'тексеруге қатысы жоқ кез келген басқа адамға бермеймін, көшірмесін жасамаймын және ұйымнан тыс ' +
    'сақтамаймын. Міндеттеме жұмыстан немесе лауазымнан кеткеннен кейін де күшінде қалады. Оны бұзу ' +
    'тәртіптік және заңда көзделген өзге де жауапкершілікке әкеп соғатынын түсінемін.',
  ru:
    'Я обязуюсь не разглашать сведения о личности лица, подавшего сообщение на линию доверия, и содержание ' +
    'сообщения (пункты 40.6, 41.3 Методики). Я использую эти сведения только для проверки, не передаю их ' +
    'лицам, названным в сообщении, их руководителям или кому-либо ещё, кто не участвует в проверке, не ' +
    'делаю копий и не храню их вне организации. Обязательство действует и после ухода с работы или ' +
    'должности. Я понимаю, что его нарушение влечёт дисциплинарную и иную предусмотренную законом ' +
    'ответственность.',
  en:
    'I undertake not to disclose the identity of the person who made a report to the hotline, or the ' +
    'content of the report (methodology §40.6, §41.3). I use this information only for the check; I do ' +
    'not pass it to the people the report names, to their managers or to anyone else not taking part in ' +
    'the check; I make no copies and keep none outside the organisation. The undertaking continues after ' +
    'I leave my job or position. I understand that breaking it leads to disciplinary and any other ' +
    'liability the law provides.',
};
