import type { PickablePerson } from '@adal/sdk';
import type { DecisionSignatoryInput } from '../graphql/generated/graphql';

/** A member typed in by name: spaces as a person reads them, case aside when comparing. */
export function cleanName(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}

/**
 * Adds a typed name to the list unless it is empty or already there (as typed, or as a staff
 * member's name): the decision is signed once by each member present (§40.4, §40.7).
 */
export function withTypedName(
  typed: readonly string[],
  staff: readonly PickablePerson[],
  name: string,
): string[] {
  const clean = cleanName(name);
  if (!clean) return [...typed];
  const key = clean.toLowerCase();
  const taken = [...typed, ...staff.map((person) => person.fullName)].some(
    (existing) => cleanName(existing).toLowerCase() === key,
  );
  return taken ? [...typed] : [...typed, clean];
}

/** The members who signed, as the server takes them: staff by id, the others by name. */
export function signatoriesInput(
  staff: readonly PickablePerson[],
  typed: readonly string[],
): DecisionSignatoryInput[] {
  return [...staff.map((person) => ({ personId: person.id })), ...typed.map((name) => ({ name }))];
}
