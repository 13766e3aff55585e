import type { IncomingMessage, ServerResponse } from 'node:http';
import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Security headers on every reply (helmet): no MIME sniffing, no framing (clickjacking), no referrer, and a
 * Content-Security-Policy the react-admin console runs under: its scripts, styles, fonts and API calls come
 * from this origin only; MUI's emotion writes style elements, so inline styles stay allowed. (Exported for the test
 * that compares the replayed headers with helmet's own.)
 */
export const HELMET_OPTIONS: Parameters<typeof helmet>[0] = {
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      'default-src': ["'self'"],
      'base-uri': ["'self'"],
      'connect-src': ["'self'"],
      'font-src': ["'self'", 'data:'],
      'form-action': ["'self'"],
      'frame-ancestors': ["'none'"],
      'img-src': ["'self'", 'data:', 'blob:'],
      'object-src': ["'none'"],
      'script-src': ["'self'"],
      'script-src-attr': ["'none'"],
      'style-src': ["'self'", "'unsafe-inline'"],
    },
  },
  xFrameOptions: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
  // a city's domain may have subdomains this service does not own
  strictTransportSecurity: { maxAge: 180 * 24 * 3600, includeSubDomains: false },
};

/** Answers for a caller (GraphQL, a document of personal data): no browser or intermediary keeps them. */
export const PRIVATE_NO_STORE = 'private, no-store';

/** Marks a reply PRIVATE_NO_STORE before anything answers it, lanes and refusals included (a step of the front door and of the app alike). */
export function noStore(_req: IncomingMessage, res: ServerResponse, next: () => void): void {
  res.setHeader('Cache-Control', PRIVATE_NO_STORE);
  next();
}

export function securityHeaders(): RequestHandler {
  return replayed(helmet(HELMET_OPTIONS) as RequestHandler);
}

/**
 * Helmet's headers as it sets them, recorded once and set again on every reply: none of them depends on the request
 * (no nonce), and its eleven middlewares were a thirtieth of a cached list read's server CPU.
 */
function replayed(middleware: RequestHandler): RequestHandler {
  const set: Array<[string, string | number | readonly string[]]> = [];
  const removed: string[] = [];
  const recorder = {
    setHeader: (name: string, value: string | number | readonly string[]) => void set.push([name, value]),
    removeHeader: (name: string) => void removed.push(name),
  };
  let nextCalled = false;
  middleware({} as IncomingMessage as never, recorder as unknown as ServerResponse as never, (error?: unknown) => {
    if (error) throw error;
    nextCalled = true;
  });
  // helmet answers synchronously; anything else would be a helmet this function does not know
  if (!nextCalled || set.length === 0) throw new Error('helmet did not set its headers synchronously: serve it as it is');
  return (_req, res, next) => {
    for (const [name, value] of set) res.setHeader(name, value);
    for (const name of removed) res.removeHeader(name);
    next();
  };
}
