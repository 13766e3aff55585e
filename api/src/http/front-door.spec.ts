import http, { RequestListener } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterFrontDoor, DoorStep, frontDoor } from './front-door';

/** What ran for the last request: the steps, then the app or the error handler. */
let trail: string[] = [];

const step =
  (name: string, then: (res: Parameters<DoorStep>[1], next: Parameters<DoorStep>[2]) => void): DoorStep =>
  (_req, res, next) => {
    trail.push(name);
    then(res, next);
  };

/** One request to a server whose front door has these steps; the app's /graphql chain starts as server.ts mounts it. */
async function send(steps: DoorStep[], method: string, path: string): Promise<{ ran: string[]; text: string }> {
  const app: RequestListener = (req, res) => {
    trail.push(`app ${req.method} ${req.url}`);
    const toApollo: DoorStep = (_req, passed) => passed.end(`Apollo, locals.seen=${String(passed.locals.seen)}`);
    afterFrontDoor(toApollo)(req, Object.assign(res, { locals: (res as { locals?: Record<string, unknown> }).locals ?? {} }), () => res.end("the app's own steps"));
  };
  const server = http.createServer(frontDoor(app, steps, (error, _req, res) => res.end(`error handler: ${(error as Error).message}`)));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  trail = [];
  try {
    const body = method === 'POST' ? { body: '{}', headers: { 'content-type': 'application/json' } } : {};
    const response = await fetch(`http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`, { method, ...body });
    return { ran: trail, text: await response.text() };
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}

describe('the front door', () => {
  it('runs the steps in order for a POST of exactly /graphql, and one that answers ends the request there', async () => {
    const steps = [step('one', (_res, next) => next()), step('two', (res) => res.end('two answered')), step('three', (_res, next) => next())];
    expect(await send(steps, 'POST', '/graphql')).toEqual({ ran: ['one', 'two'], text: 'two answered' });
  });

  it('hands what no step answered to the app, whose chain goes straight on to Apollo with the locals the steps left', async () => {
    const steps = [step('one', (res, next) => ((res.locals.seen = 'by one'), next())), step('two', (_res, next) => next())];
    expect(await send(steps, 'POST', '/graphql')).toEqual({ ran: ['one', 'two', 'app POST /graphql'], text: 'Apollo, locals.seen=by one' });
  });

  it.each([
    ['GET', '/graphql'],
    ['POST', '/graphql/'],
    ['POST', '/graphql?query=x'],
    ['POST', '/graphql/stream'],
    ['POST', '/metrics'],
  ])('leaves %s %s to the app and its own steps, without running one of the door', async (method, path) => {
    const steps = [step('one', (res) => res.end('one answered'))];
    expect(await send(steps, method, path)).toEqual({ ran: [`app ${method} ${path}`], text: "the app's own steps" });
  });

  it('sends an error a step passes on, or throws, to the error handler and runs nothing after it', async () => {
    const passing = [step('one', (_res, next) => next(new Error('unreadable'))), step('two', (res) => res.end('two answered'))];
    expect(await send(passing, 'POST', '/graphql')).toEqual({ ran: ['one'], text: 'error handler: unreadable' });
    const throwing = [
      step('one', () => {
        throw new Error('thrown');
      }),
      step('two', (res) => res.end('two answered')),
    ];
    expect(await send(throwing, 'POST', '/graphql')).toEqual({ ran: ['one'], text: 'error handler: thrown' });
  });
});
