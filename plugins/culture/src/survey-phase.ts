import type { CultureSurveyPhase } from './graphql/generated/graphql';

/** The colour of a survey's phase tag: open stands out, what waits or is over stays quiet. */
export function phaseSeverity(phase: CultureSurveyPhase): 'secondary' | 'info' | 'success' | 'warn' {
  switch (phase) {
    case 'open':
      return 'success';
    case 'upcoming':
      return 'info';
    case 'ended':
      return 'warn';
    default:
      return 'secondary';
  }
}
