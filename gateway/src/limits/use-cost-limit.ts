import type { Plugin } from 'graphql-yoga';
import { costLimitRule, type CostLimitOptions } from './cost-limit-rule.js';

/** Adds the cost rule to every validation (see costLimitRule for how cost is counted). */
export function useCostLimit(options: CostLimitOptions = { maxCost: 5000, defaultListSize: 10 }): Plugin {
  const rule = costLimitRule(options);
  return {
    onValidate({ addValidationRule }) {
      addValidationRule(rule);
    },
  };
}
