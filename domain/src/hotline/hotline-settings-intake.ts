import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAudit } from '../audit/record-audit.js';
import { requireAnyRole, type Actor } from '../kernel/actor.js';
import { ValidationError } from '../kernel/errors.js';
import {
  COMPLIANCE_REPORTS_TO,
  DEFAULT_ACKNOWLEDGE_HOURS,
  HotlineSettings,
  type ComplianceReportsTo,
} from './hotline-settings.entity.js';
import { lockSettings } from './hotline-settings.js';
import { HOTLINE_MANAGERS } from './hotline-roles.js';

/** How the intake page presents an organisation (issue 11 §9): to whom compliance reports, its colour and logo. */
export interface HotlineIntakeProfile {
  reportsTo: ComplianceReportsTo;
  /** The acknowledgement deadline the intake promises the reporter (§69: 24 hours by default). */
  acknowledgeHours: number;
  brandColor: string | null;
  /** The logo as a `data:` URL, which the intake's CSP (`img-src 'self' data:`) shows without another request. */
  logoDataUrl: string | null;
}

export const DEFAULT_INTAKE_PROFILE: HotlineIntakeProfile = {
  reportsTo: 'board_of_directors',
  acknowledgeHours: DEFAULT_ACKNOWLEDGE_HOURS,
  brandColor: null,
  logoDataUrl: null,
};

/** A logo is inlined in the intake's answer: small, and only raster images (an SVG can carry script). */
export const MAX_LOGO_BYTES = 100 * 1024;

/** WCAG 2.1 AA: normal text needs a contrast of at least 4.5:1 with its background. */
export const MIN_TEXT_CONTRAST = 4.5;

const HEX_COLOR = /^#[0-9a-f]{6}$/;

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.039_28 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => channel(Number.parseInt(hex.slice(i, i + 2), 16)));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** The WCAG contrast ratio of two `#rrggbb` colours, from 1 to 21. */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

/** The intake writes white on its primary colour (buttons, the header): a colour it would be unreadable on is refused. */
export function checkBrandColor(value: string): string {
  const color = value.trim().toLowerCase();
  if (!HEX_COLOR.test(color)) {
    throw ValidationError.because('hotline.settings.brandColorFormat', { field: 'brandColor' });
  }
  const ratio = contrastRatio(color, '#ffffff');
  if (ratio < MIN_TEXT_CONTRAST) {
    throw ValidationError.because('hotline.settings.brandColorContrast', {
      field: 'brandColor',
      ratio: Math.floor(ratio * 10) / 10,
      min: MIN_TEXT_CONTRAST,
    });
  }
  return color;
}

const LOGO_TYPES: readonly { type: string; matches: (data: Uint8Array) => boolean }[] = [
  {
    type: 'image/png',
    matches: (d) => [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a].every((byte, i) => d[i] === byte),
  },
  { type: 'image/jpeg', matches: (d) => d[0] === 0xff && d[1] === 0xd8 && d[2] === 0xff },
  {
    type: 'image/webp',
    matches: (d) =>
      Buffer.from(d.subarray(0, 4)).toString('latin1') === 'RIFF' &&
      Buffer.from(d.subarray(8, 12)).toString('latin1') === 'WEBP',
  },
];

/** The logo's type judged by its bytes, never by its name or the browser's word. */
export function detectLogoType(data: Uint8Array): string | null {
  return LOGO_TYPES.find((candidate) => candidate.matches(data))?.type ?? null;
}

function profileOf(row: {
  complianceReportsTo: ComplianceReportsTo;
  acknowledgeHours: number;
  brandColor?: string | null;
  logo?: Buffer | Uint8Array | null;
  logoContentType?: string | null;
}): HotlineIntakeProfile {
  const logo = row.logo && row.logoContentType ? Buffer.from(row.logo) : null;
  return {
    reportsTo: row.complianceReportsTo,
    acknowledgeHours: row.acknowledgeHours,
    brandColor: row.brandColor ?? null,
    logoDataUrl: logo ? `data:${row.logoContentType};base64,${logo.toString('base64')}` : null,
  };
}

