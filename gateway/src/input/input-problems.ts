import { Kind, visit, type DocumentNode, type ValueNode } from 'graphql';
import { textProblem } from './text-hygiene.js';

/** A text in a request that can't be stored, and where it was: `input.what`, `ids.2`, `email`. */
export interface InputProblem {
  field: string;
  problem: string;
}

/** Enough to fix a request by; an attacker's thousand bad strings don't each get an error. */
const MAX_PROBLEMS = 10;
/** A path nested thousands deep is named by its beginning, not echoed whole. */
const MAX_FIELD_LENGTH = 200;

/**
 * Every text a request carries, in its variables and in the literals of its document, checked
 * before execution whatever the field's type: String, ID, the scalars' strings and JSON alike.
 */
export function findInputProblems(document: DocumentNode, variables: unknown): InputProblem[] {
  const problems: InputProblem[] = [];
  const report = (field: string, text: string): void => {
    const problem = problems.length < MAX_PROBLEMS ? textProblem(text) : null;
    if (problem) problems.push({ field: shortened(field), problem });
  };
  visit(document, {
    Argument: (node) => walkLiteral(node.value, node.name.value, report),
    VariableDefinition: (node) => {
      if (node.defaultValue) walkLiteral(node.defaultValue, node.variable.name.value, report);
    },
  });
  walkVariables(variables, report);
  return problems;
}

function walkLiteral(root: ValueNode, rootPath: string, report: (field: string, text: string) => void): void {
  const pending: [ValueNode, string][] = [[root, rootPath]];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [node, path] = next;
    if (node.kind === Kind.STRING) report(path, node.value);
    else if (node.kind === Kind.LIST)
      node.values.forEach((value, i) => pending.push([value, `${path}.${i}`]));
    else if (node.kind === Kind.OBJECT) {
      for (const field of node.fields) pending.push([field.value, `${path}.${field.name.value}`]);
    }
  }
}

/** Iterative, so a variable nested a million levels deep can't exhaust the stack. */
function walkVariables(variables: unknown, report: (field: string, text: string) => void): void {
  const pending: [unknown, string][] = [[variables, '']];
  for (let next = pending.pop(); next; next = pending.pop()) {
    const [value, path] = next;
    const at = (key: string | number) => (path === '' ? String(key) : `${path}.${key}`);
    if (typeof value === 'string') report(path, value);
    else if (Array.isArray(value)) value.forEach((item, i) => pending.push([item, at(i)]));
    else if (isPlainObject(value)) {
      for (const [key, item] of Object.entries(value)) {
        // JSON values keep their keys: PostgreSQL's jsonb refuses NUL there too.
        report(at(key), key);
        pending.push([item, at(key)]);
      }
    }
  }
}

function shortened(field: string): string {
  return field.length > MAX_FIELD_LENGTH ? `${field.slice(0, MAX_FIELD_LENGTH)}…` : field;
}

/** Parsed JSON is made of plain objects; uploaded files and the like are not texts to check. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
