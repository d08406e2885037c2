// Type-aware linting for the whole workspace, plus the layer rules of ARCHITECTURE.md enforced by Nx tags:
// a wrong import between layers fails the build instead of waiting for a review.
import { readdirSync } from 'node:fs';
import nx from '@nx/eslint-plugin';
import prettier from 'eslint-config-prettier';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const impureModules = [
  '@nestjs/*',
  'kafkajs',
  'redis',
  'better-sqlite3',
  '@eventstore/*',
  'express',
  'node:*',
  'fs',
  'path',
  'crypto',
  'os',
  'child_process',
];

// The test kit depends on what it tests, and those libraries' specifications use the test kit (and the
// kernel's specifications run on the in-memory store): cycles through specification files only.
const testKitCycles = [
  ...['@ia/kernel', '@ia/platform', '@ia/adapters-memory', '@ia/adapters-sqlite', '@ia/contracts'].map((project) => [
    '@ia/testing',
    project,
  ]),
  ['@ia/kernel', '@ia/adapters-memory'],
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', 'dist/**', 'data/**', 'coverage/**', '.nx/**', '.jest-cache/**', '**/*.js', '**/*.mjs', '**/*.cjs'] },
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    plugins: { '@nx': nx },
    rules: {
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false }],
      '@typescript-eslint/no-extraneous-class': 'off',
      // Embedded adapters implement async ports synchronously on purpose: async turns a throw into a rejection.
      '@typescript-eslint/require-await': 'off',
      '@nx/enforce-module-boundaries': [
        'error',
        {
          allow: [],
          enforceBuildableLibDependency: false,
          ignoredCircularDependencies: testKitCycles,
          depConstraints: [
            { sourceTag: 'type:kernel', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:reference', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:kernel'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:kernel', 'type:contracts', 'type:reference'] },
            { sourceTag: 'type:adapter', onlyDependOnLibsWithTags: ['type:kernel', 'type:adapter'] },
            { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:kernel', 'type:contracts', 'type:adapter', 'type:reference'] },
            {
              sourceTag: 'type:api',
              onlyDependOnLibsWithTags: ['type:kernel', 'type:contracts', 'type:reference', 'type:platform', 'type:domain'],
            },
            { sourceTag: 'type:service', onlyDependOnLibsWithTags: ['type:platform', 'type:api', 'type:kernel'] },
            { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:kernel', 'type:platform', 'type:adapter', 'type:contracts'] },
            { sourceTag: 'type:console', onlyDependOnLibsWithTags: ['type:reference'] },
            { sourceTag: 'scope:lead-intake', onlyDependOnLibsWithTags: ['scope:lead-intake', 'scope:shared'] },
            { sourceTag: 'scope:contract-signing', onlyDependOnLibsWithTags: ['scope:contract-signing', 'scope:shared'] },
            { sourceTag: 'scope:approvals', onlyDependOnLibsWithTags: ['scope:approvals', 'scope:shared'] },
            { sourceTag: 'scope:land-delivery', onlyDependOnLibsWithTags: ['scope:land-delivery', 'scope:shared'] },
            { sourceTag: 'scope:construction', onlyDependOnLibsWithTags: ['scope:construction', 'scope:shared'] },
            { sourceTag: 'scope:commissioning', onlyDependOnLibsWithTags: ['scope:commissioning', 'scope:shared'] },
            { sourceTag: 'scope:project-history', onlyDependOnLibsWithTags: ['scope:project-history', 'scope:shared'] },
            { sourceTag: 'scope:accounts', onlyDependOnLibsWithTags: ['scope:accounts', 'scope:shared'] },
            { sourceTag: 'scope:notifications', onlyDependOnLibsWithTags: ['scope:notifications', 'scope:shared'] },
          ],
        },
      ],
    },
  },
  {
    // Domain code is pure: no framework, no I/O, no clock, no randomness (STYLE.md rule 1).
    files: ['libs/*/domain/src/**/*.ts'],
    ignores: ['**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: impureModules.map((group) => ({
            group: [group],
            message: 'Domain code is pure: no framework, I/O or platform modules.',
          })),
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'The domain never reads the clock: time comes with the command.',
        },
        {
          selector: "CallExpression[callee.object.name='Date'][callee.property.name='now']",
          message: 'The domain never reads the clock: time comes with the command.',
        },
        {
          selector: "CallExpression[callee.object.name='Math'][callee.property.name='random']",
          message: 'The domain has no randomness: ids come with the command.',
        },
      ],
    },
  },
  {
    files: ['**/*.spec.ts', 'libs/testing/**/*.ts', '**/test-support/**/*.ts', 'test/**/*.ts'],
    rules: {
      // Specifications may use the test kit and the embedded adapters of any layer.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: false,
          depConstraints: [{ sourceTag: '*', onlyDependOnLibsWithTags: ['*'] }],
          ignoredCircularDependencies: testKitCycles,
        },
      ],
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/unbound-method': 'off',
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  ...consoleLayer(),
  prettier,
);

/**
 * The web console (STYLE.md, console section): hooks used by the rules of hooks; imports flow shared → features
 * → app and features never import each other; no Chinese or English text in components, only the dictionary.
 */
function consoleLayer() {
  const source = 'services/console/src';
  const features = readdirSync(new URL(`./${source}/features`, import.meta.url), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name);
  const otherFeatures = (feature) =>
    features
      .filter((other) => other !== feature)
      .flatMap((other) => [`**/features/${other}`, `**/features/${other}/**`, `../${other}/**`, `../../${other}/**`]);
  return [
    {
      files: [`${source}/**/*.{ts,tsx}`],
      plugins: { 'react-hooks': reactHooks },
      rules: { ...reactHooks.configs.recommended.rules, 'react-hooks/exhaustive-deps': 'error' },
    },
    {
      files: [`${source}/lib/**/*.{ts,tsx}`, `${source}/components/**/*.{ts,tsx}`],
      ignores: ['**/*.spec.ts', '**/*.spec.tsx'],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              { group: ['**/features/**', '**/app/**'], message: 'Shared code (lib, components) never imports a feature or the app.' },
            ],
          },
        ],
      },
    },
    ...features.map((feature) => ({
      files: [`${source}/features/${feature}/**/*.{ts,tsx}`],
      rules: {
        'no-restricted-imports': [
          'error',
          {
            patterns: [
              { group: otherFeatures(feature), message: 'Features never import each other: share through lib/ or components/.' },
              { group: ['**/app/**'], message: 'Features never import the app.' },
            ],
          },
        ],
      },
    })),
    {
      files: [`${source}/{app,features,components}/**/*.tsx`],
      ignores: ['**/*.spec.tsx'],
      rules: {
        'no-restricted-syntax': [
          'error',
          { selector: 'JSXText[value=/[A-Za-z\\u4e00-\\u9fff]/]', message: 'Text goes through the i18n dictionary (t()).' },
          { selector: 'Literal[value=/[\\u4e00-\\u9fff]/]', message: 'Chinese text goes through the i18n dictionary (t()).' },
        ],
      },
    },
  ];
}
