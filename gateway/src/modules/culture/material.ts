import {
  CULTURE_PLANNERS,
  MATERIAL_KINDS,
  MATERIAL_SOURCES,
  MATERIAL_STATUSES,
  MATERIAL_SUBJECTS,
  hasAnyRole,
  materialFigures,
  type AcknowledgementCounts,
  type MaterialFigures,
  type MaterialFileInfo,
  type MaterialUnit,
  type MaterialView,
  type MissingReader,
  type OwnAcknowledgement,
  type UnitAcknowledgement,
} from '@adal/domain';
import { builder } from '../../builder.js';
import { DateTimeScalar } from '../kernel/date-time.js';
import { LocalizedTextRef } from '../kernel/locale.js';
import { RoleEnum } from '../kernel/role.js';
import { PersonRefType } from '../hotline/person-ref.js';

export const MaterialKindEnum = builder.enumType('CultureMaterialKind', {
  description:
    '§32.2, §35.6: a memo, a short guide (what to do in a conflict-of-interest or corruption-risk situation), a guide or instruction, a video, a presentation, a booklet.',
  values: MATERIAL_KINDS,
});
export const MaterialSubjectEnum = builder.enumType('CultureMaterialSubject', { values: MATERIAL_SUBJECTS });
export const MaterialStatusEnum = builder.enumType('CultureMaterialStatus', { values: MATERIAL_STATUSES });
export const MaterialSourceEnum = builder.enumType('CultureMaterialSource', {
  description:
    '§35.4: an outside source — U4, the Anti-Corruption Knowledge Hub, the Basel Institute, or another named one.',
  values: MATERIAL_SOURCES,
});

/** A material as the list and the page read it; the library's rows carry their counts along. */
export type MaterialShape = MaterialView & { counts?: AcknowledgementCounts };

const FileRef = builder.objectRef<MaterialFileInfo>('CultureMaterialFile');
builder.objectType(FileRef, {
  description: 'The uploaded file, served at /culture/materials/<id>/file to the audience and the planners.',
  fields: (t) => ({
    name: t.exposeString('name'),
    contentType: t.exposeString('contentType'),
    sizeBytes: t.exposeInt('sizeBytes'),
  }),
});

const UnitRef = builder.objectRef<MaterialUnit>('CultureMaterialUnit');
builder.objectType(UnitRef, {
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.field({ type: LocalizedTextRef, resolve: (unit) => unit.name }),
  }),
});

const AcknowledgementRef = builder.objectRef<OwnAcknowledgement>('CultureMaterialAcknowledgement');
builder.objectType(AcknowledgementRef, {
  description: "The viewer's own “read and understood”: when, and which revision they read.",
  fields: (t) => ({
    acknowledgedAt: t.field({ type: DateTimeScalar, resolve: (a) => a.acknowledgedAt }),
    revision: t.exposeInt('revision'),
  }),
});

const CountsRef = builder.objectRef<AcknowledgementCounts>('CultureMaterialCounts');
builder.objectType(CountsRef, {
  description: 'The audience (active staff in it now), how many acknowledged, and their share in percent.',
  fields: (t) => ({
    audience: t.exposeInt('audience'),
    acknowledged: t.exposeInt('acknowledged'),
    share: t.exposeFloat('share', { nullable: true }),
  }),
});

const UnitFiguresRef = builder.objectRef<UnitAcknowledgement>('CultureMaterialUnitFigures');
builder.objectType(UnitFiguresRef, {
  description: 'One unit’s figures; withheld (null) for a group of 1 to 4 people.',
  fields: (t) => ({
    orgUnit: t.field({ type: UnitRef, resolve: (row) => row.orgUnit }),
    audience: t.exposeInt('audience', { nullable: true }),
    acknowledged: t.exposeInt('acknowledged', { nullable: true }),
    share: t.exposeFloat('share', { nullable: true }),
    withheld: t.exposeBoolean('withheld'),
  }),
});

const MissingRef = builder.objectRef<MissingReader>('CultureMaterialMissingReader');
builder.objectType(MissingRef, {
  fields: (t) => ({
    personId: t.exposeID('personId'),
    fullName: t.exposeString('fullName'),
    orgUnit: t.field({ type: UnitRef, resolve: (row) => row.orgUnit }),
  }),
});

