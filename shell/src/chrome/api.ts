import {
  AdalGraphqlError,
  createGraphqlClient,
  DevLoginDocument,
  MyWorkDocument,
  ViewerDocument,
  type MyWorkQuery,
} from '@adal/sdk/host';
import { session } from '../session';

const client = createGraphqlClient({ url: '/graphql', getToken: () => session.state.token });

export async function signInAs(email: string): Promise<void> {
  const { devLogin } = await client.request(DevLoginDocument, { email });
  session.signIn(devLogin.token, devLogin.viewer);
}

/**
 * After a reload the token is still in the tab; fetch who it belongs to, or, when the server no
 * longer takes it, ask the person to sign in again and say why.
 */
export async function restoreViewer(): Promise<void> {
  if (!session.signedIn) return;
  try {
    const { viewer } = await client.request(ViewerDocument);
    if (viewer) session.setViewer(viewer);
    else session.expire();
  } catch (error) {
    if (error instanceof AdalGraphqlError && error.code === 'UNAUTHENTICATED') session.expire();
    else throw error;
  }
}

export type WorkItem = MyWorkQuery['myWork'][number];

/** What waits for the signed-in person across every plugin, most urgent first (one request). */
export async function loadMyWork(): Promise<WorkItem[]> {
  const { myWork } = await client.request(MyWorkDocument);
  return myWork;
}
