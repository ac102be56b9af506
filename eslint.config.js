// Lint: ESLint's and typescript-eslint's recommended rules (type-aware for TypeScript), Lit's, the web components'
// and Lit's accessibility rules for the elements, stories and their tests. Prettier formats: eslint-config-prettier
// turns off every rule that it owns.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier/flat';
import chaiFriendly from 'eslint-plugin-chai-friendly';
import {configs as lit} from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import {defineConfig, globalIgnores} from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const TYPESCRIPT = ['**/*.ts'];
// Leaving out a key by destructuring it (`const {items, ...info} = feed`) and counting keys (`for (const _ in o)`).
const UNUSED = {ignoreRestSiblings: true, varsIgnorePattern: '^_$'};
// Where Lit templates are written: the elements, their stories and their browser tests.
const TEMPLATES = [
  'src/elements/**/*.ts',
  'stories/**/*.ts',
  'test/elements/**/*.ts',
  'test/hardening/*.browser.test.ts',
];
// JavaScript that runs in a page; the rest of the JavaScript runs in Node.
const PAGES = ['bench/pages/**/*.js', 'test/hardening/fixtures/*.js'];

export default defineConfig(
  globalIgnores(['dist/', 'build/', 'storybook-static/', 'bench/results/', 'bench/.cache/', 'tmp/', 'coverage/']),
  js.configs.recommended,
  {languageOptions: {globals: globals.node}, rules: {'no-unused-vars': ['error', UNUSED]}},
  {files: PAGES, languageOptions: {globals: globals.browser}},
  {
    files: TYPESCRIPT,
    extends: [tseslint.configs.recommendedTypeChecked],
    languageOptions: {
      parserOptions: {
        projectService: true,
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: TYPESCRIPT,
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', UNUSED],
      // Passing on a reason as it came (an abort signal's, a caught one), as only-throw-error allows for `throw`.
      '@typescript-eslint/prefer-promise-reject-errors': [
        'error',
        {allowThrowingAny: true, allowThrowingUnknown: true},
      ],
      '@typescript-eslint/no-floating-promises': [
        'error',
        {
          allowForKnownSafeCalls: [
            // node:test's `describe` and `it` return promises that the runner awaits.
            {from: 'package', package: 'node:test', name: ['describe', 'it', 'test', 'suite']},
            // @open-wc/semantic-dom-diff types chai's `equal` as a promise (for `.dom.to.equal`); it is not one.
            {from: 'package', package: '@open-wc/semantic-dom-diff', name: 'Equal'},
          ],
        },
      ],
    },
  },
  {
    files: TEMPLATES,
    extends: [lit['flat/recommended'], wc.configs['flat/best-practice'], litA11y.configs.recommended],
    rules: {
      // LitElement defines every lifecycle callback, so `super.connectedCallback()` needs no guard.
      'wc/guard-super-call': 'off',
    },
    // The elements extend PledgeElement (a LitElement): the rules for elements apply to them.
    settings: {lit: {elementBaseClasses: ['PledgeElement']}, wc: {elementBaseClasses: ['LitElement', 'PledgeElement']}},
  },
  // Chai's property assertions (`expect(x).to.exist`) are expressions by design; other unused expressions are not.
  {files: ['test/**/*.ts'], extends: [chaiFriendly.configs.recommendedFlat]},
  prettier,
);
