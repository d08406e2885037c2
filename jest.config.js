// One Jest run for the whole workspace: a single summary line for CI, one swc transform, shared cache.
const { compilerOptions } = require('./tsconfig.base.json');

const moduleNameMapper = {};
for (const [alias, [target]] of Object.entries(compilerOptions.paths)) {
  moduleNameMapper[`^${alias.replace(/\//g, '\\/')}$`] = `<rootDir>/${target}`;
}

/** The workspace's node tests; the console's browser-side unit tests are a project of their own (jsdom). */
const workspace = {
  displayName: 'workspace',
  rootDir: __dirname,
  testEnvironment: 'node',
  roots: ['<rootDir>/libs', '<rootDir>/services', '<rootDir>/test'],
  testMatch: ['**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '/test/bench/', '/services/console/src/'],
  transform: {
    '^.+\\.ts$': [
      '@swc/jest',
      {
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper,
  globalSetup: '<rootDir>/test/setup/global-setup.js',
  globalTeardown: '<rootDir>/test/setup/global-teardown.js',
  cacheDirectory: '<rootDir>/.jest-cache',
};

/** @type {import('jest').Config} */
module.exports = {
  projects: [workspace, require('./services/console/jest.config.js')],
  maxWorkers: 2,
  testTimeout: 30000,
};
