import { STATUS_CODES } from 'node:http';
import express, { NextFunction, Request, Response } from 'express';
import { DocumentNode, getOperationAST, GraphQLError, GraphQLFormattedError, GraphQLSchema, parse, specifiedRules, subscribe, validate } from 'graphql';
import type { ExecutionResult, Response as SseResponse } from 'graphql-sse';
import { createHandler } from 'graphql-sse/lib/use/express';
import { DataSource } from 'typeorm';
import { authService, tokenLimitsOf } from '../accounts/auth.service';
import { Config } from '../config';
import type { LiveFeedContext } from '../feed/change-feed.resolver';
import { FeedSignal } from '../feed/feed-signal';
import { AddressLimit, countingRefusedTokens } from '../http/address-limit';
import { bearerToken } from '../http/bearer-token';
import { noStore } from '../http/security-headers';
import { jsonBody } from '../http/json-body';
import { LiveFeedStream } from '../feed/live-feed';
import { contextOn } from '../request/context';
import { Principal } from '../request/principal';
import { AppError, ErrorCode, fail, httpStatusFor, isAppError } from '../shared/errors';
import { Logger } from '../shared/logger';
import { formatErrorFor, operationChecks } from './plugins';
import { checkQueryText, queryShapeRules } from './query-limits';
import { newRequestId } from '../request/request-id';

/** Events read per statement while a subscriber catches up. */
const PAGE_SIZE = 100;

interface StreamDeps {
  schema: GraphQLSchema;
  config: Config;
  ds: DataSource;
  log: Logger;
  signal: FeedSignal;
  /** requests without an account, counted per client address */
  addressCounts: AddressLimit;
  clientIp: (req: Request) => string;
}

interface Caller {
  token: string;
  principal: Principal;
}

/** A refusal before the stream opens: the GraphQL error shape, the code's HTTP status. */
function refusal(error: AppError, format: (e: GraphQLError) => GraphQLFormattedError): SseResponse {
  const status = httpStatusFor(error.code);
  // the status's own reason phrase (Bad Request, Too Many Requests): the code is in the body, as on /graphql
  return [JSON.stringify({ errors: [format(error)] }), { status, statusText: STATUS_CODES[status] ?? error.code, headers: { 'content-type': 'application/json; charset=utf-8' } }];
}

const EVENT_STREAM = 'text/event-stream';

/**
 * What graphql-sse would answer in its own uncoded words ("Invalid variables") or with an empty 404/415: anything but
 * a POST of a JSON object accepting an event stream (docs/integrators.md#errors).
 * Refused here first, in the GraphQL error shape with a rule, as every other refusal of the stream (attacker round 12).
 */
export function streamRequestProblem(req: Request): AppError | null {
  if (req.method !== 'POST') return fail.badField('method', 'STREAM_POST', 'a stream is opened with POST; GET and PUT are not served');
  const accepted = String(req.headers.accept ?? '').split(',').map((type) => type.split(';')[0].trim().toLowerCase());
  if (!accepted.includes(EVENT_STREAM)) return fail.badField('accept', 'STREAM_ACCEPT', `send "Accept: ${EVENT_STREAM}": the answer is a stream of Server-Sent Events`);
  if (!req.is('application/json')) return fail.badField('content-type', 'STREAM_JSON', 'send the request as "Content-Type: application/json"');
  const body: unknown = req.body;
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return fail.badField('body', 'STREAM_JSON', 'must be one JSON object: { "query": …, "variables": … }');
  const { query, variables, extensions, operationName } = body as Record<string, unknown>;
  if (query === undefined || query === null) return fail.badField('query', 'REQUIRED', 'is required: the subscription’s text');
  if (typeof query !== 'string') return fail.badField('query', 'TYPE', 'must be text');
  for (const [field, value] of Object.entries({ variables, extensions })) {
    if (value !== undefined && value !== null && (typeof value !== 'object' || Array.isArray(value))) return fail.badField(field, 'TYPE', 'must be a JSON object');
  }
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return fail.badField('operationName', 'TYPE', 'must be text');
  return null;
}

/**
 * Subscriptions over Server-Sent Events (graphql-sse, distinct connections: one stream per subscription, so
 * any API process can serve any stream). The same bearer token as /graphql, and the same checks before
 * anything runs (query text bound, shape rules, access policy, variables, cost); only subscriptions are
 * served here. A token holds at most CHANGE_FEED_MAX_SUBSCRIPTIONS streams across all processes.
 */
