import type { AdalLocale } from '../locale';
import { en } from './en';
import { kk } from './kk';
import { ru } from './ru';

/** The general text of each error code, and each domain message by its key, in one language. */
export interface ErrorCatalogue {
  codes: Record<keyof typeof en.codes, string>;
  messages: Record<ErrorMessageKey, string>;
}

/** The keys the domain puts in `extensions.messageKey`. */
export type ErrorMessageKey = keyof typeof en.messages;

export const ERROR_CATALOGUE: Record<AdalLocale, ErrorCatalogue> = { kk, ru, en };
