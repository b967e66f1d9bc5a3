import dns from 'node:dns';
import { isIP, type LookupFunction } from 'node:net';
import type { Bureau } from '../domain/types.js';
import { type AddressClass, addressBits, addressClass, type Cidr, inCidr, parseCidr } from './ip-address.js';

/**
 * Where a fetch may go. Only http(s), and only public addresses, unless the address is one the operator
 * chose: a configured bureau host may resolve to what it resolved to when the config was read (the loopback
 * simulator, an intranet mirror), and `settings.fetch.allowPrivate` names further blocks or hosts. Every
 * name is resolved once per connection by `lookup`, which applies the same rule, so nothing can change the
 * answer between the check and the connect. A refusal is `unreachable` with a reason: an address the public
 * cannot reach is a site the public cannot reach, which is what that state already says.
 */
export type PolicyRefusal = 'scheme-not-allowed' | 'address-not-allowed' | 'invalid-url';

export interface ResolvedAddress {
  address: string;
  family: number;
}

/** Every address a name resolves to; the system resolver unless a test maps names itself. */
export type Resolve = (hostname: string) => Promise<ResolvedAddress[]>;

export const systemResolve: Resolve = (hostname) => dns.promises.lookup(hostname, { all: true, verbatim: true });

/** Address classes beyond `public` that each configured hostname may resolve to. */
export type HostTrust = ReadonlyMap<string, ReadonlySet<AddressClass>>;

/**
 * `requested` trusts every hostname a caller asks for directly (not a redirect target or a found link), for
 * callers not yet handed the config's trust; pass `hostTrustFor(configuredUrls(bureaus))` instead.
 */
export type TrustSource = HostTrust | 'requested';

/** The error a refused connection fails with; its code names it for the fetcher's reasons. */
export const ADDRESS_NOT_ALLOWED = 'ERR_LANDWATCH_ADDRESS_NOT_ALLOWED';

function refusedError(hostname: string, answers: ResolvedAddress[]): Error {
  const list = answers.map((a) => a.address).join(', ');
  return Object.assign(new Error(`${hostname} resolves only to addresses the fetch policy refuses (${list})`), {
    code: ADDRESS_NOT_ALLOWED,
  });
}

/** A URL's hostname as resolvers and trust lists spell it: no IPv6 brackets, no trailing dot. */
export function hostnameOf(url: URL): string {
  // URL has lowercased it already; this runs once per request, so no regular expressions.
  const name = url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname;
  return name.endsWith('.') ? name.slice(0, -1) : name;
}

function normalHostname(hostname: string): string {
  const name = hostname.toLowerCase();
  return name.endsWith('.') ? name.slice(0, -1) : name;
}

/** Each allowPrivate entry is an address block (`10.0.0.0/8`, `fd00::/8`, a bare address) or a hostname. */
function parseAllowance(entries: readonly string[]): { cidrs: Cidr[]; hostnames: Set<string> } {
  const cidrs: Cidr[] = [];
  const hostnames = new Set<string>();
  for (const entry of entries) {
    const cidr = parseCidr(entry);
    if (cidr) cidrs.push(cidr);
    else if (entry.includes('/') || isIP(entry)) throw new Error(`fetch.allowPrivate: "${entry}" is no address block`);
    else hostnames.add(normalHostname(entry));
  }
  return { cidrs, hostnames };
}

export class FetchPolicy {
  private readonly cidrs: Cidr[];
  private readonly hostnames: Set<string>;
  private readonly trust: Map<string, ReadonlySet<AddressClass> | 'any'>;
  private readonly learns: boolean;

  constructor(
    options: { allowPrivate: readonly string[]; trust: TrustSource },
    private readonly resolve: Resolve = systemResolve,
  ) {
    ({ cidrs: this.cidrs, hostnames: this.hostnames } = parseAllowance(options.allowPrivate));
    this.learns = options.trust === 'requested';
    this.trust = new Map(options.trust === 'requested' ? [] : options.trust);
  }

  /** May `hostname` be reached at `address`? Public addresses always; others only by an allowance. */
  admits(hostname: string, address: string): boolean {
    const kind = addressClass(address);
    if (kind === 'public') return true;
    if (kind === null) return false;
    if (this.hostnames.has(hostname)) return true;
    const bits = addressBits(address) as bigint;
    if (this.cidrs.some((c) => inCidr(bits, c))) return true;
    const trusted = this.trust.get(hostname);
    return trusted === 'any' || (trusted?.has(kind) ?? false);
  }

  /**
   * Why `url` may not be requested, or null. Checks the scheme and a literal address (which no lookup
   * sees); `direct` says the caller asked for this URL itself rather than being sent or linked to it.
   */
  refusal(url: string | URL, direct: boolean): PolicyRefusal | null {
    let parsed: URL;
    try {
      parsed = typeof url === 'string' ? new URL(url) : url;
    } catch {
      return 'invalid-url';
    }
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return 'scheme-not-allowed';
    const hostname = hostnameOf(parsed);
    if (direct && this.learns) this.trust.set(hostname, 'any');
    if (isIP(hostname) && !this.admits(hostname, hostname)) return 'address-not-allowed';
    return null;
  }

  /** A `net` lookup that resolves once and hands the socket only the answers the policy admits. */
  readonly lookup: LookupFunction = (hostname, options, callback) => {
    const done = callback as (e: Error | null, address?: unknown, family?: number) => void;
    const family =
      options.family === 4 || options.family === 'IPv4' ? 4 : options.family === 6 || options.family === 'IPv6' ? 6 : 0;
    this.resolve(hostname).then(
      (answers) => {
        const admitted = answers.filter(
          (a) => (family === 0 || a.family === family) && this.admits(normalHostname(hostname), a.address),
        );
        const first = admitted[0];
        if (!first) return done(refusedError(hostname, answers));
        if (options.all) return done(null, admitted);
        done(null, first.address, first.family);
      },
      (e: Error) => done(e),
    );
  };
}

/** The URLs a bureau list names: every homepage and section, the hosts their operator chose. */
export function configuredUrls(bureaus: readonly Bureau[]): string[] {
  return bureaus.flatMap((b) => [b.homepage, ...b.sections.map((s) => s.url)]);
}

/** Hostnames resolved at once while the config is read; a bureau list names hundreds of hosts. */
const TRUST_LOOKUPS_AT_ONCE = 32;

/**
 * What each configured hostname may resolve to beyond public addresses: the classes it resolves to now
 * (a literal address is its own class). A name that does not resolve earns nothing.
 */
export async function hostTrustFor(urls: Iterable<string>, resolve: Resolve = systemResolve): Promise<HostTrust> {
  const hostnames = new Set<string>();
  for (const url of urls) {
    try {
      hostnames.add(hostnameOf(new URL(url)));
    } catch {
      // Config validation names bad URLs; an unparsable one simply earns no trust here.
    }
  }
  const trust = new Map<string, ReadonlySet<AddressClass>>();
  const queue = [...hostnames];
  const worker = async () => {
    for (let hostname = queue.pop(); hostname !== undefined; hostname = queue.pop()) {
      const literal = addressClass(hostname);
      const answers = literal
        ? [literal]
        : (await resolve(hostname).catch(() => [])).map((a) => addressClass(a.address));
      const classes = new Set(answers.filter((c): c is AddressClass => c !== null && c !== 'public'));
      if (classes.size > 0) trust.set(hostname, classes);
    }
  };
  await Promise.all(Array.from({ length: TRUST_LOOKUPS_AT_ONCE }, worker));
  return trust;
}
