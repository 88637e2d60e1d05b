import { useI18n } from 'vue-i18n';

/** A column of the question file by its code (`option_3_ru`), as the interface language names it. */
export function useQuestionColumn(): (code: string | null | undefined) => string {
  const { t } = useI18n();
  return (code) => {
    if (!code) return '';
    const parts = /^(text|explanation|option|match)(?:_(\d))?_(kk|ru|en)$/.exec(code);
    if (parts) return t(`bank.columns.${parts[1]}`, { n: parts[2] ?? '', lang: parts[3] });
    if (code === 'pool' || code === 'kind' || code === 'right') return t(`bank.columns.${code}`);
    return code;
  };
}
