import type { AdalRole } from './roles';

// What a plugin's route may say about its page: the sdk reads it to title the browser tab and to
// refuse the page to roles it is not for, so that every plugin does both the same way.
declare module 'vue-router' {
  interface RouteMeta {
    /** A key in the plugin's messages naming the page, for the browser tab's title. */
    titleKey?: string;
    /** Who may use the page; absent or empty means everyone signed in. */
    roles?: readonly AdalRole[];
  }
}

export {};
