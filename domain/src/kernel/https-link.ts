/**
 * The address a person typed as an https link with a host, normalised, or null when it is not one:
 * a plain-http page could be swapped on the way, and no other scheme is a page. Longer than `max`
 * is not one either. Each caller refuses with its own words.
 */
export function httpsLinkOf(typed: string, max: number): string | null {
  if (typed.length > max) return null;
  try {
    const url = new URL(typed);
    return url.protocol === 'https:' && url.hostname ? url.href : null;
  } catch {
    return null;
  }
}
