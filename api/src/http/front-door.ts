import type { IncomingMessage, RequestListener, ServerResponse } from 'node:http';

/** A request as the steps of the front door see it: Node's own, with the parsed body once a step has read it. */
export type DoorRequest = IncomingMessage & { body?: unknown };
/** A response as they see it: Node's own, with the per-request values the steps hand on (as Express's `res.locals`). */
export type DoorResponse = ServerResponse & { locals: Record<string, unknown> };
/** A step: Express's middleware signature, on Node's request and response (an Express app accepts it as it is). */
export type DoorStep = (req: DoorRequest, res: DoorResponse, next: (error?: unknown) => void) => void;

/** set in `locals` when the front door has run the steps */
const PASSED = 'frontDoorPassed';

/**
 * `POST /graphql` (the exact path) without Express in front of it. Express gives every request its own prototypes (a
 * new shape for V8 on every request object) and routes it through each mounted layer; for a read a lane answers from
 * memory or by its plan that cost a tenth of the server's CPU (docs/architecture.md#front-door). The steps are the
 * same functions the app mounts on `/graphql`, run in the same order; what none of them answers goes to the app, whose
 * chain skips them (afterFrontDoor) and hands it to Apollo; an error one of them passes on or throws goes to `onError`.
 */
export function frontDoor(app: RequestListener, steps: DoorStep[], onError: (error: unknown, req: DoorRequest, res: DoorResponse) => void): RequestListener {
  return (req, res) => {
    if (req.method !== 'POST' || req.url !== '/graphql') return void app(req, res);
    const door = res as DoorResponse;
    // Express keeps locals it finds (application.js handle): what the steps leave there reaches Apollo's context
    door.locals = Object.create(null) as Record<string, unknown>;
    let index = 0;
    const next = (error?: unknown): void => {
      // as Express: a falsy value is no error
      if (error) return onError(error, req, door);
      const step = steps[index++];
      if (!step) {
        door.locals[PASSED] = true;
        return void app(req, res);
      }
      try {
        step(req, door, next);
      } catch (thrown) {
        onError(thrown, req, door);
      }
    };
    next();
  };
}

/**
 * The first handler of the app's own `/graphql` chain, before the steps: a request the front door has taken through
 * them already goes straight to `rest` (Apollo), so nothing runs twice.
 */
export const afterFrontDoor =
  (rest: DoorStep): DoorStep =>
  (req, res, next) =>
    res.locals[PASSED] ? rest(req, res, next) : next();
