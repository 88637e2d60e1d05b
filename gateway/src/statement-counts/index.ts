export {
  COPIES,
  statementsOnBothDataSets,
  type BothDataSets,
  type BothDataSetsOptions,
} from './both-data-sets.js';
export { COUNTS_THAT_MAY_CHANGE, keyOf } from './growing-operations.js';
export type { OperationStatements } from './operation-statements.js';