/** The intake profiles of these organisations in one query; the defaults where none was saved. */
export async function hotlineIntakeProfiles(
  em: EntityManager,
  organizationIds: readonly string[],
): Promise<Map<string, HotlineIntakeProfile>> {
  const rows =
    organizationIds.length === 0
      ? []
      : await em.find(
          HotlineSettings,
          { organization: { $in: [...organizationIds] } },
          {
            populate: ['logo'],
            fields: [
              'organization',
              'acknowledgeHours',
              'complianceReportsTo',
              'brandColor',
              'logo',
              'logoContentType',
            ],
          },
        );
  const profiles = new Map<string, HotlineIntakeProfile>();
  for (const id of organizationIds) profiles.set(id, { ...DEFAULT_INTAKE_PROFILE });
  for (const row of rows) profiles.set(row.organization.id, profileOf(row));
  return profiles;
}

export interface HotlineIntakeProfileInput {
  reportsTo?: ComplianceReportsTo | null;
  /** `#rrggbb`; an empty text goes back to the standard colour. */
  brandColor?: string | null;
}

/** The compliance head (HOTLINE_MANAGERS) sets how the intake presents the organisation; on the audit trail. */
export async function updateHotlineIntakeProfile(
  em: EntityManager,
  actor: Actor,
  input: HotlineIntakeProfileInput,
): Promise<HotlineIntakeProfile> {
  requireAnyRole(actor, HOTLINE_MANAGERS, 'change how the hotline intake presents the organisation');
  const changes: { complianceReportsTo?: ComplianceReportsTo; brandColor?: string | null } = {};
  if (input.reportsTo !== undefined && input.reportsTo !== null) {
    if (!(COMPLIANCE_REPORTS_TO as readonly string[]).includes(input.reportsTo)) {
      throw ValidationError.because('hotline.settings.reportsTo', { field: 'reportsTo' });
    }
    changes.complianceReportsTo = input.reportsTo;
  }
  if (input.brandColor !== undefined && input.brandColor !== null) {
    changes.brandColor = input.brandColor.trim() === '' ? null : checkBrandColor(input.brandColor);
  }
  const row = await lockSettings(em, actor.organizationId);
  em.assign(row, changes);
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'hotline.intake_profile_updated',
    entityType: 'HotlineSettings',
    entityId: row.id,
    data: { ...changes },
  });
  await em.flush();
  return (await hotlineIntakeProfiles(em, [actor.organizationId])).get(actor.organizationId)!;
}

/** Sets (or, with null, removes) the intake's logo: PNG, JPEG or WebP by its bytes, at most 100 KB. */
export async function setHotlineIntakeLogo(
  em: EntityManager,
  actor: Actor,
  data: Uint8Array | null,
): Promise<HotlineIntakeProfile> {
  requireAnyRole(actor, HOTLINE_MANAGERS, 'change how the hotline intake presents the organisation');
  let type: string | null = null;
  if (data !== null) {
    if (data.byteLength > MAX_LOGO_BYTES) {
      throw ValidationError.because('hotline.settings.logoTooLarge', {
        field: 'logo',
        maxKb: MAX_LOGO_BYTES / 1024,
      });
    }
    type = detectLogoType(data);
    if (!type) throw ValidationError.because('hotline.settings.logoType', { field: 'logo' });
  }
  const row = await lockSettings(em, actor.organizationId);
  row.logo = data ? Buffer.from(data) : null;
  row.logoContentType = type;
  await recordAudit(em, actor, {
    organizationId: actor.organizationId,
    action: 'hotline.intake_logo_set',
    entityType: 'HotlineSettings',
    entityId: row.id,
    data: { contentType: type, sizeBytes: data?.byteLength ?? 0 },
  });
  await em.flush();
  return (await hotlineIntakeProfiles(em, [actor.organizationId])).get(actor.organizationId)!;
}
