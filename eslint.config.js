import tseslint from 'typescript-eslint';

const PURE_BANNED = [
  { group: ['wxt', 'wxt/*', '#imports', '#i18n', '@wxt-dev/*'], message: 'Pure lib code: no WXT.' },
  { group: ['webextension-polyfill', 'chrome'], message: 'Pure lib code: no browser APIs.' },
  { group: ['@mediapipe/*'], message: 'Pure lib code: no MediaPipe.' },
  { group: ['preact', 'preact/*'], message: 'Pure lib code: no UI.' },
  {
    group: ['**/platform/*', '**/worker/*', '**/camera-host/*', '**/pose/*'],
    message: 'Pure lib code: adapters live outside.',
  },
];

export default tseslint.config(
  { ignores: ['.output/', '.wxt/', '.cache/', 'node_modules/', 'test-results/'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    // Type-aware rules: the compiler's types tell a forgotten promise, a switch missing a case.
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: false },
      ],
      '@typescript-eslint/consistent-type-imports': [
        'error',
        { fixStyle: 'inline-type-imports', disallowTypeAnnotations: false },
      ],
    },
  },
  {
    // Layering: components are UI only; pages pass the browser-touching parts in.
    files: ['components/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['**/platform/*', '**/worker/*', '**/camera-host/*', '**/pose/*'],
              message: 'Components take data and callbacks; the page wires the platform.',
            },
            { group: ['wxt/browser'], message: 'Components take data and callbacks.' },
          ],
        },
      ],
    },
  },
  {
    // Purity rule: time is a parameter, and no browser, WXT, MediaPipe or Preact module (the pure
    // folders, the settings modules and the payload parsers).
    files: [
      'lib/posture/**',
      'lib/schedule/**',
      'lib/exercises/**',
      'lib/history/**',
      'lib/settings.ts',
      'lib/settings-schema.ts',
      'lib/settings-policy.ts',
      'lib/managed-schema.ts',
      'lib/parse.ts',
      'lib/message-parsers.ts',
    ],
    rules: {
      'no-restricted-imports': ['error', { patterns: PURE_BANNED }],
      'no-restricted-globals': [
        'error',
        { name: 'browser', message: 'Pure lib code: no browser APIs.' },
        { name: 'chrome', message: 'Pure lib code: no browser APIs.' },
        { name: 'window', message: 'Pure lib code.' },
        { name: 'document', message: 'Pure lib code.' },
        { name: 'navigator', message: 'Pure lib code.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'Date', property: 'now', message: 'Pass `now: number` in instead.' },
        { object: 'performance', property: 'now', message: 'Pass `now: number` in instead.' },
      ],
    },
  },
);
