import { ConflictOfInterestCase } from './conflict-of-interest-case.entity.js';
import { ConflictQuarterlyAnalysis } from './conflict-quarterly-analysis.entity.js';

export const CONFLICT_ENTITIES = [ConflictOfInterestCase, ConflictQuarterlyAnalysis] as const;
