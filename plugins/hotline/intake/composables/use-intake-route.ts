import { onBeforeUnmount, onMounted, ref, type Ref } from 'vue';
import { pathOf, screenFromPath, servedUnderPrefix, type IntakeScreen } from './intake-route';

export interface IntakeRoute {
  screen: Ref<IntakeScreen>;
  go(screen: IntakeScreen): void;
}

/**
 * The screen, kept in the address with the history API so Back works and a link can open the
 * follow-up directly. Only the path and `?lang=` ever reach the address — never a receipt.
 */
export function useIntakeRoute(): IntakeRoute {
  const inHistory = servedUnderPrefix(window.location.pathname);
  const screen = ref<IntakeScreen>(inHistory ? screenFromPath(window.location.pathname) : 'start');

  function go(next: IntakeScreen): void {
    if (inHistory && screenFromPath(window.location.pathname) !== next) {
      window.history.pushState(null, '', `${pathOf(next)}${window.location.search}`);
    }
    screen.value = next;
  }

  function onPopState(): void {
    screen.value = screenFromPath(window.location.pathname);
  }

  onMounted(() => window.addEventListener('popstate', onPopState));
  onBeforeUnmount(() => window.removeEventListener('popstate', onPopState));
  return { screen, go };
}
