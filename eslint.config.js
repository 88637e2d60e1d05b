// One lint setup for every package: TypeScript everywhere, Vue SFCs in the browser packages.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import pluginVue from 'eslint-plugin-vue';

export default tseslint.config(
  {
    ignores: [
      '**/node_modules/**',
      '**/dist/**',
      '.tools/**',
      '.data/**',
      '**/migrations/*.ts',
      '**/generated/**',
      'scripts/*.mjs',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginVue.configs['flat/recommended'],
  {
    files: ['**/*.vue'],
    languageOptions: { parserOptions: { parser: tseslint.parser, extraFileExtensions: ['.vue'] } },
  },
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'vue/multi-word-component-names': 'off',
      'vue/max-attributes-per-line': 'off',
      'vue/singleline-html-element-content-newline': 'off',
      'vue/html-self-closing': 'off',
      'vue/html-indent': 'off',
      'vue/html-closing-bracket-newline': 'off',
      'vue/multiline-html-element-content-newline': 'off',
      'vue/first-attribute-linebreak': 'off',
    },
  },
  {
    // Assertions that pass whatever the code does.
    files: ['**/*.test.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "CallExpression[callee.property.name='arrayContaining'] > ArrayExpression[elements.length=0]",
          message: 'arrayContaining([]) matches every array: name the items it must hold.',
        },
        {
          selector:
            "CallExpression[callee.property.name='toBeTruthy'] > MemberExpression > CallExpression[callee.name='expect'] > CallExpression[callee.property.name=/^(locator|getBy[A-Za-z]+)$/]",
          message:
            'A locator is always truthy: wait for what it must show (await locator.waitFor(), or expect the text it reads).',
        },
      ],
    },
  },
);
