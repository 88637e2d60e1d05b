import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { newId } from './ids.js';
import type { LocalizedText } from './locale.js';
import { CALENDAR_DAY_KINDS } from './kazakhstan-holidays.js';
import { Organization } from '../org/organization.entity.js';

/**
 * A day of the working-day calendar that differs from the plain Monday-to-Friday week: a day
 * off, or a weekend day that is worked. `organization` null is the national calendar, seeded
 * by a migration; an organisation adds its own days on top of it. No tenant filter: every
 * organisation reads the national rows, and the use cases select its own rows explicitly.
 */
export const PublicHoliday = defineEntity({
  name: 'PublicHoliday',
  tableName: 'public_holiday',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    // An organisation's own days go with it; they must never turn into national ones.
    organization: () => p.manyToOne(Organization).nullable().deleteRule('cascade'),
    date: p.date(),
    kind: p.enum(CALENDAR_DAY_KINDS).default('day_off'),
    name: p.json<LocalizedText>(),
  },
  uniques: [
    { properties: ['organization', 'date'] },
    // NULLs are distinct in a unique key: the national calendar needs its own, partial one.
    { name: 'public_holiday_national_date_unique', properties: ['date'], where: { organization: null } },
  ],
});

export type IPublicHoliday = InferEntity<typeof PublicHoliday>;
