import { ForeignAccountAccessOrder } from '../foreign-accounts/access-order.entity.js';
import { ForeignAccountFinding, ForeignAccountNotice } from '../foreign-accounts/finding.entity.js';
import { TaxAuthorityRequest } from '../foreign-accounts/tax-request.entity.js';
import { ForeignAccountUndertaking } from '../foreign-accounts/undertaking.entity.js';
import { Declarant } from './declarant.entity.js';
import { DeclarationDeadline } from './declaration-deadline.entity.js';
import { FilingProof } from './filing-proof.entity.js';
import { FinancialNotice } from './financial-notice.entity.js';
import { DeclarationProofFile } from './proof-file.entity.js';
import { DeclarationPublication } from './publication.entity.js';
import { DeclarationRuleChange } from './rule-change.entity.js';

/** Financial-declaration notices and proofs (§21–§29) and the foreign-account check (§30). */
export const FINANCIAL_DECLARATION_ENTITIES = [
  DeclarationProofFile,
  Declarant,
  DeclarationDeadline,
  DeclarationRuleChange,
  FinancialNotice,
  FilingProof,
  DeclarationPublication,
  ForeignAccountAccessOrder,
  ForeignAccountUndertaking,
  TaxAuthorityRequest,
  ForeignAccountFinding,
  ForeignAccountNotice,
] as const;
