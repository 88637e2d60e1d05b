import { GiftDeclaration } from './gift-declaration.entity.js';
import { GiftPreApproval } from './gift-pre-approval.entity.js';
import { MonthlyCalculationIndex } from './mci.entity.js';

export const GIFT_ENTITIES = [MonthlyCalculationIndex, GiftDeclaration, GiftPreApproval] as const;
