import { computed } from 'vue';
import { defineStore } from 'pinia';
import { useAdalContext } from '@adal/sdk';
import type { PickablePerson } from '../composables/person';
import { useHotlineCaseStore } from './hotline-case';
import { useHrActionsStore } from './hr-actions';
import { useInvestigatorCandidatesStore } from './investigator-candidates';
import { useLabourDisputesStore } from './labour-disputes';
import { useProtectionRecordsStore } from './protection-records';

/**
 * The people this plugin has already been told about: the viewer, everyone on the open case,
 * the hotline's investigators, and the people on protection records, HR actions and labour
 * disputes. Pickers choose among them; the gateway offers no person search of its own.
 */
export const useKnownPeopleStore = defineStore('hotline-known-people', () => {
  const context = useAdalContext();
  const cases = useHotlineCaseStore();
  const candidates = useInvestigatorCandidatesStore();
  const protection = useProtectionRecordsStore();
  const hrActions = useHrActionsStore();
  const disputes = useLabourDisputesStore();

  const people = computed<PickablePerson[]>(() => {
    const found: PickablePerson[] = [];
    if (context.viewer) found.push({ id: context.viewer.id, fullName: context.viewer.fullName });
    const current = cases.hotlineCase;
    if (current) {
      found.push(...current.assignees, ...current.involvedPersons);
      if (current.enteredBy) found.push(current.enteredBy);
      for (const message of current.messages) if (message.authorPerson) found.push(message.authorPerson);
      for (const note of current.notes) found.push(note.author);
      for (const recommendation of current.recommendations) found.push(recommendation.owner);
      for (const disclosure of current.disclosures)
        found.push(disclosure.requestedBy, disclosure.requestedFor);
    }
    found.push(...candidates.candidates.map((candidate) => candidate.person));
    found.push(...protection.records.map((record) => record.person));
    found.push(...hrActions.actions.map((action) => action.person));
    found.push(...disputes.disputes.map((dispute) => dispute.person));
    const byId = new Map(found.map((person) => [person.id, { id: person.id, fullName: person.fullName }]));
    return [...byId.values()].sort((a, b) => a.fullName.localeCompare(b.fullName));
  });

  return { people };
});