export function streamRouter({ schema, config, ds, log, signal, addressCounts, clientIp }: StreamDeps): express.Router {
  const formatError = formatErrorFor(log);
  const format = (error: GraphQLError) => formatError(error.toJSON(), error);
  const check = operationChecks(schema, config);
  const rules = [...specifiedRules, ...queryShapeRules(config.limits)];

  type StreamContext = LiveFeedContext & Record<PropertyKey, unknown>;
  const handler = createHandler<StreamContext>({
    schema,
    // no "single connection mode": its stream registry would live in one process's memory
    authenticate: () => null,
    onSubscribe: async (req, params): Promise<SseResponse | AsyncIterable<ExecutionResult>> => {
      const caller = (req.raw as Request & { caller?: Caller }).caller!;
      let document: DocumentNode;
      try {
        checkQueryText(params.query, config.limits);
        document = parse(params.query, { maxTokens: config.limits.maxTokens });
      } catch (error) {
        if (isAppError(error)) return refusal(error, format);
        return refusal(new AppError(ErrorCode.BAD_USER_INPUT, (error as Error).message), format);
      }
      const invalid = validate(schema, document, rules);
      if (invalid.length) return [JSON.stringify({ errors: invalid.map(format) }), { status: 400, statusText: 'Bad Request', headers: { 'content-type': 'application/json; charset=utf-8' } }];
      const operation = getOperationAST(document, params.operationName);
      if (!operation) return refusal(fail.badField('operationName', 'OPERATION', 'name one operation of the document'), format);
      if (operation.operation !== 'subscription') {
        return refusal(fail.badField('query', 'SUBSCRIPTION_ONLY', 'only subscriptions are served here; send queries and mutations to /graphql'), format);
      }
      try {
        check(document, operation, caller.principal, params.variables);
      } catch (error) {
        if (isAppError(error)) return refusal(error, format);
        throw error;
      }
      // a person's sessions share their slots: every sign-in makes a new token (attacker round 6: 15 streams from 3 sign-ins)
      const person = caller.principal.kind === 'user';
      const holder = person ? -caller.principal.id : caller.principal.tokenId;
      const limit = config.changeFeedLive.maxSubscriptionsPerToken;
      const slot = await signal.takeSlot(holder, limit);
      if (slot === null) {
        const whose = person ? 'You already hold' : 'This token already holds';
        return refusal(fail.rateLimited(`${whose} ${limit} live subscriptions; close one first`, Math.ceil(config.changeFeedLive.pollMs / 1000)), format);
      }
      let released = false;
      const opened = Date.now();
      const principal = `${caller.principal.kind}:${caller.principal.id}`;
      const streamLog = (req.raw.res?.locals.log as Logger | undefined) ?? log;
      const release = () => {
        if (released) return;
        released = true;
        void signal.releaseSlot(holder, slot);
        // one line per stream, as one per request on /graphql: who, how long; never the variables
        streamLog.info('graphql.stream', { operation: params.operationName ?? null, principal, seconds: Math.round((Date.now() - opened) / 1000) });
      };
      const identity = { config, log: streamLog, stats: { sqlStatements: 0 }, clientIp: req.raw.ip ?? 'unknown' };
      const contextValue: StreamContext = {
        ...contextOn({ ...identity, principal: caller.principal }, ds.manager),
        openLiveFeed: (after, types) =>
          new LiveFeedStream(after, types, {
            signal,
            pageSize: PAGE_SIZE,
            recheckMs: config.changeFeedLive.pollMs,
            onClose: release,
            reauthenticate: async () => contextOn({ ...identity, principal: await authService.authenticate(ds.manager, caller.token, tokenLimitsOf(config), { count: false }) }, ds.manager),
          }),
      };
      // subscribed here rather than by graphql-sse, so that a refusal of the arguments (types outside the
      // scope, a pruned position) is an answer with its HTTP status, not an event of an opened stream
      const result = await subscribe({ schema, document, operationName: params.operationName, variableValues: params.variables, contextValue });
      if (Symbol.asyncIterator in result) return result as AsyncIterable<ExecutionResult>;
      release();
      const first = result.errors?.[0];
      if (first && isAppError(first.originalError)) return refusal(first.originalError, format);
      return [JSON.stringify({ errors: (result.errors ?? []).map(format) }), { status: 500, statusText: 'Internal Server Error', headers: { 'content-type': 'application/json; charset=utf-8' } }];
    },
    onNext: (_ctx, _req, result) => {
      const errors = (result as ExecutionResult).errors;
      if (!errors?.length) return result;
      // graphql-sse writes what it is given with JSON.stringify: the formatted errors go out as they are
      return { ...result, errors: errors.map((error) => format(error as GraphQLError)) } as unknown as ExecutionResult;
    },
  });

  const router = express.Router();
  router.use(
    '/graphql/stream',
    noStore,
    (req: Request, res: Response, next: NextFunction) => {
      const requestId = newRequestId();
      res.setHeader('x-request-id', requestId);
      // the stream's own logger names its request id on every line
      res.locals.log = log.child({ requestId });
      next();
    },
    // the caller before anything else: a stream is for a signed-in person or an integrator's token
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        const address = clientIp(req);
        // a malformed Authorization header is a refused token too: counted against the address
        const token = await countingRefusedTokens(addressCounts, address, async () => bearerToken(req.headers.authorization));
        if (!token) {
          await addressCounts.take(address);
          throw fail.unauthenticated('Send the token as "Authorization: Bearer <token>"');
        }
        const principal = await countingRefusedTokens(addressCounts, address, () => authService.authenticate(ds.manager, token, tokenLimitsOf(config)));
        (req as Request & { caller?: Caller }).caller = { token, principal };
      } catch (error) {
        if (!isAppError(error)) return next(error);
        const [body, init] = refusal(error, format);
        const retryAfter = error.extensions.retryAfterSeconds;
        if (typeof retryAfter === 'number') res.setHeader('Retry-After', String(retryAfter));
        return void res.status(init.status).type('application/json').send(body);
      }
      next();
    },
    jsonBody(config.limits.bodyBytes),
    async (req: Request, res: Response, next: NextFunction) => {
      const problem = streamRequestProblem(req);
      if (problem) {
        const [body, init] = refusal(problem, format);
        return void res.status(init.status).type('application/json').send(body);
      }
      // graphql-sse serves a stream only to an Accept of exactly this type: one that also lists others is one too
      req.headers.accept = EVENT_STREAM;
      try {
        await handler(req, res);
      } catch (error) {
        ((res.locals.log as Logger | undefined) ?? log).error('graphql.stream.failed', { name: (error as Error).name });
        if (!res.headersSent) next(error);
        else res.end();
      }
    },
  );
  return router;
}
