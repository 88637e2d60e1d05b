import {
  CONFLICT_CONCLUDERS,
  CONFLICT_REGISTER_READERS,
  conflictMatches,
  conflictQuarterlyAnalysis,
  recordIinAccessMemo,
  reviewConflictQuarterlyAnalysis,
  type ConflictMatch,
  type ConflictMatchListed,
  type ConflictMatches,
  type ConflictQuarterlyAnalysisView,
  type IinAccessMemo,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { PersonRefType } from '../hotline/person-ref.js';
import { SupplierRoleEnum } from './conflict-watchlists.js';

const IinAccessMemoRef = builder.objectRef<IinAccessMemo>('ConflictIinAccessMemo');

builder.objectType(IinAccessMemoRef, {
  description:
    '§14: the memo by which the first head and the information-security officer consented to IIN access.',
  fields: (t) => ({
    memoNumber: t.exposeString('memoNumber'),
    memoDate: t.exposeString('memoDate'),
    firstHead: t.field({ type: PersonRefType, resolve: (memo) => memo.firstHead }),
    securityOfficer: t.field({ type: PersonRefType, resolve: (memo) => memo.securityOfficer }),
    recordedAt: t.field({ type: 'DateTime', resolve: (memo) => memo.recordedAt }),
  }),
});

const AnalysisRef = builder.objectRef<ConflictQuarterlyAnalysisView>('ConflictQuarterlyAnalysis');

builder.objectType(AnalysisRef, {
  description: '§14: the responsible unit’s quarterly analysis of conflicts of interest.',
  fields: (t) => ({
    quarter: t.exposeString('quarter'),
    iinAccessNeedsMemo: t.exposeBoolean('iinAccessNeedsMemo', {
      description: 'A state body: IINs are shown only once the memo is recorded.',
    }),
    memo: t.field({ type: IinAccessMemoRef, nullable: true, resolve: (a) => a.memo }),
    reviewedAt: t.field({ type: 'DateTime', nullable: true, resolve: (a) => a.reviewedAt }),
    reviewedBy: t.field({ type: PersonRefType, nullable: true, resolve: (a) => a.reviewedBy }),
    matchesReviewed: t.exposeInt('matchesReviewed', { nullable: true }),
    findings: t.exposeString('findings', { nullable: true }),
  }),
});

builder.queryField('conflictQuarterlyAnalysis', (t) =>
  t.withAuth({ anyRole: CONFLICT_REGISTER_READERS }).field({
    type: AnalysisRef,
    args: { quarter: t.arg.string({ required: true, description: 'YYYY-Qn' }) },
    resolve: (_root, { quarter }, context) => conflictQuarterlyAnalysis(context.em, context.actor, quarter),
  }),
);

const IinAccessMemoInput = builder.inputType('ConflictIinAccessMemoInput', {
  fields: (t) => ({
    memoNumber: t.string({ required: true }),
    memoDate: t.string({ required: true, description: 'YYYY-MM-DD' }),
    firstHeadId: t.id({ required: true }),
    securityOfficerId: t.id({ required: true }),
  }),
});

builder.mutationField('recordConflictIinAccessMemo', (t) =>
  t.withAuth({ anyRole: CONFLICT_CONCLUDERS }).field({
    type: AnalysisRef,
    description: '§14: records the memo that opens IINs to the quarter’s analysis; once per quarter.',
    args: {
      quarter: t.arg.string({ required: true }),
      input: t.arg({ type: IinAccessMemoInput, required: true }),
    },
    resolve: (_root, { quarter, input }, context) =>
      context.em.transactional((em) =>
        recordIinAccessMemo(
          em,
          context.actor,
          quarter,
          {
            memoNumber: input.memoNumber,
            memoDate: input.memoDate,
            firstHeadId: String(input.firstHeadId),
            securityOfficerId: String(input.securityOfficerId),
          },
          new Date(),
        ),
      ),
  }),
);

builder.mutationField('reviewConflictQuarterlyAnalysis', (t) =>
  t.withAuth({ anyRole: CONFLICT_CONCLUDERS }).field({
    type: AnalysisRef,
    description: '§14: marks the quarter’s matches reviewed, with the findings; once per quarter.',
    args: {
      quarter: t.arg.string({ required: true }),
      findings: t.arg.string({ required: true }),
      matchesReviewed: t.arg.int({ required: true }),
    },
    resolve: (_root, { quarter, findings, matchesReviewed }, context) =>
      context.em.transactional((em) =>
        reviewConflictQuarterlyAnalysis(
          em,
          context.actor,
          quarter,
          { findings, matchesReviewed },
          new Date(),
        ),
      ),
  }),
);

const ConflictMatchKindEnum = builder.enumType('ConflictMatchKind', {
  description:
    'How the match was made: the same IIN, the same name and birth date, or the BIN of where they work.',
  values: ['same_iin', 'same_name_and_birth_date', 'same_bin'] as const,
});

const ConflictMatchSourceEnum = builder.enumType('ConflictMatchSource', {
  description:
    'Who the declared person was found to be: an employee, at a supplier, or dismissed for corruption.',
  values: ['employee', 'supplier', 'corruption_dismissal'] as const,
});

const ConflictMatchListedRef = builder.objectRef<ConflictMatchListed>('ConflictMatchListed');

builder.objectType(ConflictMatchListedRef, {
  description: 'The entry of a loaded list that was matched, with its row in the file.',
  fields: (t) => ({
    fullName: t.exposeString('fullName'),
    iin: t.exposeString('iin', {
      nullable: true,
      description: 'Null in a state body until the quarter’s memo.',
    }),
    birthDate: t.exposeString('birthDate', { nullable: true }),
    companyName: t.exposeString('companyName', { nullable: true }),
    bin: t.exposeString('bin', { nullable: true }),
    role: t.field({ type: SupplierRoleEnum, nullable: true, resolve: (l) => l.role }),
    dismissedOn: t.exposeString('dismissedOn', { nullable: true }),
    employer: t.exposeString('employer', { nullable: true }),
    row: t.exposeInt('row'),
  }),
});

const ConflictMatchRef = builder.objectRef<ConflictMatch>('ConflictMatch');

builder.objectType(ConflictMatchRef, {
  description:
    '§14: a declared relative or linked person — or the employee themself — who is an employee too (flagged when ' +
    'the two stand in one reporting line), a founder or manager of a supplier or works at one, or was dismissed ' +
    'for corruption.',
  fields: (t) => ({
    kind: t.field({ type: ConflictMatchKindEnum, resolve: (m) => m.kind }),
    source: t.field({ type: ConflictMatchSourceEnum, resolve: (m) => m.source }),
    declarant: t.field({ type: PersonRefType, resolve: (m) => m.declarant }),
    relatedPersonId: t.exposeID('relatedPersonId', {
      nullable: true,
      description: 'Null when the employee themself is on a list.',
    }),
    relatedPersonName: t.exposeString('relatedPersonName'),
    relation: t.exposeString('relation', {
      description: 'The relation declared; self for the employee themself.',
    }),
    employee: t.field({ type: PersonRefType, nullable: true, resolve: (m) => m.employee }),
    employeeIin: t.exposeString('employeeIin', {
      nullable: true,
      description: 'Null in a state body until the quarter’s memo is recorded.',
    }),
    listed: t.field({ type: ConflictMatchListedRef, nullable: true, resolve: (m) => m.listed }),
    sameReportingLine: t.exposeBoolean('sameReportingLine'),
  }),
});

const ConflictMatchesRef = builder.objectRef<ConflictMatches>('ConflictMatches');

builder.objectType(ConflictMatchesRef, {
  fields: (t) => ({
    quarter: t.exposeString('quarter'),
    iinsShown: t.exposeBoolean('iinsShown'),
    matches: t.field({ type: [ConflictMatchRef], resolve: (m) => m.matches }),
  }),
});

builder.queryField('conflictMatches', (t) =>
  t.withAuth({ anyRole: CONFLICT_REGISTER_READERS }).field({
    type: ConflictMatchesRef,
    description:
      '§14: the likely undeclared conflicts the quarter’s analysis reviews, those in one reporting line first.',
    args: { quarter: t.arg.string({ required: true, description: 'YYYY-Qn' }) },
    resolve: (_root, { quarter }, context) => conflictMatches(context.em, context.actor, quarter),
  }),
);
