import type { Relation, RelationClass } from './graphql/generated/graphql';

/** The relations as the law groups them (§13, §4.8, Annex 2), in the order a form offers them. */
export const RELATION_GROUPS: readonly { group: RelationClass; relations: readonly Relation[] }[] = [
  {
    group: 'close_relative',
    relations: [
      'parent',
      'child',
      'adoptive_parent',
      'adopted_child',
      'sibling_full',
      'sibling_half',
      'grandparent',
      'grandchild',
    ],
  },
  { group: 'spouse', relations: ['spouse'] },
  {
    group: 'in_law',
    relations: ['spouse_parent', 'spouse_sibling_full', 'spouse_sibling_half', 'spouse_child'],
  },
  { group: 'dependant', relations: ['dependant'] },
  {
    group: 'linked_person',
    relations: ['friend', 'classmate', 'former_business_partner', 'colleague', 'other_linked'],
  },
];
