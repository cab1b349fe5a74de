import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import importX, { createNodeResolver } from 'eslint-plugin-import-x';

const root = fileURLToPath(new URL('.', import.meta.url));
const LIBS = ['domain', 'event-store', 'projections', 'dispute-bundle', 'command-handling', 'service-config'];

/**
 * Resolves imports the way tsc and Jest do, to the TypeScript sources: `#lib` (package.json
 * "imports", which point at dist/) and the web app's `@domain` to each lib's index, `./x.js` to x.ts.
 */
const resolver = createNodeResolver({
  extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json', '.node'],
  extensionAlias: { '.js': ['.ts', '.tsx', '.js'] },
  alias: {
    ...Object.fromEntries(LIBS.map((lib) => [`#${lib}$`, [`${root}libs/${lib}/src/index.ts`]])),
    '@domain$': [`${root}libs/domain/src/index.ts`],
  },
});

/**
 * Import rules (docs/architecture.md, "Import rules"), checked on resolved paths, so a relative
 * path cannot get around them:
 * - libs never import apps;
 * - apps/cli and apps/demo import nothing inside apps/service-desk/src but its one public module
 *   (src/public.ts); apps/service-desk imports neither of them.
 */
const APP_ZONES = [
  { target: './libs', from: './apps', message: 'A lib never imports an app.' },
  {
    target: './libs/domain',
    from: './libs/!(domain)/**',
    message: 'libs/domain imports no other lib.',
  },
  {
    target: ['./apps/cli', './apps/demo'],
    from: './apps/service-desk/src',
    except: ['./public.ts'],
    message:
      'Share code through a lib (libs/service-config, libs/projections) or apps/service-desk/src/public.ts.',
  },
  {
    target: './apps/service-desk',
    from: ['./apps/cli', './apps/demo'],
    message: 'The service imports no other app.',
  },
];

/**
 * A lib's public files besides its index. libs/event-store's hash chain is one: the dispute-bundle
 * verifier loads it alone, without the store adapters (better-sqlite3, the EventStoreDB client)
 * that the index brings in.
 */
const PUBLIC_FILES = { 'event-store': ['./hash-chain.ts'] };

/**
 * - apps and other libs import a lib only through its index (`#projections`, not a file inside).
 * Specs, fixtures and test support (`*.spec.ts`, `*.fixture.ts`, `testing/`, test/) are exempt:
 * they may reach a lib's internals and its test helpers (libs/projections/src/testing).
 */
const INDEX_ZONES = LIBS.map((lib) => ({
  target: ['./apps/**', `./libs/!(${lib})/**`],
  from: `./libs/${lib}/src`,
  except: ['./index.ts', ...(PUBLIC_FILES[lib] ?? [])],
  message: `Import libs/${lib} through its index ('#${lib}').`,
}));

const TEST_SUPPORT = ['**/*.spec.ts', '**/*.fixture.ts', '**/testing/**', 'test/**'];

const NO_FOCUSED_TESTS = {
  selector: "CallExpression[callee.property.name='only']",
  message: 'Focused tests hide the rest of the suite.',
};

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'data/**', 'coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', NO_FOCUSED_TESTS],
    },
  },
  {
    plugins: { 'import-x': importX },
  },
  {
    files: ['**/*.ts', '**/*.tsx'],
    settings: { 'import-x/resolver-next': [resolver], 'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'] },
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: [...APP_ZONES, ...INDEX_ZONES] }],
      // No runtime import cycles (packages not followed). It skips `import type`: test/lint/import-cycles.mjs,
      // also run by `npm run lint`, finds every cycle, type-only ones included.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'no-restricted-imports': [
        'error',
        {
          patterns: [{ regex: '^#[^/]+/', message: 'Import a lib through its index: #lib, not #lib/file.' }],
        },
      ],
    },
  },
  {
    files: TEST_SUPPORT,
    rules: {
      'import-x/no-restricted-paths': ['error', { basePath: root, zones: APP_ZONES }],
    },
  },
  {
    // libs/domain stays pure: no Nest, no I/O, no other lib, no clock (time comes in as an argument).
    files: ['libs/domain/**/*.ts'],
    ignores: ['**/*.spec.ts', '**/testing/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['@nestjs/*'], message: 'The domain knows no framework.' },
            {
              group: [
                'node:*',
                'fs',
                'fs/*',
                'net',
                'http',
                'https',
                'child_process',
                'better-sqlite3',
                'kysely',
                'pg',
              ],
              message: 'The domain does no I/O.',
            },
            { regex: '^#', message: 'The domain imports no other lib.' },
          ],
        },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'The domain takes time as an argument.' },
      ],
      'no-restricted-syntax': [
        'error',
        NO_FOCUSED_TESTS,
        {
          selector: "NewExpression[callee.name='Date'][arguments.length=0]",
          message: 'The domain takes time as an argument: new Date() reads the clock.',
        },
      ],
    },
  },
);
