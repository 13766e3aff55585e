import { newRequestId } from './request-id';

describe('newRequestId', () => {
  it('gives 96 random bits as 16 base64url characters, never the same twice across refills of its pool', () => {
    const ids = Array.from({ length: 1000 }, () => newRequestId());
    for (const id of ids) expect(id).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
