// One swc configuration for the build and the tests: type-graphql needs legacy decorators
// and their emitted metadata, which ts-jest would give too but refuses TypeScript 7.
const fs = require('node:fs');
const swcrc = JSON.parse(fs.readFileSync(`${__dirname}/.swcrc`, 'utf8'));
delete swcrc.$schema;

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': ['@swc/jest', { ...swcrc, swcrc: false }] },
  // jose and content-disposition (inside @fastify/static) ship ES modules only; jest's CommonJS runtime needs them transformed.
  transformIgnorePatterns: ['/node_modules/(?!(jose|content-disposition)/)(?!.*/node_modules/)'],
  setupFiles: ['reflect-metadata'],
  globalSetup: '<rootDir>/test/support/build-for-processes.js',
  testTimeout: 20000,
  // Two workers even on two cores: most test files spend their time waiting on the processes,
  // browsers and databases they start. A worker whose heap has grown past 1 GB is replaced between
  // files rather than carried on through the run.
  maxWorkers: 2,
  workerIdleMemoryLimit: '1GB',
  // THIDUA_ASSERTION_COUNTS=<file>: one JSON line per test file with the assertions it ran, to show a
  // change to the suite drops none.
  ...(process.env.THIDUA_ASSERTION_COUNTS && {
    testEnvironment: '<rootDir>/test/support/assertion-count/environment.js',
    setupFilesAfterEnv: ['<rootDir>/test/support/assertion-count/setup.js'],
  }),
};
