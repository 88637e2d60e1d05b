import { createHmac } from 'node:crypto';
import { isIPv4, isIPv6 } from 'node:net';

/** Who a request comes from, as far as rate limits need to know. */
export interface ClientSource {
  headers: Headers;
  /** The peer address of the TCP connection; absent for in-process requests. */
  socketAddress: string | undefined;
}

/** Stands for the peer of an in-process request, which has no socket: it is never a client. */
const IN_PROCESS_PEER = 'in-process';

/**
 * The client's address. Each proxy appends the address it was connected from to
 * X-Forwarded-For, so reading the chain from the right — our own peer last — the first
 * `trustedProxies` hops are our proxies and the next one is the client. Everything left of it was
 * written by the client and proves nothing, so the first entry is never trusted. A chain shorter
 * than the proxies configured yields its left-most entry: the farthest hop our proxies saw.
 */
export function clientAddress({ headers, socketAddress }: ClientSource, trustedProxies: number): string {
  const peer = socketAddress ?? IN_PROCESS_PEER;
  if (trustedProxies <= 0) return peer;
  const forwarded = (headers.get('x-forwarded-for') ?? '')
    .split(',')
    .map((hop) => hop.trim())
    .filter((hop) => hop !== '');
  const chain = [...forwarded, peer];
  return chain[Math.max(0, chain.length - 1 - trustedProxies)] ?? peer;
}

/**
 * The part of an address that one subscriber controls: an IPv4 address, or the /64 network of
 * an IPv6 address (a home or phone gets a whole /64 and could otherwise walk through it).
 */
export function subscriberNetwork(address: string): string {
  const unzoned = address.replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(unzoned);
  if (mapped?.[1]) return mapped[1];
  if (isIPv4(unzoned) || !isIPv6(unzoned)) return unzoned;
  const [head = '', tail] = unzoned.toLowerCase().split('::');
  const groupsOf = (part: string) =>
    part === '' ? [] : part.split(':').flatMap((group) => (group.includes('.') ? ['0', '0'] : [group]));
  const left = groupsOf(head);
  const right = tail === undefined ? [] : groupsOf(tail);
  const groups = [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((group) => Number.parseInt(group, 16).toString(16))
    .join(':')}::/64`;
}

export interface ClientKeyOptions {
  /** How many reverse proxies of ours stand in front of the gateway (ADAL_TRUST_PROXY); 0: none. */
  trustedProxies: number;
  /** Keys the HMAC. Every replica must use the same, since they share the counters. */
  secret: Uint8Array;
}

/**
 * Turns a request's address into an opaque key for rate limits: an HMAC of the subscriber's
 * network under a key that lives outside the database, so the counters the limits keep never
 * hold an address and can't be turned back into one without that key (ADR 007).
 */
export function createClientKeys({
  trustedProxies,
  secret,
}: ClientKeyOptions): (source: ClientSource) => string {
  return (source) =>
    createHmac('sha256', secret)
      .update(subscriberNetwork(clientAddress(source, trustedProxies)))
      .digest('base64url');
}
