import { isAppError } from '../shared/errors';
import { bearerToken } from './bearer-token';

describe('bearerToken', () => {
  it.each([
    ['Bearer wys_abc', 'wys_abc'],
    ['bearer wya_x-y_z', 'wya_x-y_z'],
    ['Bearer   spaced', 'spaced'],
    [undefined, null],
    ['', null],
  ])('%p -> %p', (header, token) => {
    expect(bearerToken(header)).toBe(token);
  });

  it.each(['Basic dXNlcjpwYXNz', 'Bearer', 'Bearer a b', 'Token abc', 'Bearerabc'])('refuses %p with 401 UNAUTHENTICATED', (header) => {
    let refusal: unknown;
    try {
      bearerToken(header);
    } catch (error) {
      refusal = error;
    }
    expect(isAppError(refusal) && [refusal.code, (refusal.extensions.http as { status: number }).status]).toEqual(['UNAUTHENTICATED', 401]);
  });
});
