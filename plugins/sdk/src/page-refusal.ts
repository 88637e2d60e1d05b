import { computed, ref, type ComputedRef, type InjectionKey } from 'vue';
import type { Router } from 'vue-router';
import type { AdalGraphqlError } from './graphql/errors';
import type { AdalHostContext } from './context';
import { canSee } from './roles';

/** Why a page shows a state instead of itself. */
export type AdalPageRefusal = 'notAllowed' | 'notFound';

export interface PageRefusal {
  /** The refusal of the current page, if any: its route's roles, or what one of its loads answered. */
  current: ComputedRef<AdalPageRefusal | null>;
  /** False until the viewer is known on a page whose route names roles. */
  decided: ComputedRef<boolean>;
  report(refusal: AdalPageRefusal): void;
}

export const pageRefusalKey: InjectionKey<PageRefusal> = Symbol('adal-page-refusal');

/** FORBIDDEN and NOT_FOUND concern the page, not the moment: trying again cannot help. */
export function refusalOf(error: Pick<AdalGraphqlError, 'code'> | null): AdalPageRefusal | null {
  if (error?.code === 'FORBIDDEN') return 'notAllowed';
  if (error?.code === 'NOT_FOUND') return 'notFound';
  return null;
}

/**
 * One mount's page refusal. A load that answers FORBIDDEN or NOT_FOUND reports it, and the page
 * gives way to the state as a whole, filters and actions included; moving to another page forgets it.
 */
export function createPageRefusal(
  router: Pick<Router, 'currentRoute' | 'afterEach'>,
  context: Pick<AdalHostContext, 'viewer'>,
): PageRefusal {
  const reported = ref<AdalPageRefusal | null>(null);
  router.afterEach((to, from) => {
    if (to.path !== from.path) reported.value = null;
  });
  const roles = computed(() => router.currentRoute.value.meta.roles ?? []);
  const decided = computed(() => roles.value.length === 0 || context.viewer !== null);
  const allowed = computed(
    () => !decided.value || canSee({ roles: roles.value }, context.viewer?.roles ?? []),
  );
  return {
    current: computed(() => (allowed.value ? reported.value : 'notAllowed')),
    decided,
    report(refusal) {
      reported.value = refusal;
    },
  };
}
