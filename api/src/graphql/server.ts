import crypto from 'node:crypto';
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { NextFunction, Request, Response } from 'express';
import { DataSource } from 'typeorm';
import { authService } from '../accounts/auth.service';
import { Config } from '../config';
import { consoleAssets } from '../console-assets';
import { AppError, ErrorCode, httpStatusFor } from '../shared/errors';
import { Logger, runWithRequestId } from '../shared/logger';
import { RequestStats, runWithStats } from '../request/request-stats';
import { contextOn, RequestContext } from '../request/context';
import { accessPlugin, formatErrorFor, requestLogPlugin } from './plugins';
import { appSchema } from './schema';
import { startChangeFeedPruning } from '../feed/change-feed';
import { metricsPlugin, mountVitalSigns } from './metrics';

export interface AppServer {
  app: express.Express;
  httpServer: http.Server;
  /** listens on the port (0 = any free one) and returns the port it got */
  listen(port: number): Promise<number>;
  close(): Promise<void>;
}

export interface ServerDeps {
  config: Config;
  ds: DataSource;
  log: Logger;
}

function bearerToken(req: Request): string | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)$/i.exec(header);
  if (!match) throw new AppError(ErrorCode.UNAUTHENTICATED, 'Authorization must be "Bearer <token>"').withHttpStatus();
  return match[1];
}

/** A request body the server refuses before GraphQL sees it, in the same error shape. */
function refuse(res: Response, code: ErrorCode, message: string): void {
  res.status(httpStatusFor(code)).json({ errors: [{ message, extensions: { code } }] });
}

export async function createServer({ config, ds, log }: ServerDeps): Promise<AppServer> {
  const schema = await appSchema();
  const app = express();
  app.disable('x-powered-by');
  if (config.trustProxy) app.set('trust proxy', 1);
  const httpServer = http.createServer(app);

  const apollo = new ApolloServer<RequestContext>({
    schema,
    introspection: true,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown (workers, HTTP, pool, PostgreSQL, in order); Apollo's own SIGTERM handler would race it
    stopOnTerminationSignals: false,
    formatError: formatErrorFor(log),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      // no cache hints are set: without this the default plugin wraps every field resolver to look for them
      ApolloServerPluginCacheControlDisabled(),
      accessPlugin(schema, config),
      requestLogPlugin(log),
      metricsPlugin(),
    ],
  });
  await apollo.start();
  const stopPruning = await startChangeFeedPruning(ds, config.changeFeedRetentionDays, (error) => log.error('changeFeed.prune.failed', { name: error.name }));

  mountVitalSigns(app, { config, ds });
  app.get('/healthz', async (_req, res) => {
    try {
      await ds.query('SELECT 1');
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });

  app.use(
    '/graphql',
    (req, res, next) => {
      const stats: RequestStats = { sqlStatements: 0 };
      res.locals.stats = stats;
      const requestId = crypto.randomUUID();
      res.setHeader('x-request-id', requestId);
      runWithRequestId(requestId, () => runWithStats(stats, next));
    },
    express.json({ limit: config.limits.bodyBytes }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<RequestContext> => {
        const token = bearerToken(req);
        const principal = token ? await authService.authenticate(ds.manager, token).catch((e: AppError) => { throw e.withHttpStatus(); }) : null;
        return contextOn({ principal, config, log, stats: res.locals.stats as RequestStats, clientIp: req.ip ?? 'unknown' }, ds.manager);
      },
    }),
  );

  // The react-admin console (built by npm start when missing or stale): everything that is not the API.
  if (config.serveConsole) app.use(consoleAssets());

  // Body-parser refusals (too large, not JSON) in the GraphQL error shape.
  app.use((error: Error & { type?: string; status?: number }, _req: Request, res: Response, next: NextFunction) => {
    if (res.headersSent) return next(error);
    if (error.type === 'entity.too.large') {
      return refuse(res, ErrorCode.PAYLOAD_TOO_LARGE, `The request body is larger than ${config.limits.bodyBytes} bytes`);
    }
    if (error.type === 'entity.parse.failed' || error.status === 400) {
      return refuse(res, ErrorCode.BAD_USER_INPUT, 'The request body is not valid JSON');
    }
    log.error('http.error', { name: error.name });
    return refuse(res, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
  });

  return {
    app,
    httpServer,
    listen: (port) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, () => resolve((httpServer.address() as { port: number }).port));
      }),
    close: async () => {
      stopPruning();
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}
