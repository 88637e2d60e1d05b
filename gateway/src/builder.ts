import type { RoleCode } from '@adal/domain';
import SchemaBuilder from '@pothos/core';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import type { GatewayContext, SignedInContext } from './context.js';
import { forbidden, unauthenticated } from './errors/graphql-errors.js';

/**
 * The one schema builder. It declares the plugins, the context and the authorisation scopes,
 * and no types: every context's module adds its own under modules/<context>/.
 */
export const builder = new SchemaBuilder<{
  Context: GatewayContext;
  AuthScopes: {
    authenticated: boolean;
    /** Holds this role in the viewer's organisation. */
    role: RoleCode;
    /** Holds at least one of these roles. */
    anyRole: readonly RoleCode[];
  };
  // Resolvers behind these scopes receive a context whose actor is known to be present.
  AuthContexts: {
    authenticated: SignedInContext;
    role: SignedInContext;
    anyRole: SignedInContext;
  };
  Scalars: {
    DateTime: { Input: Date; Output: Date };
    JSON: { Input: unknown; Output: unknown };
    File: { Input: File; Output: never };
  };
  DefaultFieldNullability: false;
}>({
  plugins: [ScopeAuthPlugin, DataloaderPlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    authScopes: (context) => ({
      authenticated: context.actor !== null,
      role: (role) => context.actor?.roles.includes(role) ?? false,
      anyRole: (roles) => roles.some((role) => context.actor?.roles.includes(role) ?? false),
    }),
    // Anonymous callers are told to sign in; signed-in callers without the role are refused.
    unauthorizedError: (_parent, context, info) =>
      context.actor
        ? forbidden(`Your roles do not allow ${info.parentType.name}.${info.fieldName}.`)
        : unauthenticated(`Sign in to use ${info.parentType.name}.${info.fieldName}.`),
  },
});

builder.queryType({});
builder.mutationType({});
