import { IncomingMessage, ServerResponse } from 'node:http';
import { Socket } from 'node:net';
import helmet from 'helmet';
import { HELMET_OPTIONS, securityHeaders } from './security-headers';

function headersAfter(middleware: (req: IncomingMessage, res: ServerResponse, next: () => void) => void): Record<string, unknown> {
  const req = new IncomingMessage(new Socket());
  const res = new ServerResponse(req);
  res.setHeader('X-Powered-By', 'Express');
  let passed = false;
  middleware(req, res, () => (passed = true));
  expect(passed).toBe(true);
  return { ...res.getHeaders() };
}

describe('security headers replayed from helmet', () => {
  it('set on a reply exactly what helmet itself sets, and remove what it removes', () => {
    const ours = headersAfter(securityHeaders() as never);
    expect(ours).toEqual(headersAfter(helmet(HELMET_OPTIONS) as never));
    expect(ours['x-powered-by']).toBeUndefined();
    expect(Object.keys(ours).length).toBeGreaterThan(10);
  });

  it('are the same on every reply (a second reply is not missing any)', () => {
    const middleware = securityHeaders() as never;
    expect(headersAfter(middleware)).toEqual(headersAfter(middleware));
  });
});
