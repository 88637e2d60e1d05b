/**
 * The condition on a declarant listed on some day of `year`: obliged from before its end, and
 * not obliged until before its start. Spread into the declarants' query.
 */
export function obligedDuring(year: number) {
  return {
    obligedFrom: { $lte: `${year}-12-31` },
    $or: [{ obligedUntil: null }, { obligedUntil: { $gte: `${year}-01-01` } }],
  };
}
