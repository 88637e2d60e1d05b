import { en } from './en';
import { kk } from './kk';
import { mergeMessages, type AdalMessages } from '@adal/sdk';
import { campaigns } from './campaigns';
import { gifts } from './gifts';
import { financial } from './financial';
import { foreignAccounts } from './foreign-accounts';
import { publications } from './publications';
import { relatives } from './relatives';
import { conflicts } from './conflicts';
import { watchlists } from './watchlists';
import { ru } from './ru';

/** The parts of the plugin, each with its messages in kk, ru and en. */
const PARTS = [relatives, conflicts, watchlists, campaigns, gifts, financial, foreignAccounts, publications];

/** Every text of the plugin, Kazakh first (the default language). */
export const messages: AdalMessages = {
  kk: mergeMessages(kk, ...PARTS.map((part) => part.kk)),
  ru: mergeMessages(ru, ...PARTS.map((part) => part.ru)),
  en: mergeMessages(en, ...PARTS.map((part) => part.en)),
};
