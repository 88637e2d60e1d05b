import type { Plugin } from 'graphql-yoga';
import { depthLimitRule } from './depth-limit-rule.js';

/** Adds the depth rule to every validation, so an over-deep query never reaches a resolver. */
export function useDepthLimit(maxDepth = 10): Plugin {
  const rule = depthLimitRule(maxDepth);
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(rule);
    },
  };
}