const FiguresRef = builder.objectRef<MaterialFigures>('CultureMaterialFigures');
builder.objectType(FiguresRef, {
  description:
    '§35.6: the acknowledgement figures, by the unit each person works in, and who has not acknowledged.',
  fields: (t) => ({
    audience: t.exposeInt('audience'),
    acknowledged: t.exposeInt('acknowledged'),
    share: t.exposeFloat('share', { nullable: true }),
    missing: t.exposeInt('missing', {
      description: 'How many have not acknowledged (the list shows at most 500).',
    }),
    byOrgUnit: t.field({ type: [UnitFiguresRef], resolve: (f) => f.byOrgUnit }),
    notAcknowledged: t.field({ type: [MissingRef], resolve: (f) => f.notAcknowledged }),
  }),
});

export const MaterialRef = builder.objectRef<MaterialShape>('CultureMaterial');
builder.objectType(MaterialRef, {
  description: '§32.2, §35.6: a material of the culture library.',
  fields: (t) => ({
    id: t.exposeID('id'),
    kind: t.field({ type: MaterialKindEnum, resolve: (m) => m.kind }),
    subject: t.field({ type: MaterialSubjectEnum, resolve: (m) => m.subject }),
    title: t.field({ type: LocalizedTextRef, resolve: (m) => m.title }),
    body: t.field({
      type: LocalizedTextRef,
      description: 'Sanitised HTML per language; empty where none.',
      resolve: (m) => m.body,
    }),
    status: t.field({ type: MaterialStatusEnum, resolve: (m) => m.status }),
    linkUrl: t.exposeString('linkUrl', { nullable: true }),
    source: t.field({ type: MaterialSourceEnum, nullable: true, resolve: (m) => m.source }),
    sourceName: t.exposeString('sourceName', { nullable: true }),
    file: t.field({ type: FileRef, nullable: true, resolve: (m) => m.file }),
    audienceAll: t.exposeBoolean('audienceAll'),
    audienceOrgUnits: t.field({ type: [UnitRef], resolve: (m) => m.audienceOrgUnits }),
    audienceRoles: t.field({ type: [RoleEnum], resolve: (m) => [...m.audienceRoles] }),
    requiresAcknowledgement: t.exposeBoolean('requiresAcknowledgement'),
    acknowledgementDays: t.exposeInt('acknowledgementDays'),
    revision: t.exposeInt('revision'),
    publishedAt: t.field({ type: DateTimeScalar, nullable: true, resolve: (m) => m.publishedAt }),
    publishedBy: t.field({ type: PersonRefType, nullable: true, resolve: (m) => m.publishedBy }),
    acknowledgeBy: t.exposeString('acknowledgeBy', {
      nullable: true,
      description: 'YYYY-MM-DD: the last day to acknowledge.',
    }),
    withdrawnAt: t.field({ type: DateTimeScalar, nullable: true, resolve: (m) => m.withdrawnAt }),
    updatedAt: t.field({ type: DateTimeScalar, resolve: (m) => m.updatedAt }),
    forViewer: t.exposeBoolean('forViewer', {
      description: 'Whether the viewer is in the audience now, and so may acknowledge it.',
    }),
    acknowledgement: t.field({ type: AcknowledgementRef, nullable: true, resolve: (m) => m.acknowledgement }),
    acknowledgementOverdue: t.exposeBoolean('acknowledgementOverdue', {
      description: 'The viewer is asked to acknowledge it and its term passed (Kazakhstan’s day) without it.',
    }),
    counts: t.field({
      type: CountsRef,
      nullable: true,
      description: 'In the library (cultureMaterials) only: the audience and how many acknowledged.',
      resolve: (m) => m.counts ?? null,
    }),
    figures: t.field({
      type: FiguresRef,
      nullable: true,
      description:
        'For the planners (null for anyone else): the figures by unit and who has not acknowledged.',
      resolve: (m, _args, context) =>
        context.actor && hasAnyRole(context.actor, CULTURE_PLANNERS)
          ? materialFigures(context.em, context.actor, m.id)
          : null,
    }),
  }),
});
