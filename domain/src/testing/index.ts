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
export { craftXlsx, type CraftedSheet } from './crafted-xlsx.js';
