import { NoSchemaIntrospectionCustomRule, validate } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/**
 * Outside development the schema is published as the committed `schema.graphql`, so live
 * introspection only helps someone mapping the API; it is refused there. So are graphql's
 * "Did you mean …?" hints, which would otherwise spell out field, argument, type and enum value
 * names one typo at a time: validation and the executor's coercion of variables leave them out.
 */
export function useIntrospectionPolicy(allowIntrospection: boolean): Plugin {
  if (allowIntrospection) return {};
  return {
    onValidate({ addValidationRule, setValidationFn }) {
      addValidationRule(NoSchemaIntrospectionCustomRule);
      setValidationFn((schema, document, rules) =>
        validate(schema, document, rules, { hideSuggestions: true }),
      );
    },
    onExecute({ args }) {
      // Read by @graphql-tools/executor (yoga's executor), as by graphql's own execute.
      (args as typeof args & { hideSuggestions?: boolean }).hideSuggestions = true;
    },
  };
}
