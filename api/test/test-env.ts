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

export function testRunDir(runId: string): string {
  return path.join(os.tmpdir(), `wuye-test-${runId}`);
}
