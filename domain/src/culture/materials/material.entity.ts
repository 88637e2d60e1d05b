import { defineEntity, p, type InferEntity } from '@mikro-orm/core';
import { tenantFilter } from '../../database/tenant-filter.js';
import { newId } from '../../kernel/ids.js';
import type { LocalizedText } from '../../kernel/locale.js';
import type { RoleCode } from '../../kernel/roles.js';
import { Organization } from '../../org/organization.entity.js';
import { Person } from '../../org/person.entity.js';

/**
 * §32.2, §35.6: what the library holds — memos, short guides on what to do in a conflict-of-interest
 * or corruption-risk situation, longer guides and instructions, videos, presentations, booklets.
 */
export const MATERIAL_KINDS = ['memo', 'short_guide', 'guide', 'video', 'presentation', 'booklet'] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];

/** What a material is about (§35.6 names conflicts of interest and corruption risks). */
export const MATERIAL_SUBJECTS = [
  'conflict_of_interest',
  'corruption_risk',
  'anti_corruption_policy',
  'other',
] as const;
export type MaterialSubject = (typeof MATERIAL_SUBJECTS)[number];

export const MATERIAL_STATUSES = ['draft', 'published', 'withdrawn'] as const;
export type MaterialStatus = (typeof MATERIAL_STATUSES)[number];

/** §35.4: the outside sources a material may come from; `other` is named in `sourceName`. */
export const MATERIAL_SOURCES = ['u4', 'knowledge_hub', 'basel_institute', 'other'] as const;
export type MaterialSource = (typeof MATERIAL_SOURCES)[number];

/** §35.6: days an employee has to read and acknowledge a material, unless the planner says otherwise. */
export const DEFAULT_ACKNOWLEDGEMENT_DAYS = 10;

/**
 * A material of the culture library (§32.2, §35.6): a title and a rich-text body in kk/ru/en,
 * optionally a file (its bytes in `culture_material_file`) or an https link, published to all
 * employees or to org units (with their subtrees) and roles, with "read and understood" asked
 * where `requiresAcknowledgement`. A published material can still be corrected: each correction
 * raises `revision`.
 */
export const CultureMaterial = defineEntity({
  name: 'CultureMaterial',
  tableName: 'culture_material',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    kind: p.enum(MATERIAL_KINDS),
    subject: p.enum(MATERIAL_SUBJECTS),
    title: p.json<LocalizedText>(),
    /** Sanitised HTML per language; '' where none was written. */
    body: p.json<LocalizedText>(),
    status: p.enum(MATERIAL_STATUSES).default('draft'),
    linkUrl: p.string().length(2000).nullable(),
    source: p.enum(MATERIAL_SOURCES).nullable(),
    sourceName: p.string().length(300).nullable(),
    /** The uploaded file's name, type and size; its bytes are kept apart (CultureMaterialFile). */
    fileName: p.string().length(255).nullable(),
    fileType: p.string().length(100).nullable(),
    fileSize: p.integer().nullable(),
    audienceAll: p.boolean().default(true),
    /** Org unit ids: each unit with its whole subtree. */
    audienceOrgUnits: p.json<string[]>(),
    audienceRoles: p.json<RoleCode[]>(),
    requiresAcknowledgement: p.boolean().default(false),
    acknowledgementDays: p.integer().default(DEFAULT_ACKNOWLEDGEMENT_DAYS),
    revision: p.integer().default(1),
    publishedAt: p.datetime().nullable(),
    publishedBy: () => p.manyToOne(Person).nullable(),
    /** The day of publication in Kazakhstan plus the term, for a material that asks for acknowledgement. */
    acknowledgeBy: p.date().nullable(),
    withdrawnAt: p.datetime().nullable(),
    withdrawnBy: () => p.manyToOne(Person).nullable(),
    createdBy: () => p.manyToOne(Person),
    createdAt: p.datetime().onCreate(() => new Date()),
    updatedBy: () => p.manyToOne(Person),
    updatedAt: p.datetime().onCreate(() => new Date()),
  },
  indexes: [{ properties: ['organization', 'status'] }],
  filters: tenantFilter,
});

export type ICultureMaterial = InferEntity<typeof CultureMaterial>;

/** The bytes of a material's file, one per material, replaced by a new upload. */
export const CultureMaterialFile = defineEntity({
  name: 'CultureMaterialFile',
  tableName: 'culture_material_file',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    material: () => p.manyToOne(CultureMaterial).unique(),
    data: p.blob().lazy(),
    uploadedBy: () => p.manyToOne(Person),
    uploadedAt: p.datetime().onCreate(() => new Date()),
  },
  filters: tenantFilter,
});

export type ICultureMaterialFile = InferEntity<typeof CultureMaterialFile>;

/**
 * §35.6: an employee's "read and understood", once per material; the revision they read is kept,
 * and the acknowledgement stands through later corrections (see materials.ts).
 */
export const CultureMaterialAcknowledgement = defineEntity({
  name: 'CultureMaterialAcknowledgement',
  tableName: 'culture_material_acknowledgement',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    material: () => p.manyToOne(CultureMaterial),
    person: () => p.manyToOne(Person),
    revision: p.integer(),
    acknowledgedAt: p.datetime(),
  },
  uniques: [{ properties: ['material', 'person'] }],
  indexes: [{ properties: ['person'] }],
  filters: tenantFilter,
});

export type ICultureMaterialAcknowledgement = InferEntity<typeof CultureMaterialAcknowledgement>;

/**
 * A reminder mail sent to a person on a day, naming the materials it reminded of: at most one a
 * person a day (the unique key is what serialises the morning job and "remind now").
 */
export const CultureMaterialReminder = defineEntity({
  name: 'CultureMaterialReminder',
  tableName: 'culture_material_reminder',
  properties: {
    id: p
      .uuid()
      .primary()
      .onCreate(() => newId()),
    organization: () => p.manyToOne(Organization),
    person: () => p.manyToOne(Person),
    remindedOn: p.date(),
    remindedAt: p.datetime(),
    materialIds: p.json<string[]>(),
  },
  uniques: [{ properties: ['person', 'remindedOn'] }],
  filters: tenantFilter,
});

export type ICultureMaterialReminder = InferEntity<typeof CultureMaterialReminder>;

export const MATERIAL_ENTITIES = [
  CultureMaterial,
  CultureMaterialFile,
  CultureMaterialAcknowledgement,
  CultureMaterialReminder,
];
