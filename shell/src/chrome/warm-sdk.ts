/**
 * The sdk's UI kit (PrimeVue, its theme) is not part of the chrome's first load (ADR 013): the
 * sign-in and home pages show without it. Once a person is signed in and the browser is idle, it
 * is fetched and evaluated, so that the first plugin page finds it ready. It is the same module
 * the import map names for plugins (`/vendor/adal-sdk.js`), so nothing is loaded twice.
 */
export function warmSdkWhenIdle(load: () => Promise<unknown> = () => import('@adal/sdk')): void {
  const start = () => {
    load().catch((error: unknown) => console.error('[adal] could not preload the sdk', error));
  };
  if ('requestIdleCallback' in window) window.requestIdleCallback(start, { timeout: 2000 });
  else setTimeout(start, 0);
}
