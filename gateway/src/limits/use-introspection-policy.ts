import { NoSchemaIntrospectionCustomRule } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Outside development the schema is published as the committed `schema.graphql`, so live
 * introspection only helps someone mapping the API; it is refused there.
 */
export function useIntrospectionPolicy(allowIntrospection: boolean): Plugin {
  return {
    onValidate({ addValidationRule }) {
      if (!allowIntrospection) addValidationRule(NoSchemaIntrospectionCustomRule);
    },
  };
}
