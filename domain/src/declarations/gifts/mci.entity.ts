import { defineEntity, p, type InferEntity } from '@mikro-orm/core';

/**
 * The monthly calculation index (MCI, АЕК/МРП) in force from a day: set each year by the law on
 * the republican budget, and now and then changed within a year. One table for every
 * organisation: the figure is national. `source` says where the figure was taken from.
 */
export const MonthlyCalculationIndex = defineEntity({
  name: 'MonthlyCalculationIndex',
  tableName: 'monthly_calculation_index',
  properties: {
    effectiveFrom: p.date().primary(),
    amountTenge: p.integer(),
    source: p.text(),
  },
});

export type IMonthlyCalculationIndex = InferEntity<typeof MonthlyCalculationIndex>;
