export * from './access-order.entity.js';
export * from './finding.entity.js';
export * from './tax-request.entity.js';
export * from './undertaking.entity.js';
export {
  accessOrderInForce,
  foreignAccountAccessOrder,
  onAccessList,
  readsForeignAccountCheck,
  recordForeignAccountAccessOrder,
  type AccessOrderView,
} from './access.js';
export {
  findingNotices,
  findingStatus,
  foreignAccountFindings,
  recordForeignAccountClosure,
  recordTaxAuthorityAnswer,
  type FindingStatus,
  type RecordedAnswer,
} from './findings.js';
export {
  getTaxAuthorityRequest,
  prepareTaxAuthorityRequest,
  taxAuthorityRequestEmployees,
  taxAuthorityRequests,
} from './tax-requests.js';
export {
  foreignAccountUndertakings,
  mustSignUndertaking,
  recordForeignAccountUndertaking,
} from './undertakings.js';
