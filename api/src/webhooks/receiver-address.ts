import dns from 'node:dns';
import net from 'node:net';
import ipaddr from 'ipaddr.js';

/**
 * Where a webhook may be delivered (docs/architecture.md#webhooks): only public unicast addresses, unless the
 * deployment opts in with WEBHOOK_ALLOW_PRIVATE. Checked when an endpoint is registered and again on every
 * connection, on the address DNS gave at that moment (receiverLookup), so a name cannot be pointed inside later.
 */

/** Why an IP address is not a public receiver ('loopback', 'private', 'linkLocal', …), or null when it is. */
export function internalRange(address: string): string | null {
  const bare = address.replace(/^\[|\]$/g, '');
  if (!ipaddr.isValid(bare)) return 'not an address';
  // ::ffff:127.0.0.1 is 127.0.0.1 to the kernel: judge the IPv4 address inside
  const ip = ipaddr.process(bare);
  const range = ip.range();
  return range === 'unicast' ? null : range;
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
