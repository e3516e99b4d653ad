// Lint with type information (typescript-eslint). `npm run lint` runs it; `npm test` runs it
// before vitest, so a finding fails the suite. Formatting is Prettier's job, not ESLint's.
//
// Base: typescript-eslint's strictTypeChecked (which contains recommendedTypeChecked). The
// strict rules earned their place by what they found here: no-deprecated (zod's no-op
// `.finite()`), no-unnecessary-type-assertion/-conversion (casts and `String()` of what was
// already that type), use-unknown-in-catch-callback-variable, restrict-template-expressions
// (`undefined` or an object spliced into an error message). The few strict rules that are wrong
// for this code base are turned off below, each with its reason.
import comments from '@eslint-community/eslint-plugin-eslint-comments/configs';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default defineConfig(
  {
    ignores: [
      'dist/',
      'src/generated/', // written by `npm run build:data`
      'data/', // the records: checked by build:data and tests/data, not code to lint
      'docs/api/',
      'reports/',
      '.tmp/',
      'tests/package/fixtures/', // stand-ins for consumer projects, compiled against dist/ by their own tests
    ],
  },
  // A disable comment says why (`-- reason`), names its rule, and goes when it no longer applies.
  { linterOptions: { reportUnusedDisableDirectives: 'error' } },
  comments.recommended,
  { rules: { '@eslint-community/eslint-comments/require-description': 'error' } },
  js.configs.recommended,
  tseslint.configs.strictTypeChecked,
  {
    languageOptions: {
      globals: globals.node,
      parserOptions: {
        // One program for every linted file: tsconfig.json plus the .mjs/.js files (allowJs).
        project: './tsconfig.eslint.json',
        tsconfigRootDir: import.meta.dirname,
      },
    },
    rules: {
      // Numbers in messages are what the messages are for; `undefined`, objects and `unknown`
      // stay errors (they print "undefined" or "[object Object]").
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
      // An interface that only extends its zod-inferred type is how record types get a name in
      // hovers and the API reference (`interface Actor extends z.infer<...> {}`), not an accident.
      '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
      // `_name` marks a binding kept on purpose (a rest sibling left out, a positional parameter).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
      // Off: every public function checks its arguments at run time for callers without
      // TypeScript and for hostile input (docs/security.md), and the CLI reads JSON it then casts;
      // by the static types those checks are "unnecessary", which is exactly why they exist.
      '@typescript-eslint/no-unnecessary-condition': 'off',
      // Off: with noUncheckedIndexedAccess every in-bounds `a[i]`, `stack.pop()` after a length
      // test and regex group is `T | undefined`; `!` states what the loop already proved, and a
      // run-time test in its place would be a dead branch in the hot loops of the validator.
      '@typescript-eslint/no-non-null-assertion': 'off',
      // Off: a matter of taste (`return fail(path, ...)`, `forEach((x) => set.add(x))`), no bug class.
      '@typescript-eslint/no-confusing-void-expression': 'off',
      // Off: `async` without `await` is how a function that fulfils a promise-returning contract
      // (a command's `run`, a Validation's `submit`) turns a throw into a rejection; dropping it
      // would make those throw synchronously instead. (Floating and misused promises stay errors.)
      '@typescript-eslint/require-await': 'off',
    },
  },
  {
    // Plain JavaScript (scripts, benchmarks, browser pages, test helpers) has no annotations:
    // everything it reads from JSON or a library without types is `any`, so the no-unsafe-*
    // rules would flag the language itself. The promise and logic rules still apply.
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      // `never` too: a parameter defaulting to null is inferred as null, and never once tested truthy.
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true, allowAny: true, allowNever: true }],
      '@typescript-eslint/restrict-plus-operands': ['error', { allowAny: true }],
    },
  },
  {
    // TypeScript leaves a .mjs out of the program when a .d.mts of the same name sits beside it
    // (its types come from there), so this one file is linted without type information.
    files: ['scripts/lib/bundle-size.mjs'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    files: ['tests/**'],
    rules: {
      // vitest's asymmetric matchers (expect.stringContaining, expect.objectContaining, ...) are
      // typed `any` so they can stand for any value inside an expected object.
      '@typescript-eslint/no-unsafe-assignment': 'off',
    },
  },
  {
    files: ['tests/browser/*.js'],
    languageOptions: { globals: globals.browser },
  },
);
