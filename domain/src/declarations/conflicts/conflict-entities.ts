import { ConflictOfInterestCase } from './conflict-of-interest-case.entity.js';

export const CONFLICT_ENTITIES = [ConflictOfInterestCase] as const;
