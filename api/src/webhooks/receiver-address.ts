import dns from 'node:dns';
import net from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Where a webhook may be delivered (docs/architecture.md#webhook-receivers): an ALLOW-list, not a deny-list. Only
 * global unicast addresses receive: IPv4 outside every IANA special-purpose block, IPv6 inside 2000::/3 and
 * outside its special blocks; an IPv6 address that carries an IPv4 one (mapped, compatible, NAT64, 6to4) is
 * judged by that IPv4 address. Anything not named here as global is refused, so a block forgotten is closed, not
 * open. Checked when an endpoint is registered and again on every connection, on the address DNS gave at that
 * moment and that the socket then connects to (receiverLookup), so a name cannot be pointed inside later.
 * WEBHOOK_ALLOW_PRIVATE (off by default) is the deployment's escape hatch for a receiver deliberately inside.
 */

type Block = readonly [string, string];

/** IANA IPv4 special-purpose blocks (RFC 6890 and successors), each with the reason a refusal names. */
const IPV4_NOT_GLOBAL: readonly Block[] = [
  ['0.0.0.0/8', 'unspecified'],
  ['10.0.0.0/8', 'private'],
  ['100.64.0.0/10', 'carrierGradeNat'],
  ['127.0.0.0/8', 'loopback'],
  ['169.254.0.0/16', 'linkLocal'],
  ['172.16.0.0/12', 'private'],
  ['192.0.0.0/24', 'ietfProtocol'],
  ['192.0.2.0/24', 'documentation'],
  ['192.88.99.0/24', '6to4Relay'],
  ['192.168.0.0/16', 'private'],
  ['198.18.0.0/15', 'benchmarking'],
  ['198.51.100.0/24', 'documentation'],
  ['203.0.113.0/24', 'documentation'],
  ['224.0.0.0/4', 'multicast'],
  // the limited broadcast address before the reserved block that holds it, so a refusal names it
  ['255.255.255.255/32', 'broadcast'],
  ['240.0.0.0/4', 'reserved'],
];

/** The only IPv6 space that is global unicast (RFC 4291 §2.4); everything outside it is refused by name or as notGlobal. */
const IPV6_GLOBAL_UNICAST = '2000::/3';

/** Names for the IPv6 space outside 2000::/3 that a refusal should say more of than notGlobal. */
const IPV6_OUTSIDE_NAMES: readonly Block[] = [
  ['::/128', 'unspecified'],
  ['::1/128', 'loopback'],
  ['64:ff9b:1::/48', 'nat64Local'],
  ['100::/64', 'discard'],
  ['fc00::/7', 'uniqueLocal'],
  ['fe80::/10', 'linkLocal'],
  ['fec0::/10', 'siteLocal'],
  ['ff00::/8', 'multicast'],
];

/** Special-purpose blocks inside 2000::/3 (IANA IPv6 special-purpose registry). */
const IPV6_NOT_GLOBAL: readonly Block[] = [
  ['2001:db8::/32', 'documentation'],
  ['3fff::/20', 'documentation'],
  ['2001::/32', 'teredo'],
  ['2001:2::/48', 'benchmarking'],
  ['2001:10::/28', 'orchid'],
  ['2001:20::/28', 'orchid'],
  // the rest of the IETF protocol assignments (AMT, AS112, PCP/TURN anycast, DRIP …): no webhook receiver lives there
  ['2001::/23', 'ietfProtocol'],
];

/** A block as ipaddr.js matches it; each table holds one family, so the range fits the addresses it is matched with. */
const cidr = (text: string) => ipaddr.parseCIDR(text) as [never, number];
const parsed = (blocks: readonly Block[]) => blocks.map(([text, name]) => ({ range: cidr(text), name }));
const V4 = parsed(IPV4_NOT_GLOBAL);
const V6_OUTSIDE = parsed(IPV6_OUTSIDE_NAMES);
const V6_INSIDE = parsed(IPV6_NOT_GLOBAL);
const V6_GLOBAL = cidr(IPV6_GLOBAL_UNICAST);

/** IPv6 prefixes whose low 32 bits (or, for 6to4, bits 16–47) are an IPv4 address the packet goes on to. */
const EMBEDS_IPV4 = parsed([
  ['::ffff:0:0/96', 'ipv4Mapped'],
  ['::ffff:0:0:0/96', 'ipv4Translated'],
  ['64:ff9b::/96', 'nat64'],
  ['::/96', 'ipv4Compatible'],
]);
const SIX_TO_FOUR = cidr('2002::/16');

function v4Refusal(ip: ipaddr.IPv4): string | null {
  return V4.find((b) => ip.match(b.range))?.name ?? null;
}

function fromParts(high: number, low: number): ipaddr.IPv4 {
  return new ipaddr.IPv4([high >> 8, high & 0xff, low >> 8, low & 0xff]);
}

function v6Refusal(ip: ipaddr.IPv6): string | null {
  const named = V6_OUTSIDE.find((b) => ip.match(b.range));
  // :: and ::1 lie inside ::/96 too: name them before the IPv4-compatible reading
  if (named && (named.name === 'unspecified' || named.name === 'loopback')) return named.name;
  const embedding = EMBEDS_IPV4.find((b) => ip.match(b.range));
  if (embedding) {
    const inner = v4Refusal(fromParts(ip.parts[6], ip.parts[7]));
    return inner && `${embedding.name} ${inner}`;
  }
  if (ip.match(SIX_TO_FOUR)) {
    const inner = v4Refusal(fromParts(ip.parts[1], ip.parts[2]));
    return inner && `6to4 ${inner}`;
  }
  if (named) return named.name;
  if (!ip.match(V6_GLOBAL)) return 'notGlobal';
  return V6_INSIDE.find((b) => ip.match(b.range))?.name ?? null;
}

/** Strips brackets, a zone id (fe80::1%eth0) and a trailing dot; the address itself is what is judged. */
function bareAddress(address: string): string {
  return address.trim().replace(/^\[|\]$/g, '').replace(/%.*$/, '').replace(/\.$/, '');
}

/** "64:ff9b::192.168.1.1" → "64:ff9b::c0a8:101": ipaddr.js 1.x reads a dotted tail only after ::ffff: (net.isIP vouched for the form). */
function dottedTailAsHex(address: string): string {
  const match = /^(.*:)(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(address);
  if (!match) return address;
  const [a, b, c, d] = match.slice(2).map(Number);
  return `${match[1]}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
}

/**
 * Why an IP address is not a global unicast receiver ('loopback', 'private', 'documentation', 'ipv4Mapped
 * loopback', 'notGlobal', …), or null when it is one. Only plain dotted-quad IPv4 and standard IPv6 are read as
 * addresses: a hostname has already been normalised by the WHATWG URL parser (0x7f.1 → 127.0.0.1), and any other
 * spelling is 'not an address', which refuses it.
 */
export function internalRange(address: string): string | null {
  const bare = bareAddress(address);
  const family = net.isIP(bare);
  if (family === 4) return v4Refusal(ipaddr.IPv4.parse(bare));
  try {
    if (family === 6) return v6Refusal(ipaddr.IPv6.parse(dottedTailAsHex(bare)));
  } catch {
    // an address the library cannot read is refused, never let through
  }
  return 'not an address';
}

/** The host of a URL when it is an IP literal (WHATWG URL already turned 0x7f000001, 2130706433, 127.1 into 127.0.0.1). */
export function ipLiteral(hostname: string): string | null {
  const bare = hostname.replace(/^\[|\]$/g, '');
  return net.isIP(bare) ? bare : null;
}

/** Thrown inside a connection attempt; its code is what the delivery log shows, never the port's state. */
export class ReceiverAddressRefused extends Error {
  readonly code = 'ADDRESS_NOT_ALLOWED';
  constructor(readonly host: string, readonly reason: string) {
    super(`${host} is not a public address (${reason}); WEBHOOK_ALLOW_PRIVATE=1 allows internal receivers`);
  }
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | dns.LookupAddress[], family?: number) => void;

/** A `lookup` for http(s).request: resolves as usual, and refuses the connection when any address is internal. */
export function receiverLookup(hostname: string, options: dns.LookupOptions, callback: LookupCallback): void {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const refused = addresses.map((a) => internalRange(a.address)).find((r) => r !== null);
    if (refused || addresses.length === 0) return callback(new ReceiverAddressRefused(hostname, refused ?? 'no address'), []);
    if (options.all) return callback(null, addresses);
    callback(null, addresses[0].address, addresses[0].family);
  });
}

/**
 * Registration: why the URL's host is not a public receiver, or null. A name is resolved once here (bounded);
 * a name that does not resolve yet is let through, since every delivery resolves and checks it again.
 */
export async function receiverRefusal(hostname: string, timeoutMs = 3000): Promise<string | null> {
  const literal = ipLiteral(hostname);
  if (literal) {
    const range = internalRange(literal);
    return range && `${literal} is ${range}`;
  }
  const name = hostname.toLowerCase().replace(/\.$/, '');
  // RFC 6761: localhost names are the machine itself, whatever a resolver says
  if (name === 'localhost' || name.endsWith('.localhost')) return `${hostname} is loopback`;
  let timer: NodeJS.Timeout | undefined;
  const timedOut = new Promise<null>((resolve) => (timer = setTimeout(() => resolve(null), timeoutMs)));
  try {
    const addresses = await Promise.race([dns.promises.lookup(hostname, { all: true }), timedOut]);
    const internal = (addresses ?? []).map((a) => ({ a: a.address, range: internalRange(a.address) })).find((x) => x.range);
    return internal ? `${hostname} resolves to ${internal.a}, ${internal.range}` : null;
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
}
