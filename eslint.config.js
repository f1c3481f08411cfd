import js from '@eslint/js';
import tseslint from 'typescript-eslint';

// Layers of src/, lowest first: a module may import its own layer and the
// layers below it, never above (type-only imports are free: they vanish from
// the bundle). charts and map are siblings, except that the map's static
// layout draws with the charts' scene primitives; app and embed are siblings.
// docs/architecture.md explains each layer.
export const LAYERS = {
  contract: [],
  // The shared styles every shadow root composes first (src/styles/); imports nothing. Only the
  // layers with elements (charts, map, embed, components) use it.
  styles: [],
  // The data build's core: runs in Node (scripts/pipeline/ is its command-line host) and in a
  // browser worker (own-data/), so it touches no Node module, Buffer or process (see below).
  pipeline: ['contract'],
  format: ['contract'],
  i18n: ['contract', 'format'],
  data: ['contract', 'format', 'i18n'],
  charts: ['contract', 'format', 'i18n', 'data', 'styles'],
  map: ['contract', 'format', 'i18n', 'data', 'charts', 'styles'],
  view: ['contract', 'format', 'i18n', 'data', 'charts', 'map'],
  app: ['contract', 'format', 'i18n', 'data', 'charts', 'map', 'view'],
  embed: ['contract', 'format', 'i18n', 'data', 'charts', 'map', 'view', 'styles'],
  // Own data in the browser: the worker that runs the pipeline core, the page's client and store.
  'own-data': ['contract', 'format', 'i18n', 'data', 'pipeline'],
  components: [
    'contract',
    'format',
    'i18n',
    'data',
    'charts',
    'map',
    'view',
    'app',
    'embed',
    'own-data',
    'styles',
  ],
};

/** One rule per layer: relative imports that reach a layer it may not use. */
function layerRules() {
  const all = Object.keys(LAYERS);
  return Object.entries(LAYERS).map(([layer, allowed]) => {
    const forbidden = all.filter((other) => other !== layer && !allowed.includes(other));
    return {
      files: [`src/${layer}/**/*.ts`],
      rules: {
        '@typescript-eslint/no-restricted-imports': [
          'error',
          {
            patterns: [
              {
                regex: `^(\\.\\./)+(${forbidden.join('|')})(/|$)`,
                allowTypeImports: true,
                message: `src/${layer} may import only ${allowed.join(', ') || 'nothing else in src'} (the layers below it; see eslint.config.js).`,
              },
              {
                regex: '^(\\.\\./)+(scripts|test)(/|$)',
                message: 'src/ never imports scripts/ or test/.',
              },
              ...(layer === 'pipeline'
                ? [
                    {
                      regex: '^node:',
                      message: 'the pipeline core runs in a browser worker too: no Node modules.',
                    },
                  ]
                : []),
            ],
          },
        ],
      },
    };
  });
}

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'public', 'data', 'coverage', '.cache'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'error' },
  },
  ...layerRules(),
  {
    files: ['scripts/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '^(\\.\\./)+test(/|$)',
              message:
                'scripts/ never import test/ (shared browser helpers live in scripts/browser/).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['src/pipeline/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        {
          name: 'Buffer',
          message: 'the pipeline core takes Uint8Array (it runs in a browser worker too).',
        },
        { name: 'process', message: 'the pipeline core runs in a browser worker too: no process.' },
      ],
    },
  },
  {
    languageOptions: { globals: { console: 'readonly', process: 'readonly' } },
    rules: { 'no-undef': 'off' },
  },
);
