import http, { ServerResponse } from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { NextFunction, Request, RequestHandler, Response } from 'express';
import proxyaddr from 'proxy-addr';
import { DataSource } from 'typeorm';
import { authService, tokenLimitsOf } from '../accounts/auth.service';
import { Config } from '../config';
import { consoleAssets } from '../console-assets';
import { addressLimit, countingRefusedTokens } from '../http/address-limit';
import { bearerToken } from '../http/bearer-token';
import { afterFrontDoor, DoorRequest, DoorResponse, DoorStep, frontDoor } from '../http/front-door';
import { ANONYMOUS_BODY_BYTES, bodyMayExceed, jsonBody, jsonTextProblem } from '../http/json-body';
import { probes } from '../http/probes';
import { noStore, securityHeaders } from '../http/security-headers';
import { AppError, ErrorCode, httpStatusFor, isAppError } from '../shared/errors';
import { Logger } from '../shared/logger';
import { readTableVersions, TableVersions } from '../shared/table-versions';
import { SharedRead } from '../shared/shared-read';
import { RequestStats, runWithStats } from '../request/request-stats';
import { contextOn, RequestContext } from '../request/context';
import type { SessionCheck } from '../request/session-check';
import { documentsRouter } from '../documents/documents.router';
import type { RunQuery } from '../documents/exports';
import { introspectionAnswers } from './introspection-answers';
import { accessPlugin, anonymousRootRefusal, formatErrorFor, operationChecks, requestLogPlugin } from './plugins';
import { NOTHING_HELD, persistedQueries } from './persisted-queries';
import { queryShapeRules, queryTextChecker } from './query-limits';
import { appSchema } from './schema';
import { startChangeFeedPruning } from '../feed/change-feed';
import { metricsPlugin, mountVitalSigns } from './metrics';
import { startTokenUsagePruning } from '../accounts/token-usage';
import { startWebhookWorker, WebhookWorker } from '../webhooks/webhook-worker';
import { FeedSignal } from '../feed/feed-signal';
import { streamRouter } from './stream';
import { stringifyResult } from './answer-text';
import { createResponseCache } from './response-cache';
import { createCompiledExecution } from './compiled-execution';
import { newRequestId } from '../request/request-id';

export interface AppServer {
  app: express.Express;
  httpServer: http.Server;
  /** listens on the port (0 = any free one) and returns the port it got */
  listen(port: number): Promise<number>;
  close(): Promise<void>;
  /** this process's webhook delivery (docs/architecture.md#webhooks) */
  webhooks: WebhookWorker;
}

/** An error that reaches the HTTP layer: body-parser's carry a type and a status. */
type UnreadableError = Error & { type?: string; status?: number; fieldErrors?: unknown[]; limit?: number };
/** what of a request's body says whether a lane has planned its text */
type LaneBody = { query?: unknown; operationName?: unknown } | undefined;

export interface ServerDeps {
  config: Config;
  ds: DataSource;
  log: Logger;
}

/** A request the server refuses before GraphQL sees it, in the same error shape (on Node's response: the front door's too). */
function refuse(res: ServerResponse, code: ErrorCode, message: string, status = httpStatusFor(code), extensions: Record<string, unknown> = {}): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code, ...extensions } }] });
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(body);
}

