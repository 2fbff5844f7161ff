import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'test-results', 'bench-results', 'docs'] },
  {
    extends: [js.configs.recommended, ...tseslint.configs.recommended],
    files: ['**/*.{ts,tsx,js}'],
    languageOptions: { ecmaVersion: 2022, globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/no-explicit-any': 'error',
      // Data is never rendered as HTML.
      'no-restricted-syntax': [
        'error',
        { selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']", message: 'Never render data as HTML.' },
        { selector: "MemberExpression[property.name='innerHTML']", message: 'Never render data as HTML.' },
        { selector: "MemberExpression[property.name='outerHTML']", message: 'Never render data as HTML.' },
        {
          selector: "CallExpression[callee.property.name='insertAdjacentHTML']",
          message: 'Never render data as HTML.',
        },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'd3-selection',
              message: 'Only src/components/useZoom.ts may use d3-selection (loaded through zoomBehaviour.ts).',
            },
          ],
        },
      ],
    },
  },
  {
    // The zoom hook, and the chunk it loads d3's zoom from.
    files: ['src/components/useZoom.ts', 'src/components/zoomBehaviour.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
);
