import { onScopeDispose, ref, type Ref } from 'vue';

/** The current pathname, updated on every single-spa route change. */
export function useCurrentPath(): Ref<string> {
  const path = ref(window.location.pathname);
  const update = (): void => {
    path.value = window.location.pathname;
  };
  window.addEventListener('single-spa:routing-event', update);
  window.addEventListener('popstate', update);
  onScopeDispose(() => {
    window.removeEventListener('single-spa:routing-event', update);
    window.removeEventListener('popstate', update);
  });
  return path;
}
