import { onScopeDispose, shallowRef, type ShallowRef } from 'vue';
import { session, type SessionState } from '../session';

/** The session as a Vue ref, for the chrome's components. */
export function useSession(): ShallowRef<Readonly<SessionState>> {
  const state = shallowRef(session.state);
  const update = (): void => {
    state.value = session.state;
  };
  session.addEventListener('change', update);
  onScopeDispose(() => session.removeEventListener('change', update));
  return state;
}
