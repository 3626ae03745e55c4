import dns from 'node:dns';
import net from 'node:net';

/**
 * The SSRF guard: a webhook URL must not make Assay call into its own network
 * (cloud metadata at 169.254.169.254, databases on 10.x, the app itself on
 * 127.0.0.1). Every address a host resolves to is checked, at create time and
 * again on the connection of every delivery (see webhooks-http.ts), unless
 * ASSAY_WEBHOOK_ALLOW_PRIVATE is set.
 */

export type AddressClass =
  | 'public'
  | 'unspecified'
  | 'loopback'
  | 'private'
  | 'shared'
  | 'link-local'
  | 'unique-local'
  | 'multicast'
  | 'documentation'
  | 'reserved'
  | 'invalid';

function ipv4Octets(address: string): number[] | null {
  if (!net.isIPv4(address)) return null;
  return address.split('.').map(Number);
}

function inV4(octets: number[], base: [number, number, number, number], prefix: number): boolean {
  const value = ((octets[0]! << 24) | (octets[1]! << 16) | (octets[2]! << 8) | octets[3]!) >>> 0;
  const network = ((base[0] << 24) | (base[1] << 16) | (base[2] << 8) | base[3]) >>> 0;
  const mask = prefix === 0 ? 0 : (0xffffffff << (32 - prefix)) >>> 0;
  return (value & mask) === (network & mask);
}

const V4_RANGES: Array<[[number, number, number, number], number, AddressClass]> = [
  [[0, 0, 0, 0], 8, 'unspecified'],
  [[10, 0, 0, 0], 8, 'private'],
  [[100, 64, 0, 0], 10, 'shared'],
  [[127, 0, 0, 0], 8, 'loopback'],
  [[169, 254, 0, 0], 16, 'link-local'],
  [[172, 16, 0, 0], 12, 'private'],
  [[192, 0, 0, 0], 24, 'reserved'],
  [[192, 0, 2, 0], 24, 'documentation'],
  [[192, 168, 0, 0], 16, 'private'],
  [[198, 18, 0, 0], 15, 'reserved'],
  [[198, 51, 100, 0], 24, 'documentation'],
  [[203, 0, 113, 0], 24, 'documentation'],
  [[224, 0, 0, 0], 4, 'multicast'],
  [[240, 0, 0, 0], 4, 'reserved'],
];

function classifyV4(octets: number[]): AddressClass {
  for (const [base, prefix, kind] of V4_RANGES) if (inV4(octets, base, prefix)) return kind;
  return 'public';
}

/** Eight 16-bit groups of an IPv6 address (zone id dropped), or null when it is not one. */
export function parseIpv6(input: string): number[] | null {
  const address = input.replace(/^\[|\]$/g, '').split('%')[0]!;
  if (!net.isIPv6(address)) return null;
  let text = address;
  const lastColon = text.lastIndexOf(':');
  const tail = text.slice(lastColon + 1);
  if (tail.includes('.')) {
    // A trailing dotted IPv4 address (::ffff:127.0.0.1) is the last two groups.
    const octets = ipv4Octets(tail);
    if (!octets) return null;
    const high = ((octets[0]! << 8) | octets[1]!).toString(16);
    const low = ((octets[2]! << 8) | octets[3]!).toString(16);
    text = `${text.slice(0, lastColon + 1)}${high}:${low}`;
  }
  const parse = (part: string) => (part === '' ? [] : part.split(':').map((group) => parseInt(group, 16)));
  let groups: number[];
  if (text.includes('::')) {
    const [head, rest] = text.split('::') as [string, string];
    const left = parse(head);
    const right = parse(rest);
    groups = [...left, ...new Array<number>(Math.max(0, 8 - left.length - right.length)).fill(0), ...right];
  } else {
    groups = parse(text);
  }
  return groups.length === 8 && groups.every((group) => Number.isInteger(group) && group >= 0 && group <= 0xffff) ? groups : null;
}

function embeddedV4(high: number, low: number): number[] {
  return [high >> 8, high & 0xff, low >> 8, low & 0xff];
}

