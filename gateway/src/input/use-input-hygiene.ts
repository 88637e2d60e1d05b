import type { Plugin } from 'graphql-yoga';
import { invalidInput } from '../errors/graphql-errors.js';
import { findInputProblems } from './input-problems.js';

/**
 * Refuses, before anything executes, a request carrying a text no column can hold (NUL, a lone
 * surrogate, a day that does not exist): one VALIDATION error per field, named in
 * `extensions.field`, instead of a masked failure from the database mid-transaction.
 */
export function useInputHygiene(): Plugin {
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const problems = findInputProblems(args.document, args.variableValues ?? {});
      if (problems.length === 0) return;
      setResultAndStopExecution({
        errors: problems.map(({ field, problem }) =>
          invalidInput(`The value of "${field}" ${problem}. Correct it and send again.`, { field }),
        ),
      });
    },
  };
}
