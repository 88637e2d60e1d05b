export { createTestDatabase, type TestDatabase } from './test-database.js';
export {
  actorOf,
  buildOrganization,
  buildOrgUnit,
  buildPerson,
  grantRoles,
  type BuiltOrganization,
} from './factories.js';
export {
  answerKeys,
  buildPublishedCourse,
  choiceQuestion,
  rightAnswer,
  takeTest,
  wrongAnswer,
  type BuiltCourse,
} from '../training/training-fixtures.js';
export { concurrently, outcomes } from './concurrently.js';
export {
  asSuperuser,
  cutOffAuditChain,
  rewriteAuditEvent,
  moveAuditLegacyBoundary,
  withPlainSha256,
  asLegacy,
  withStolenKey,
  type Resealer,
} from '../audit/audit-tampering.js';
export { craftXlsx, type CraftedSheet } from './crafted-xlsx.js';
export { growDemo, type GrowDemoOptions } from './grown-demo.js';
export { buildRisk } from '../compliance/mitigation/mitigation-fixtures.js';
