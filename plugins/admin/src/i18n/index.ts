import type { AdalMessages } from '@adal/sdk';
import { en } from './en';
import { kk } from './kk';
import { ru } from './ru';

/** Every text of the plugin, Kazakh first (the default language). */
export const messages: AdalMessages = { kk, ru, en };
