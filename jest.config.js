const path = require('node:path');

/**
 * One jest run for the whole repository: pure rules, the GraphQL API on a real PostgreSQL, the console in
 * Chromium. Two projects because console/ is an ES-module package: its files need their own ts-jest settings
 * (ts-jest keeps one configuration per jest project, so two transforms in one project would share one).
 */
const common = {
  testEnvironment: 'node',
  testMatch: ['**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  setupFiles: ['reflect-metadata'],
};
const tsJest = (tsconfig) => ({ '^.+\\.tsx?$': ['ts-jest', { tsconfig: path.join(__dirname, tsconfig) }] });

module.exports = {
  globalSetup: '<rootDir>/api/test/global-setup.ts',
  globalTeardown: '<rootDir>/api/test/global-teardown.ts',
  testTimeout: 60_000,
  projects: [
    { ...common, displayName: 'api', roots: ['<rootDir>/api'], transform: tsJest('api/tsconfig.json') },
    { ...common, displayName: 'console', roots: ['<rootDir>/console'], transform: tsJest('console/test/tsconfig.json') },
  ],
};
