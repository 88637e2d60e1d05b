/**
 * The address of a gateway HTTP route. Plugins may run inside a portal on another origin, so
 * the gateway's origin is taken from the GraphQL endpoint the host gave, not from the page.
 */
export function gatewayUrl(
  path: string,
  graphqlUrl: string,
  search: Record<string, string | null> = {},
): string {
  const url = new URL(path, new URL(graphqlUrl, window.location.href));
  for (const [name, value] of Object.entries(search)) {
    if (value) url.searchParams.set(name, value);
  }
  return url.href;
}
