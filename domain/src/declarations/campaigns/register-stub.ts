import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../kernel/actor.js';
import type { CalendarDay } from '../../kernel/working-days.js';

export interface RegisterEntryInput {
  organizationId: string;
  personId: string;
  source: 'campaign';
  sourceId: string | null;
  description: string;
  identifiedOn: CalendarDay;
}

export const openedEntries: RegisterEntryInput[] = [];

export async function openConflictRegisterEntry(
  _em: EntityManager,
  _actor: Actor | null,
  input: RegisterEntryInput,
): Promise<{ id: string }> {
  openedEntries.push(input);
  return { id: input.sourceId ?? '' };
}
