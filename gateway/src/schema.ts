import { GraphQLObjectType, GraphQLSchema } from 'graphql';
import { builder } from './builder.js';
import './modules/kernel/index.js';
import './modules/org/index.js';
import './modules/kpi/index.js';
import './modules/audit/index.js';
import './modules/training/index.js';
import './modules/hotline/index.js';
import './modules/declarations/index.js';
import './modules/culture/index.js';
import './modules/compliance/index.js';
import './modules/work/index.js';
import { DEV_LOGIN_FIELD, DEV_LOGIN_TYPES } from './modules/org/dev-login.js';

/** The whole schema, as printed to schema.graphql (development login included, documented as optional). */
export const fullSchema: GraphQLSchema = builder.toSchema({ sortSchema: true });

/**
 * Without development login the field is not merely refused but absent, so a production
 * deployment does not even advertise a password-less sign-in.
 */
export const schemaWithoutDevLogin: GraphQLSchema = removeDevLogin(fullSchema);

export function gatewaySchema(o: { devLogin: boolean }): GraphQLSchema {
  return o.devLogin ? fullSchema : schemaWithoutDevLogin;
}

function removeDevLogin(schema: GraphQLSchema): GraphQLSchema {
  const mutation = schema.getMutationType();
  if (!mutation) return schema;
  const { [DEV_LOGIN_FIELD]: _removed, ...fields } = mutation.toConfig().fields;
  const config = schema.toConfig();
  return new GraphQLSchema({
    ...config,
    mutation: new GraphQLObjectType({ ...mutation.toConfig(), fields }),
    types: config.types.filter((type) => type !== mutation && !DEV_LOGIN_TYPES.includes(type.name)),
  });
}
