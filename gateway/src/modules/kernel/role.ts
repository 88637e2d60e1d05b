import { ROLE_CODES } from '@adal/domain';
import { builder } from '../../builder.js';

/** Enum values are the role codes themselves (lower snake case), as the front end expects them. */
export const RoleEnum = builder.enumType('Role', {
  description: 'A role granted in an organisation; every member is also an employee.',
  values: ROLE_CODES,
});
