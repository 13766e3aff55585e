import { fail } from '../shared/errors';

/** The token of an `Authorization: Bearer <token>` header: null without the header, UNAUTHENTICATED (401) in any other form. */
export function bearerToken(authorization: string | undefined): string | null {
  if (!authorization) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization);
  if (!match) throw fail.unauthenticated('Authorization must be "Bearer <token>"').withHttpStatus();
  return match[1];
}
