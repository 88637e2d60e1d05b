import { describe, expect, it } from 'vitest';
import { clientAddress, createClientKeys, subscriberNetwork } from './client-key.js';

const source = (forwarded: string | null, socketAddress: string | undefined = '10.0.0.5') => ({
  headers: new Headers(forwarded === null ? {} : { 'x-forwarded-for': forwarded }),
  socketAddress,
});

describe('the client address', () => {
  it('is the peer when no proxy is trusted, whatever X-Forwarded-For claims', () => {
    expect(clientAddress(source('198.51.100.7'), 0)).toBe('10.0.0.5');
  });

  it('is the hop our one proxy appended, never the first', () => {
    expect(clientAddress(source('1.2.3.4, 198.51.100.7'), 1)).toBe('198.51.100.7');
    expect(clientAddress(source('198.51.100.7'), 1)).toBe('198.51.100.7');
  });

  it('skips as many hops as there are proxies of ours', () => {
    // client → proxy A (appends the client) → proxy B (appends A) → gateway (peer: B)
    expect(clientAddress(source('6.6.6.6, 198.51.100.7, 10.0.0.4'), 2)).toBe('198.51.100.7');
  });

  it('is the farthest hop when the chain is shorter than the proxies configured', () => {
    expect(clientAddress(source(null), 2)).toBe('10.0.0.5');
    expect(clientAddress(source('198.51.100.7'), 3)).toBe('198.51.100.7');
  });
});

describe('the subscriber network', () => {
  it('is an IPv4 address itself, also when mapped into IPv6', () => {
    expect(subscriberNetwork('198.51.100.7')).toBe('198.51.100.7');
    expect(subscriberNetwork('::ffff:198.51.100.7')).toBe('198.51.100.7');
  });

  it('is the /64 of an IPv6 address, however it is written', () => {
    expect(subscriberNetwork('2001:db8:0:1:aaaa::1')).toBe('2001:db8:0:1::/64');
    expect(subscriberNetwork('2001:0db8:0000:0001:ffff:ffff:ffff:ffff')).toBe('2001:db8:0:1::/64');
    expect(subscriberNetwork('2001:db8::1%eth0')).toBe('2001:db8:0:0::/64');
    expect(subscriberNetwork('::1')).toBe('0:0:0:0::/64');
  });
});

describe('the client key', () => {
  const keyOf = createClientKeys({ trustedProxies: 1, secret: new Uint8Array(32).fill(7) });

  it('does not change with what the client writes before our proxy’s hop', () => {
    expect(keyOf(source('1.1.1.1, 198.51.100.7'))).toBe(keyOf(source('9.9.9.9, 8.8.8.8, 198.51.100.7')));
    expect(keyOf(source('198.51.100.7'))).not.toBe(keyOf(source('198.51.100.8')));
  });

  it('holds no trace of the address and depends on the secret', () => {
    const key = keyOf(source('198.51.100.7'));
    expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const other = createClientKeys({ trustedProxies: 1, secret: new Uint8Array(32).fill(8) });
    expect(other(source('198.51.100.7'))).not.toBe(key);
  });
});
