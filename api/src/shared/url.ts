/**
 * A URL as WHATWG `new URL()` reads it: the parser every user of a URL in the API calls (webhook delivery and
 * registration, the database URLs, Node's http for the trace exporter), so a URL is checked by the parser that
 * will use it. A second parser (class-validator's isURL, a regex) may refuse more, never accept more: a URL it
 * let through that `new URL()` then throws on was a 500 (an IPv6 zone id, http://[fe80::1%25lo]/).
 */
export function parsedUrl(text: string, protocols: readonly string[]): URL | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  return protocols.includes(url.protocol) && url.host !== '' ? url : null;
}

export const HTTP_PROTOCOLS = ['http:', 'https:'] as const;
export const POSTGRES_PROTOCOLS = ['postgres:', 'postgresql:'] as const;
