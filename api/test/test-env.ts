import os from 'node:os';
import path from 'node:path';

/** What global setup hands to every test worker, through environment variables. */
export const TEST_ENV = {
  serverUrl: 'WUYE_TEST_SERVER_URL',
  template: 'WUYE_TEST_TEMPLATE',
  logFile: 'WUYE_TEST_LOG_FILE',
  /** the run's request role and its password (docs/architecture.md#two-database-roles): test servers serve as it */
  appRole: 'WUYE_TEST_APP_ROLE',
  appPassword: 'WUYE_TEST_APP_PASSWORD',
} as const;

/** A value global setup handed over; outside jest there is none, and the message says how to get one. */
export function requiredTestEnv(name: (typeof TEST_ENV)[keyof typeof TEST_ENV]): string {
  const value = process.env[name];
  if (!value) throw new Error(`${name} is not set: run the tests through jest (npm test), whose global setup sets it`);
  return value;
}

/** The run's request role, as global setup made it. */
export function runRequestRole(): { name: string; password: string } {
  return { name: requiredTestEnv(TEST_ENV.appRole), password: requiredTestEnv(TEST_ENV.appPassword) };
}

export function testRunDir(runId: string): string {
  return path.join(os.tmpdir(), `wuye-test-${runId}`);
}
