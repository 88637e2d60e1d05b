/**
 * How a declared person is related to the employee. The law keeps the classes apart: close
 * relatives, the spouse and in-laws (§13, restriction 2) bar joint service and direct
 * subordination; "family members" (§4.8) are whose gifts and money follow the employee's rules
 * (§17) and whose names and IINs the quarterly analysis reads (§14); personally linked persons
 * (Annex 2: a friend, a classmate, a former business partner, a colleague) are no relatives at
 * all, yet a private interest may run through them.
 */
export const RELATIONS = [
  // §13: close relatives
  'parent',
  'child',
  'adoptive_parent',
  'adopted_child',
  'sibling_full',
  'sibling_half',
  'grandparent',
  'grandchild',
  // §13: the spouse
  'spouse',
  // §13: in-laws — the spouse's siblings, parents and children
  'spouse_sibling_full',
  'spouse_sibling_half',
  'spouse_parent',
  'spouse_child',
  // §4.8: a dependant permanently living with the employee, a family member though no relative
  'dependant',
  // Annex 2: personally linked persons
  'friend',
  'classmate',
  'former_business_partner',
  'colleague',
  'other_linked',
] as const;
export type Relation = (typeof RELATIONS)[number];

export const RELATION_CLASSES = ['close_relative', 'spouse', 'in_law', 'dependant', 'linked_person'] as const;
export type RelationClass = (typeof RELATION_CLASSES)[number];

const CLASS_OF: Record<Relation, RelationClass> = {
  parent: 'close_relative',
  child: 'close_relative',
  adoptive_parent: 'close_relative',
  adopted_child: 'close_relative',
  sibling_full: 'close_relative',
  sibling_half: 'close_relative',
  grandparent: 'close_relative',
  grandchild: 'close_relative',
  spouse: 'spouse',
  spouse_sibling_full: 'in_law',
  spouse_sibling_half: 'in_law',
  spouse_parent: 'in_law',
  spouse_child: 'in_law',
  dependant: 'dependant',
  friend: 'linked_person',
  classmate: 'linked_person',
  former_business_partner: 'linked_person',
  colleague: 'linked_person',
  other_linked: 'linked_person',
};

export function relationClassOf(relation: Relation): RelationClass {
  return CLASS_OF[relation];
}

/** §13, restriction 2: the relations that bar joint service and direct subordination. */
export function isRelativeBySection13(relation: Relation): boolean {
  const relationClass = CLASS_OF[relation];
  return relationClass === 'close_relative' || relationClass === 'spouse' || relationClass === 'in_law';
}

/**
 * §4.8: family members are the spouse, parents, children (adult ones included) and dependants
 * permanently living with the person. Adoptive parents and adopted children are parents and
 * children in law, so they count too; siblings, grandparents and in-laws do not.
 */
const FAMILY: ReadonlySet<Relation> = new Set([
  'spouse',
  'parent',
  'adoptive_parent',
  'child',
  'adopted_child',
  'dependant',
]);

export function isFamilyMember(relation: Relation): boolean {
  return FAMILY.has(relation);
}

export function isRelation(value: string): value is Relation {
  return (RELATIONS as readonly string[]).includes(value);
}
