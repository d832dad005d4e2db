// @ts-check
import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Browser and UI globals the pure domain core must never touch. */
const BROWSER_GLOBALS = [
  'window',
  'document',
  'navigator',
  'location',
  'history',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'fetch',
  'XMLHttpRequest',
  'WebSocket',
  'Worker',
  'self',
  'postMessage',
  'requestAnimationFrame',
  'alert',
  'HTMLElement',
  'Element',
  'Node',
  'Blob',
  'File',
  'FileReader',
  'URL',
].map((name) => ({
  name,
  message: 'src/domain is pure TypeScript: no browser APIs. Pass data in from a hook instead.',
}));

const focusedOrSkipped = ['it', 'test', 'describe'].flatMap((object) =>
  ['only', 'skip', 'todo'].map((property) => ({
    object,
    property,
    message: 'Focused or skipped tests hide failures.',
  })),
);

/** What the pure domain core may never import, whichever room a file is in. */
const DOMAIN_PURE = [
  {
    group: ['react', 'react-dom', 'react-dom/*', 'react/*', 'recharts', 'idb'],
    message: 'src/domain must not import UI or browser libraries.',
  },
  {
    group: [
      '**/components/**',
      '**/app/**',
      '**/hooks/**',
      '**/storage/**',
      '**/workers/**',
      '*.css',
    ],
    message: 'src/domain must not import from the UI layers; they import from it.',
  },
];

/**
 * The domain's four rooms and the rooms each may import (docs/architecture.md): model is the
 * floor; import and assess stand on model; workspace stands on model and import. A room is
 * entered through its index.ts, never through another room's private files.
 */
const ROOM_USES = {
  model: [],
  import: ['model'],
  assess: ['model'],
  workspace: ['model', 'import'],
};
const ROOMS = Object.keys(ROOM_USES);

const THROUGH_THE_FACE = {
  group: ['**/domain/*/*', '!**/domain/testing/*'],
  message: "Import a domain room through its face (e.g. '../domain/model'), not its private files.",
};

/**
 * The import rules that keep the layers, exported so that a test proves they bite
 * (tests/architecture/layers.test.ts).
 */
export const layerRules = [
  ...ROOMS.map((room) => ({
    files: [`src/domain/${room}/**/*.ts`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...DOMAIN_PURE,
            ...ROOMS.filter((other) => other !== room && !ROOM_USES[room].includes(other)).map(
              (other) => ({
                group: [
                  `../${other}`,
                  `../${other}/*`,
                  `**/domain/${other}`,
                  `**/domain/${other}/*`,
                ],
                message: `src/domain/${room} must not import ${other}: ${room} stands on ${ROOM_USES[room].join(' and ') || 'nothing else in the domain'}.`,
              }),
            ),
            ...ROOM_USES[room].map((other) => ({
              group: [`../${other}/*`],
              message: `Import ${other} through its face ('../${other}'), not its private files.`,
            })),
          ],
        },
      ],
    },
  })),
  {
    files: ['src/**/*.{ts,tsx}', 'tests/**/*.{ts,tsx}', 'e2e/**/*.ts', 'scripts/**/*.ts'],
    ignores: ['src/domain/**', 'src/workers/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [THROUGH_THE_FACE] }] },
  },
  {
    files: ['src/workers/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            THROUGH_THE_FACE,
            {
              group: ['**/hooks', '**/hooks/**', '**/components/**', '**/app/**'],
              message: 'Workers run domain code (and storage) only: never hooks or UI.',
            },
          ],
        },
      ],
    },
  },
];

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'node_modules/',
      'coverage/',
      'public/',
      'data/',
      'tests/fixtures/',
      '.bench/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'TSEnumDeclaration', message: 'Use a union of string literals, not an enum.' },
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Data never becomes markup.',
        },
      ],
      'no-restricted-properties': ['error', ...focusedOrSkipped],
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['src/**/*.tsx', 'src/**/*.ts'],
    ignores: ['src/domain/**'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.strict.rules,
    },
  },
  {
    // The domain core: parsing, periods, RAG, comparisons, formatting. No React, no UI, no DOM.
    files: ['src/domain/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: DOMAIN_PURE }],
      'no-restricted-globals': ['error', ...BROWSER_GLOBALS],
    },
  },
  ...layerRules,
);
