/** One jest run for the whole repository: pure rules, the GraphQL API on a real PostgreSQL, the console in Chromium. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/api', '<rootDir>/console'],
  testMatch: ['**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: '<rootDir>/api/tsconfig.json' }],
  },
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/api/test/global-setup.ts',
  globalTeardown: '<rootDir>/api/test/global-teardown.ts',
  testTimeout: 60_000,
};