function classifyV6(g: number[]): AddressClass {
  const zeroUpTo = (n: number) => g.slice(0, n).every((group) => group === 0);
  if (g.every((group) => group === 0)) return 'unspecified';
  if (zeroUpTo(7) && g[7] === 1) return 'loopback';
  // IPv4-mapped (::ffff:a.b.c.d) and IPv4-compatible (::a.b.c.d): judge the IPv4 address.
  if (zeroUpTo(5) && g[5] === 0xffff) return classifyV4(embeddedV4(g[6]!, g[7]!));
  if (zeroUpTo(6)) return classifyV4(embeddedV4(g[6]!, g[7]!));
  // NAT64 (64:ff9b::/96) reaches the embedded IPv4 address.
  if (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((group) => group === 0)) return classifyV4(embeddedV4(g[6]!, g[7]!));
  if (g[0] === 0x64 && g[1] === 0xff9b && g[2] === 1) return 'reserved';
  // 6to4 (2002::/16) carries an IPv4 address in bits 16–47.
  if (g[0] === 0x2002) return classifyV4(embeddedV4(g[1]!, g[2]!));
  if (g[0] === 0x2001 && g[1] === 0) return 'reserved'; // Teredo tunnels
  if (g[0] === 0x2001 && g[1] === 0xdb8) return 'documentation';
  if (g[0] === 0x100 && zeroUpTo(4)) return 'reserved'; // discard-only 100::/64
  if ((g[0]! & 0xfe00) === 0xfc00) return 'unique-local';
  if ((g[0]! & 0xffc0) === 0xfe80) return 'link-local';
  if ((g[0]! & 0xffc0) === 0xfec0) return 'private'; // deprecated site-local
  if ((g[0]! & 0xff00) === 0xff00) return 'multicast';
  return 'public';
}

/** What kind of address this is; only `public` may receive webhooks by default. */
export function classifyAddress(address: string): AddressClass {
  const v4 = ipv4Octets(address);
  if (v4) return classifyV4(v4);
  const v6 = parseIpv6(address);
  if (v6) return classifyV6(v6);
  return 'invalid';
}

export class BlockedAddressError extends Error {
  readonly code = 'EBLOCKEDADDRESS';
  constructor(
    readonly host: string,
    readonly address: string,
    readonly kind: AddressClass,
  ) {
    super(`${host} resolves to ${address}, a ${kind} address; webhooks may only target public addresses`);
    this.name = 'BlockedAddressError';
  }
}

/** Throws BlockedAddressError when `address` is not public. */
export function assertPublicAddress(host: string, address: string): void {
  const kind = classifyAddress(address);
  if (kind !== 'public') throw new BlockedAddressError(host, address, kind);
}

/** The hostname of a URL without IPv6 brackets. */
export function hostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '');
}

export type Resolver = (host: string) => Promise<string[]>;

export const systemResolver: Resolver = async (host) =>
  (await dns.promises.lookup(host, { all: true, verbatim: true })).map((entry) => entry.address);

/**
 * Resolves the URL's host and throws BlockedAddressError when any address it
 * resolves to is not public (one private answer is enough to refuse: the
 * connection could use it).
 */
export async function assertPublicUrl(url: URL, resolve: Resolver = systemResolver): Promise<void> {
  const host = hostOf(url);
  const addresses = net.isIP(host) ? [host] : await resolve(host);
  if (addresses.length === 0) throw new Error(`${host} does not resolve`);
  for (const address of addresses) assertPublicAddress(host, address);
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/**
 * A `lookup` for http.request that refuses non-public answers. Used on every
 * delivery, so the address that is checked is the address that is connected to
 * (no window for DNS rebinding between a check and the request).
 */
export function guardedLookup(hostname: string, options: dns.LookupOptions, callback: LookupCallback): void {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, options.all ? [] : '');
    try {
      for (const entry of addresses) assertPublicAddress(hostname, entry.address);
    } catch (blocked) {
      return callback(blocked as NodeJS.ErrnoException, options.all ? [] : '');
    }
    if (options.all) return callback(null, addresses);
    const first = addresses[0];
    if (!first) return callback(Object.assign(new Error(`${hostname} does not resolve`), { code: 'ENOTFOUND' }), '');
    return callback(null, first.address, first.family);
  });
}
