import type { AdalLocale } from '@adal/sdk/host';

/** What the chrome uses of the kit once loaded (a type only: the chrome never imports the kit). */
interface WarmedKit {
  loadErrorMessages(locale: AdalLocale): Promise<void>;
}

/**
 * The sdk's UI kit (PrimeVue, its theme) is not part of the chrome's first load (ADR 013): the
 * sign-in and home pages show without it. Once a person is signed in and the browser is idle, it
 * is fetched and evaluated, with the error messages of the person's language, so that the first
 * plugin page finds both ready instead of waiting for them as it mounts. It is the same module the
 * import map names for plugins (`/vendor/adal-sdk.js`), so nothing is loaded twice.
 */
export function warmSdkWhenIdle(
  locale: () => AdalLocale,
  load: () => Promise<WarmedKit> = () => import('@adal/sdk'),
): void {
  const start = () => {
    load()
      .then((kit) => kit.loadErrorMessages(locale()))
      .catch((error: unknown) => console.error('[adal] could not preload the sdk', error));
  };
  if ('requestIdleCallback' in window) window.requestIdleCallback(start, { timeout: 2000 });
  else setTimeout(start, 0);
}
