import { ERROR_MESSAGES } from '@adal/domain/error-messages';

/**
 * What a failure means, in English: first the general text of each error code (shown when the
 * server names no message, or one this catalogue does not know), then each domain message by its
 * key — the domain's own English text, but for the few said otherwise to a person.
 */
export const en = {
  codes: {
    UNAUTHENTICATED: 'Your session has ended. Sign in again.',
    FORBIDDEN: 'You may not do this.',
    NOT_FOUND: 'Nothing was found here. It may have been removed.',
    VALIDATION: 'The server did not accept the data.',
    CONFLICT: 'This has already been done or is no longer possible.',
    RATE_LIMITED: 'Too many attempts. Wait a few minutes and try again.',
    INTERNAL: 'Something went wrong on the server. Try again later.',
    NETWORK: 'The server could not be reached. Check the connection and try again.',
  },
  messages: {
    ...ERROR_MESSAGES,
    // Where the server's English names what a person does not need (roles, codes, ids, a query's
    // parameter), the interface says it its own way.
    'kernel.notFound': 'What you asked for was not found; it may have been removed.',
    'kernel.roleRequired': 'Your roles do not allow this.',
    'kpi.unknown': 'One of the figures asked for does not exist.',
    'kpi.notReader': 'Your roles do not allow you to see this figure.',
    'kpi.alreadyRegistered': 'This figure is already registered.',
    'audit.afterUnknown': 'The list has changed; start again from its first page.',
    'training.completion.unknownFigure': 'This figure does not exist.',
    'hotline.hr.kind': 'Choose the kind of action',
    'hotline.protection.basis': 'Choose the basis of the protection',
  },
};
