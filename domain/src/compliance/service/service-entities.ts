import { ComplianceChecklistItem } from './checklist-item.entity.js';
import { ComplianceService } from './compliance-service.entity.js';
import { AntiCorruptionStandard } from './standard.entity.js';

/** §2, §53–§63, §67: the standard, the compliance service and the programme checklist. */
export const SERVICE_ENTITIES = [AntiCorruptionStandard, ComplianceService, ComplianceChecklistItem] as const;
