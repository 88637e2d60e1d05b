import type { RoleCode } from '../../kernel/roles.js';
import { CULTURE_PLANNERS, CULTURE_READERS } from '../culture-roles.js';

/** §68: the compliance staff draft, open, close the survey and remind; they alone read its free texts. */
export const SURVEY_RUNNERS: readonly RoleCode[] = CULTURE_PLANNERS;

/** Who reads a survey's participation and its results by unit (groups of at least 5 answers). */
export const SURVEY_RESULT_READERS: readonly RoleCode[] = CULTURE_READERS;
