// The console's unit tests: components and hooks in jsdom, through Testing Library.
const { join } = require('node:path');

/** @type {import('jest').Config} */
module.exports = {
  displayName: 'console',
  rootDir: __dirname,
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.spec.ts', '**/*.spec.tsx'],
  transform: {
    '^.+\\.tsx?$': [
      '@swc/jest',
      {
        jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } }, target: 'es2022' },
        module: { type: 'commonjs' },
      },
    ],
  },
  moduleNameMapper: {
    '^@ia/reference$': join(__dirname, '../../libs/reference/src/index.ts'),
    '\\.css$': '<rootDir>/src/testing/style.ts',
  },
  setupFilesAfterEnv: ['<rootDir>/src/testing/setup.ts'],
  cacheDirectory: join(__dirname, '../../.jest-cache'),
};
