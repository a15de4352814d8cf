// Type-checked rules: the ones that catch real bugs here (floating or misused promises, unsafe any,
// awaiting non-promises) need the type checker, so the whole TypeScript project is linted with it.
import eslint from '@eslint/js';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  // test/client/relay/__generated__: relay-compiler's artifacts, written afresh by the Relay test.
  {
    ignores: [
      'dist/**',
      'node_modules/**',
      'coverage/**',
      'web/**',
      'test/client/relay/__generated__/**',
      '**/*.js',
      '**/*.cjs',
      '**/*.mjs',
    ],
  },
  eslint.configs.recommended,
  tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      // The store port and Apollo's plugin hooks are async by contract; an implementation that happens to
      // finish synchronously (SQLite) still returns a promise, which is not a bug.
      '@typescript-eslint/require-await': 'off',
      // Roles, stages and graphql-js's OperationTypeNode are string enums whose values are the wire strings;
      // comparing them with those strings (from tokens, inputs, parsed documents) is the point.
      '@typescript-eslint/no-unsafe-enum-comparison': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
    },
  },
  {
    // Small files with one job: no source file over 300 lines and no function over 60, checked here
    // rather than by review (blank lines and comments do not count in a function).
    files: ['src/**/*.ts', 'projections/**/*.ts'],
    rules: {
      'max-lines': ['error', { max: 300 }],
      'max-lines-per-function': ['error', { max: 60, skipBlankLines: true, skipComments: true }],
    },
  },
  {
    // asOf all the way down: resolvers reach the read models only through their slices' reads of a ModelsAt (src/graphql/models-at.ts),
    // whose reads take no position, so a field reads where the object it belongs to was read, and the
    // request notes every position it read at (what decides whether its answer is immutable).
    files: ['src/graphql/**/*.ts', 'src/api/**/*.ts', 'src/*/graphql/**/*.ts'],
    ignores: ['src/graphql/{models-at,request-reads,as-of,global-id}.ts', 'src/*/graphql/*-reads.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: "MemberExpression[property.name='models']", message: 'Read the read models through readAt/readAsOf (ModelsAt).' },
        { selector: "Literal[value='current']", message: 'A read stands where its object was read: readAt(context, object).' },
      ],
    },
  },
  {
    // Tests read the JSON answers of a running service: their shape is what the assertions check, so
    // typing every answer up front would only restate the assertions. The promise rules still apply.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
    },
  },
);
