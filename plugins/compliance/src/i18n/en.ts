import type { AdalMessageTree } from '@adal/sdk';

export const en = {
  plugin: { title: 'Compliance programme' },
  work: {},
  nav: {},
  common: {
    loading: 'Loading…',
    retry: 'Try again',
    cancel: 'Cancel',
    save: 'Save',
    edit: 'Edit',
    remove: 'Remove',
    close: 'Close',
    optional: 'optional',
  },
  errors: {
    UNAUTHENTICATED: 'Your session has ended. Sign in again.',
    FORBIDDEN: 'You do not have access to this page.',
    NOT_FOUND: 'Nothing was found here. It may have been removed.',
    VALIDATION: 'The server did not accept the data.',
    CONFLICT: 'This has already been done or is no longer possible.',
    INTERNAL: 'Something went wrong on the server. Try again later.',
    NETWORK: 'The server could not be reached. Check your connection and try again.',
    RATE_LIMITED: 'Too many attempts. Wait a few minutes and try again.',
  },
} satisfies AdalMessageTree;