export async function createServer({ config, ds, log }: ServerDeps): Promise<AppServer> {
  const schema = await appSchema();
  const app = express();
  app.disable('x-powered-by');
  // answers are per caller and never asked for conditionally: no ETag hashed over every body (the console's
  // static files keep serve-static's own)
  app.set('etag', false);
  if (config.trustProxy) app.set('trust proxy', 1);
  const headers = securityHeaders();
  app.use(headers);
  // POST /graphql goes through the front door (http/front-door.ts), set up below once its steps exist
  let listener: http.RequestListener = app;
  const { requestTimeoutMs } = config.limits;
  const httpServer = http.createServer(
    {
      // Node's defaults let a request trickle in for 5 minutes; its headers get at most 20 s of ours
      requestTimeout: requestTimeoutMs,
      headersTimeout: Math.min(20_000, requestTimeoutMs),
      // how often Node looks for requests past their time: a fraction of the timeout, so one is closed near its end
      connectionsCheckingInterval: Math.max(250, Math.min(5_000, requestTimeoutMs / 4)),
    },
    (req, res) => listener(req, res),
  );
  // Node's HTTP parser refuses a request line and headers over its limit (a URL over ~16 KB) or malformed HTTP before any
  // route runs: answer in the API's error shape with a code, not Node's bare status line
  httpServer.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return socket.destroy();
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const late = error.code === 'ERR_HTTP_REQUEST_TIMEOUT';
    const status = tooLarge ? 431 : late ? 408 : 400;
    const message = tooLarge
      ? 'the request line and headers are over the server’s limit'
      : late
        ? `the request did not arrive in time (REQUEST_TIMEOUT_SECONDS: ${requestTimeoutMs / 1000} s)`
        : 'the request is not valid HTTP';
    const body = JSON.stringify({ errors: [{ message, extensions: { code: tooLarge ? 'PAYLOAD_TOO_LARGE' : 'BAD_USER_INPUT' } }] });
    socket.end(
      `HTTP/1.1 ${status} ${http.STATUS_CODES[status]}\r\nContent-Type: application/json; charset=utf-8\r\n` +
        `Content-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });

  const responseCache = createResponseCache(schema, config.responseCache);
  const compiledExecution = createCompiledExecution(schema);
  const checks = operationChecks(schema, config);
  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown (workers, HTTP, pool, PostgreSQL, in order); Apollo's own SIGTERM handler would race it
    stopOnTerminationSignals: false,
    formatError: formatErrorFor(log),
    stringifyResult,
    validationRules: queryShapeRules(config.limits),
    // checkQueryText refuses longer texts first; this holds for any text that reaches the parser another way
    parseOptions: { maxTokens: config.limits.maxTokens },
    // each caller's persisted queries kept apart (persisted-queries.ts): Apollo's own store holds nothing
    persistedQueries: { cache: NOTHING_HELD },
    plugins: [
      persistedQueries(),
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // no cache hints are set: without this the default plugin wraps every field resolver to look for them
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's landing page loads its scripts from Apollo's CDN, which the Content-Security-Policy refuses;
      // use any GraphQL client (the schema is in schema/schema.graphql)
      ApolloServerPluginLandingPageDisabled(),
      accessPlugin(schema, config, compiledExecution.executesByPlan, checks),
      // after the access plugin too: the schema's answers are kept for the callers admitted to ask
      introspectionAnswers(),
      // after the access plugin: a caller is admitted before any answer, cached or not
      responseCache.plugin,
      // after the cache: what it does not hold, a compiled read executes by its plan (docs/architecture.md#compiled-reads)
      compiledExecution.plugin,
      requestLogPlugin(config),
      metricsPlugin(),
    ],
  });
  await apollo.start();
  const stopPruning = await startChangeFeedPruning(ds, config.changeFeedRetentionDays, (error) => log.error('changeFeed.prune.failed', { name: error.name }));
  const stopUsagePruning = startTokenUsagePruning(ds, (error) => log.error('tokenUsage.prune.failed', { name: error.name }));
  // writes never wait for it: it follows the change feed on its own timer
  const webhooks = startWebhookWorker(ds, config, log);

  // the live feed's wake-ups: one listening connection per process (docs/architecture.md#change-feed)
  const readHead = async () => Number((await ds.query(`SELECT last FROM change_feed_head`))[0].last);
  const feedSignal = new FeedSignal((ds.options as { url: string }).url, config.changeFeedLive.pollMs, log, readHead);
  await feedSignal.start();

  mountVitalSigns(app, { config, ds });
  app.use(probes(ds));

  // requests without an account, counted per client address (http/address-limit.ts)
  const addressCounts = addressLimit(config.anonymousRequestsPerMinute);
  // the versions are read once for every request that came before the read was sent (shared/shared-read.ts)
  const versionReads = new SharedRead(() => readTableVersions(ds.manager));
  // who is asking, from the Bearer token: the same for GraphQL and for the documents. A text compiled execution has
  // executed before may take a session held in memory unchecked (deferSessionCheck): its SessionCheck is settled
  // before anything is answered (request/session-check.ts)
  const contextFor = async (req: DoorRequest, res: DoorResponse, deferSessionCheck = false): Promise<RequestContext> => {
    // one statement, read when first needed (or carried by the first read), shared by the token check and the response cache
    let versions: Promise<TableVersions> | null = null;
    let sessionCheck: SessionCheck | undefined;
    const provideVersions = (read: TableVersions) => void (versions ??= Promise.resolve(read));
    const readVersions = () => versionReads.get().then((read) => (sessionCheck?.offer(read), read));
    // an integrator's lookup sent beside the read reads them too (request/session-check.ts)
    const tableVersions = () => (versions ??= sessionCheck?.versionsBeside(readVersions) ?? readVersions());
    const deferCheck = deferSessionCheck ? (check: SessionCheck) => void (sessionCheck = check) : undefined;
    // a token refused, or a malformed Authorization header, counts against the address (http/address-limit.ts)
    const principal = await countingRefusedTokens(addressCounts, clientIp(req), async () => {
      const token = bearerToken(req.headers.authorization);
      return token ? authService.authenticate(ds.manager, token, tokenLimitsOf(config), { tableVersions, provideVersions, deferCheck }) : null;
    }).catch((e: AppError) => {
      throw e.withHttpStatus();
    });
    const stats = (res.locals.stats as RequestStats | undefined) ?? { sqlStatements: 0 };
    const requestLog = (res.locals.log as Logger | undefined) ?? log;
    return contextOn({ principal, config, log: requestLog, stats, clientIp: clientIp(req), tableVersions, sessionCheck }, ds.manager);
  };
  // what Express's req.ip answers, for a request the front door took: the same library under the same trust setting
  const clientIp = (req: DoorRequest) => proxyaddr(req, app.get('trust proxy fn'));
  const graphqlContextFor = (req: DoorRequest, res: DoorResponse) => contextFor(req, res, req.method === 'POST' && compiledExecution.plannedBefore((req.body as LaneBody)?.query, (req.body as LaneBody)?.operationName));

  // subscriptions (Server-Sent Events), mounted before /graphql, whose prefix it shares
  app.use(streamRouter({ schema, config, ds, log, signal: feedSignal, addressCounts, clientIp }));

  const checkQueryText = queryTextChecker(config.limits);
  const signedInBody = jsonBody(config.limits.bodyBytes);
  const anonymousBody = jsonBody(Math.min(ANONYMOUS_BODY_BYTES, config.limits.bodyBytes));
  const anonymousRefusal = anonymousRootRefusal(schema, config);
  // the steps of /graphql before Apollo: the front door runs them for a POST of it, the app's chain for anything else
  const graphqlSteps: DoorStep[] = [
    noStore,
    (req, res, next) => {
      const stats: RequestStats = { sqlStatements: 0 };
      res.locals.stats = stats;
      const requestId = newRequestId();
      res.setHeader('x-request-id', requestId);
      // the request's logger travels with its context (ctx.log), not through async context, which costs every promise
      res.locals.log = log.child({ requestId });
      // statements are counted only when asked for (request-stats.ts)
      if (config.exposeSqlStatements) {
        stats.requestId = requestId;
        runWithStats(stats, next);
      } else next();
    },
    // an anonymous flood is refused before its body is read
    (req, res, next) => {
      const address = clientIp(req);
      const refused = (refusal: unknown) => {
        if (!isAppError(refusal)) return next(refusal);
        const retryAfterSeconds = refusal.extensions.retryAfterSeconds;
        if (typeof retryAfterSeconds === 'number') res.setHeader('retry-after', String(retryAfterSeconds));
        refuse(res, refusal.code, refusal.message, undefined, typeof retryAfterSeconds === 'number' ? { retryAfterSeconds } : {});
      };
      if (!req.headers.authorization) return void addressCounts.take(address).then(() => next(), refused);
      // a token counts against the address once refused, after the body; where refused ones spent the minute, or where the
      // body may be larger than one read without a token, it is checked first: a made-up token has no 8 MB body read
      // and parsed, however few it sends (attacker round 13)
      addressCounts
        .spent(address)
        .then((spent) =>
          spent || bodyMayExceed(req, ANONYMOUS_BODY_BYTES)
            ? countingRefusedTokens(addressCounts, address, async () => {
                const token = bearerToken(req.headers.authorization);
                if (token) await authService.authenticate(ds.manager, token, tokenLimitsOf(config), { count: false });
              })
            : undefined,
        )
        .then(() => next(), refused);
    },
    // a request without a token (a sign-in, a public read) is a few kilobytes: only the 300 a minute an address may send
    // are read at all, and none of them at 8 MB (attacker round 13)
    (req, res, next) => (req.headers.authorization ? signedInBody : anonymousBody)(req as never, res as never, next),
    // the query text is bounded before Apollo parses it (query-limits.ts checkQueryText)
    (req, res, next) => {
      const body = req.body as { query?: unknown } | undefined;
      const search = (req as Partial<Request>).query;
      const query = typeof body?.query === 'string' ? body.query : typeof search?.query === 'string' ? search.query : null;
      // a GET's JSON parameters are read as a POST's body is (json-body.ts): nothing JSON.parse would round or nests past the limit
      for (const parameter of ['variables', 'extensions'] as const) {
        const text = search?.[parameter];
        const problem = typeof text === 'string' ? jsonTextProblem(Buffer.from(text, 'utf8'), `The ${parameter} parameter`, parameter) : null;
        if (problem) return refuse(res, ErrorCode.BAD_USER_INPUT, problem.message, 400, problem.fieldErrors ? { fieldErrors: problem.fieldErrors } : {});
      }
      try {
        if (query !== null) checkQueryText(query);
      } catch (error) {
        if (isAppError(error)) return refuse(res, error.code, error.message);
        throw error;
      }
      // an anonymous caller in production learns nothing of what is not public, not even by validation's errors
      if (query !== null && anonymousRefusal && !req.headers.authorization) {
        const operationName = (body as { operationName?: unknown } | undefined)?.operationName ?? search?.operationName;
        const refused = anonymousRefusal(query, typeof operationName === 'string' ? operationName : undefined);
        if (refused) return refuse(res, refused.code, refused.message);
      }
      next();
    },
    // a held answer to this very request goes out here, without Apollo (docs/architecture.md#response-cache)
    responseCache.lane(graphqlContextFor, { exposeSqlStatements: config.exposeSqlStatements }),
    // what it does not hold, a text executed by its plan before is executed by it again here (docs/architecture.md#planned-lane)
    compiledExecution.lane(graphqlContextFor, { checks, cacheEnabled: config.responseCache.enabled, exposeSqlStatements: config.exposeSqlStatements }),
  ];
  const apolloStep = expressMiddleware(apollo, {
    // the lane's context when it looked (one authentication per request), or a new one
    context: ({ req, res }) => (res.locals.context as Promise<RequestContext> | undefined) ?? graphqlContextFor(req, res),
  });
  app.use('/graphql', afterFrontDoor(apolloStep as DoorStep) as RequestHandler, ...(graphqlSteps as RequestHandler[]), apolloStep);

  // The printable notice and the record of a counted vote (GET with the Bearer token).
  // documents read their records through the schema, for the caller: the same policies, read rules and masking
  const runQuery: RunQuery = async (ctx, query, variables) => {
    const response = await apollo.executeOperation({ query, variables }, { contextValue: ctx });
    if (response.body.kind !== 'single') throw new Error('an incremental result where a single one was expected');
    const { data, errors } = response.body.singleResult;
    if (errors?.length) {
      const { code, ...details } = errors[0].extensions ?? {};
      throw new AppError((code as ErrorCode) ?? ErrorCode.INTERNAL_SERVER_ERROR, errors[0].message, details);
    }
    return data as Record<string, any>;
  };
  app.use(documentsRouter(contextFor, log, runQuery, (req) => addressCounts.take(clientIp(req))));

  // The react-admin console (built by npm start when missing or stale): its assets and its own routes.
  if (config.serveConsole) app.use(consoleAssets());

  // Anything else is nothing: a JSON 404, so a probe or a scraper never mistakes a page for an answer.
  app.use((req: Request, res: Response) => refuse(res, ErrorCode.NOT_FOUND, `Nothing at ${req.method} ${req.path.slice(0, 200)}`));

  // Requests that cannot be read (too large, not JSON, too deep, a malformed URL), in the GraphQL error shape.
  const unreadable = (error: UnreadableError, res: ServerResponse): void => {
    // an answer already under way cannot become an error: the connection is cut, as Express's final handler does
    if (res.headersSent) return void res.destroy();
    if (error.type === 'entity.too.large') {
      return refuse(res, ErrorCode.PAYLOAD_TOO_LARGE, `The request body is larger than ${error.limit ?? config.limits.bodyBytes} bytes`);
    }
    if (error.type === 'entity.parse.failed') {
      return refuse(res, ErrorCode.BAD_USER_INPUT, 'The request body is not valid JSON');
    }
    // the request's own fault (an unsupported charset or encoding, a malformed URL, an aborted upload): its 4xx
    if (typeof error.status === 'number' && error.status >= 400 && error.status < 500) {
      if (error.type === 'entity.number.inexact') return refuse(res, ErrorCode.BAD_USER_INPUT, error.message, error.status, { fieldErrors: error.fieldErrors });
      return refuse(res, ErrorCode.BAD_USER_INPUT, error.type === 'entity.too.deep' ? error.message : `The request cannot be read (${error.type ?? error.name})`, error.status);
    }
    log.error('http.error', { name: error.name });
    return refuse(res, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
  };
  app.use((error: UnreadableError, _req: Request, res: Response, next: NextFunction) => (res.headersSent ? next(error) : unreadable(error, res)));

  // the app's security headers first, as for every request (a request the door hands on gets the same values again)
  listener = frontDoor(app, [headers as DoorStep, ...graphqlSteps], (error, _req, res) => unreadable(error as UnreadableError, res));

  return {
    app,
    httpServer,
    listen: (port) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, () => resolve((httpServer.address() as { port: number }).port));
      }),
    webhooks,
    close: async () => {
      stopPruning();
      stopUsagePruning();
      await webhooks.stop();
      // ends every live stream's wait, so the HTTP server can drain
      await feedSignal.stop();
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
