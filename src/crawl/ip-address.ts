import { isIPv4, isIPv6 } from 'node:net';

/**
 * What kind of network an address belongs to, for the fetch policy: only `public` is reachable by anyone,
 * so only `public` is fetched without an allowance. Ranges from the IANA special-purpose registries.
 */
export type AddressClass =
  | 'public'
  | 'private'
  | 'loopback'
  | 'link-local'
  | 'multicast'
  | 'unspecified'
  | 'cgnat'
  | 'unique-local'
  | 'reserved';

/** An address as a 128-bit number; IPv4 addresses are kept as their IPv4-mapped IPv6 form (::ffff:a.b.c.d). */
type Bits = bigint;

const V4_MAPPED = 0xffffn << 32n;

function v4Bits(address: string): Bits {
  const [a, b, c, d] = address.split('.').map(Number) as [number, number, number, number];
  return V4_MAPPED | BigInt(((a << 24) >>> 0) + (b << 16) + (c << 8) + d);
}

function v6Bits(address: string): Bits {
  let text = address.split('%')[0] as string;
  // A trailing dotted quad (::ffff:127.0.0.1) stands for the last two groups.
  const quad = text.match(/(\d+\.\d+\.\d+\.\d+)$/);
  if (quad) {
    const v4 = v4Bits(quad[1] as string) & 0xffffffffn;
    text = `${text.slice(0, -(quad[1] as string).length)}${(v4 >> 16n).toString(16)}:${(v4 & 0xffffn).toString(16)}`;
  }
  const [head, tail] = text.includes('::') ? text.split('::') : [text, undefined];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups =
    tail === undefined ? left : [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right];
  return groups.reduce((bits, g) => (bits << 16n) | BigInt(Number.parseInt(g, 16)), 0n);
}

/** The address's bits, or null when the text is no IP address. */
export function addressBits(address: string): Bits | null {
  if (isIPv4(address)) return v4Bits(address);
  if (isIPv6(address)) return v6Bits(address);
  return null;
}

/** A block of addresses, e.g. `10.0.0.0/8` or `fd00::/8`. */
export interface Cidr {
  base: Bits;
  mask: Bits;
}

const ALL = (1n << 128n) - 1n;

function block(base: Bits, prefix: number): Cidr {
  const mask = prefix === 0 ? 0n : (ALL << BigInt(128 - prefix)) & ALL;
  return { base: base & mask, mask };
}

/** Parses `address/prefix` (or a bare address, a block of one); null when it is not one. */
export function parseCidr(text: string): Cidr | null {
  const [address, prefixText, extra] = text.trim().split('/');
  if (!address || extra !== undefined) return null;
  const bits = addressBits(address);
  if (bits === null) return null;
  const width = isIPv4(address) ? 32 : 128;
  if (prefixText !== undefined && !/^\d{1,3}$/.test(prefixText)) return null;
  const prefix = prefixText === undefined ? width : Number(prefixText);
  if (prefix > width) return null;
  // IPv4 blocks sit inside ::ffff:0:0/96, so they also match IPv4-mapped IPv6 answers.
  return block(bits, width === 32 ? prefix + 96 : prefix);
}

export function inCidr(bits: Bits, cidr: Cidr): boolean {
  return (bits & cidr.mask) === cidr.base;
}

const RANGES: [string, AddressClass][] = [
  ['0.0.0.0/8', 'unspecified'],
  ['10.0.0.0/8', 'private'],
  ['100.64.0.0/10', 'cgnat'],
  ['127.0.0.0/8', 'loopback'],
  ['169.254.0.0/16', 'link-local'],
  ['172.16.0.0/12', 'private'],
  ['192.0.0.0/24', 'reserved'],
  ['192.168.0.0/16', 'private'],
  ['198.18.0.0/15', 'reserved'],
  ['224.0.0.0/4', 'multicast'],
  ['240.0.0.0/4', 'reserved'],
  ['::/128', 'unspecified'],
  ['::1/128', 'loopback'],
  // The deprecated IPv4-compatible form (::a.b.c.d).
  ['::/96', 'reserved'],
  ['fc00::/7', 'unique-local'],
  ['fe80::/10', 'link-local'],
  ['ff00::/8', 'multicast'],
].map(([text, kind]) => [text as string, kind as AddressClass]);

const BLOCKS = RANGES.map(([text, kind]) => ({ cidr: parseCidr(text) as Cidr, kind }));

/** The class of an IP address (IPv4-mapped IPv6 counts as its IPv4 address), or null when it is not one. */
export function addressClass(address: string): AddressClass | null {
  const bits = addressBits(address);
  if (bits === null) return null;
  return BLOCKS.find((b) => inCidr(bits, b.cidr))?.kind ?? 'public';
}
