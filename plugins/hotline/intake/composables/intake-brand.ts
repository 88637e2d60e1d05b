import type { IntakeOrganization } from './use-intake-organizations';

export type IntakeProfile = NonNullable<IntakeOrganization['profile']>;

/**
 * The organisation the page speaks for (issue 11 §9): the one its link names (`?org=<id>`), else
 * the one chosen in the form, else the deployment's only one; none while that is open.
 */
export function brandOrganization(
  organizations: readonly IntakeOrganization[],
  linked: string | null,
  chosen: string,
): IntakeOrganization | null {
  const byId = (id: string | null) => (id ? organizations.find((o) => o.id === id) : undefined);
  return byId(linked) ?? byId(chosen) ?? (organizations.length === 1 ? organizations[0]! : null);
}

/** The page's colours for an organisation's primary colour: white text on it, as the server checked. */
export function brandColors(profile: IntakeProfile | null | undefined): Record<string, string> {
  const color = profile?.brandColor;
  if (!color) return {};
  return {
    '--adal-color-primary': color,
    '--adal-color-primary-700': color,
    '--adal-color-on-primary': '#ffffff',
    '--adal-color-header': color,
    '--adal-color-on-header': '#ffffff',
  };
}
