import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * Security headers on every reply (helmet): no MIME sniffing, no framing (clickjacking), no referrer, and a
 * Content-Security-Policy the react-admin console runs under: its scripts, styles, fonts and API calls come
 * from this origin only; MUI's emotion writes style elements, so inline styles stay allowed.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
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
  }) as RequestHandler;
}
