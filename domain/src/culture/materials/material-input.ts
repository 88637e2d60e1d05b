import { httpsLinkOf } from '../../kernel/https-link.js';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Actor } from '../../kernel/actor.js';
import { ValidationError } from '../../kernel/errors.js';
import { LOCALES, type Locale, type LocalizedText } from '../../kernel/locale.js';
import { sanitizeRichText, richTextIsEmpty } from '../../kernel/rich-text.js';
import { isRoleCode, type RoleCode } from '../../kernel/roles.js';
import { isUuid } from '../../org/org-queries.js';
import { OrgUnit } from '../../org/org-unit.entity.js';
import {
  DEFAULT_ACKNOWLEDGEMENT_DAYS,
  MATERIAL_KINDS,
  MATERIAL_SOURCES,
  MATERIAL_SUBJECTS,
  type MaterialKind,
  type MaterialSource,
  type MaterialSubject,
} from './material.entity.js';

/** A text typed per language; any may be blank. */
export type TypedText = Partial<Record<Locale, string | null>>;

/** A material as the planner writes it (a new draft, or a change of an existing one). */
export interface MaterialInput {
  kind: string;
  subject: string;
  title: TypedText;
  body?: TypedText | null;
  linkUrl?: string | null;
  source?: string | null;
  sourceName?: string | null;
  /** Drops the uploaded file (to give a link instead). */
  removeFile?: boolean | null;
  audienceAll: boolean;
  audienceOrgUnitIds?: readonly string[] | null;
  audienceRoles?: readonly string[] | null;
  requiresAcknowledgement: boolean;
  acknowledgementDays?: number | null;
}

/** What the input says once checked: the entity's own shapes. */
export interface CheckedMaterial {
  kind: MaterialKind;
  subject: MaterialSubject;
  title: LocalizedText;
  body: LocalizedText;
  linkUrl: string | null;
  source: MaterialSource | null;
  sourceName: string | null;
  removeFile: boolean;
  audienceAll: boolean;
  audienceOrgUnits: string[];
  audienceRoles: RoleCode[];
  requiresAcknowledgement: boolean;
  acknowledgementDays: number;
}

const MAX_TITLE = 300;
/** A memo or a guide runs to a few pages; a book's worth of HTML is a paste gone wrong. */
const MAX_BODY = 100_000;
const MAX_LINK = 2000;
const MAX_SOURCE_NAME = 300;
/** A year: a term longer than that is no deadline. */
export const MAX_ACKNOWLEDGEMENT_DAYS = 365;

function oneOf<T extends string>(values: readonly T[], value: string | null | undefined): value is T {
  return value != null && (values as readonly string[]).includes(value);
}

function tidyTitle(title: TypedText): LocalizedText {
  const text = {} as LocalizedText;
  for (const locale of LOCALES) {
    const typed = (title[locale] ?? '').trim().replace(/\s+/g, ' ');
    if (typed.length > MAX_TITLE)
      throw ValidationError.because('culture.material.tooLong', { field: `title.${locale}`, max: MAX_TITLE });
    text[locale] = typed;
  }
  if (!text.kk && !text.ru)
    throw ValidationError.because('culture.material.titleRequired', { field: 'title' });
  return text;
}

/** Sanitised as every rich text is (kernel/rich-text.ts); a body of empty tags is ''. */
function tidyBody(body: TypedText | null | undefined): LocalizedText {
  const text = {} as LocalizedText;
  for (const locale of LOCALES) {
    const typed = body?.[locale] ?? '';
    if (typed.length > MAX_BODY)
      throw ValidationError.because('culture.material.tooLong', { field: `body.${locale}`, max: MAX_BODY });
    const html = sanitizeRichText(typed);
    text[locale] = richTextIsEmpty(html) ? '' : html;
  }
  return text;
}

/** An https address only (`httpsLinkOf`), or null when none is typed. */
export function httpsLink(value: string | null | undefined): string | null {
  const typed = (value ?? '').trim();
  if (!typed) return null;
  const link = httpsLinkOf(typed, MAX_LINK);
  if (!link) throw ValidationError.because('culture.material.linkHttps', { field: 'linkUrl' });
  return link;
}

async function checkedUnits(em: EntityManager, actor: Actor, ids: readonly string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.some((id) => !isUuid(id)))
    throw ValidationError.because('culture.material.unknownOrgUnit', { field: 'audienceOrgUnitIds' });
  const found = unique.length
    ? await em.count(OrgUnit, { id: { $in: unique }, organization: actor.organizationId })
    : 0;
  if (found !== unique.length)
    throw ValidationError.because('culture.material.unknownOrgUnit', { field: 'audienceOrgUnitIds' });
  return unique;
}

/** Checks everything the planner typed before anything is written; the first problem refuses the save. */
export async function checkMaterialInput(
  em: EntityManager,
  actor: Actor,
  input: MaterialInput,
): Promise<CheckedMaterial> {
  if (!oneOf(MATERIAL_KINDS, input.kind))
    throw ValidationError.because('culture.material.kind', { field: 'kind' });
  if (!oneOf(MATERIAL_SUBJECTS, input.subject))
    throw ValidationError.because('culture.material.subject', { field: 'subject' });
  const title = tidyTitle(input.title);
  const body = tidyBody(input.body);
  const linkUrl = httpsLink(input.linkUrl);
  const sourceTyped = input.source ?? null;
  if (sourceTyped !== null && !oneOf(MATERIAL_SOURCES, sourceTyped))
    throw ValidationError.because('culture.material.source', { field: 'source' });
  const source = sourceTyped as MaterialSource | null;
  const sourceName = source === 'other' ? (input.sourceName ?? '').trim() : '';
  if (source === 'other' && !sourceName)
    throw ValidationError.because('culture.material.sourceNameRequired', { field: 'sourceName' });
  if (sourceName.length > MAX_SOURCE_NAME)
    throw ValidationError.because('culture.material.tooLong', { field: 'sourceName', max: MAX_SOURCE_NAME });
  const days = input.acknowledgementDays ?? DEFAULT_ACKNOWLEDGEMENT_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > MAX_ACKNOWLEDGEMENT_DAYS)
    throw ValidationError.because('culture.material.term', {
      field: 'acknowledgementDays',
      max: MAX_ACKNOWLEDGEMENT_DAYS,
    });
  const roles = [...new Set(input.audienceRoles ?? [])];
  if (roles.some((role) => !isRoleCode(role)))
    throw ValidationError.because('culture.material.unknownRole', { field: 'audienceRoles' });
  const audienceAll = input.audienceAll;
  const audienceOrgUnits = audienceAll ? [] : await checkedUnits(em, actor, input.audienceOrgUnitIds ?? []);
  const audienceRoles = audienceAll ? [] : (roles as RoleCode[]);
  if (!audienceAll && audienceOrgUnits.length === 0 && audienceRoles.length === 0)
    throw ValidationError.because('culture.material.audienceRequired', { field: 'audience' });
  return {
    kind: input.kind,
    subject: input.subject,
    title,
    body,
    linkUrl,
    source,
    sourceName: sourceName || null,
    removeFile: input.removeFile === true,
    audienceAll,
    audienceOrgUnits,
    audienceRoles,
    requiresAcknowledgement: input.requiresAcknowledgement,
    acknowledgementDays: days,
  };
}
