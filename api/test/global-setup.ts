import 'reflect-metadata';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../src/config';
import { buildConsole, CONSOLE_DIR, consoleBuildState } from '../src/console-assets';
import { EmbeddedCluster, startEmbeddedPostgres } from '../src/db/embedded';
import { todayInChina } from '../src/shared/iso-date';
import { seedTemplate } from './seeded-template';
import { TEST_ENV, testRunDir } from './test-env';

declare global {
  // eslint-disable-next-line no-var
  var __WUYE_TEST__: { cluster: EmbeddedCluster | null; serverUrl: string; template: string; runDir: string; appRole: string } | undefined;
}

/**
 * Once per `npm test`: a fresh PostgreSQL (embedded in a temp folder, or a uniquely named database on the
 * server DATABASE_URL names), migrated and seeded for today as a template; each test file copies it (or, from
 * China's next midnight on, one seeded for its own day: seeded-template.ts). One request role per
 * run (a role is the whole server's: runs side by side on one server each have their own), dropped at teardown.
 */
export default async function globalSetup(): Promise<void> {
  const runId = `${Date.now().toString(36)}${process.pid.toString(36)}`;
  const runDir = testRunDir(runId);
  fs.mkdirSync(runDir, { recursive: true });
  let cluster: EmbeddedCluster | null = null;
  let serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    // a throw-away cluster: durability settings off, it is deleted after the run
    cluster = await startEmbeddedPostgres(runDir, {
      persistent: false,
      settings: ['fsync=off', 'synchronous_commit=off', 'full_page_writes=off', 'max_connections=300'],
    });
    serverUrl = cluster.url;
  }
  const template = `wuye_test_${runId}`;
  const appRole = `wuye_test_app_${runId}`;
  const appPassword = crypto.randomBytes(18).toString('base64url');
  await seedTemplate(serverUrl, template, todayInChina(), { name: appRole, password: appPassword });
  // the browser tests serve the production build of the console: build it once here when it is missing or stale,
  // and start with no screenshots of an earlier run's failures
  fs.rmSync(path.join(REPO_ROOT, 'test-artifacts', 'browser'), { recursive: true, force: true });
  const consoleState = consoleBuildState();
  if (consoleState !== 'fresh') {
    process.stdout.write(`\nBuilding the console for the browser tests (console/dist is ${consoleState}) …\n`);
    await buildConsole(CONSOLE_DIR, 'ignore');
  }
  process.env[TEST_ENV.serverUrl] = serverUrl;
  process.env[TEST_ENV.template] = template;
  process.env[TEST_ENV.logFile] = path.join(runDir, 'server.log');
  process.env[TEST_ENV.appRole] = appRole;
  process.env[TEST_ENV.appPassword] = appPassword;
  globalThis.__WUYE_TEST__ = { cluster, serverUrl, template, runDir, appRole };
}
