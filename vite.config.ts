import { defineConfig } from 'vite';
import { boundaries } from './src/map/vite-plugin-boundaries';
import { maplibreWorker } from './src/map/vite-plugin-maplibre-worker';

// `base: './'` makes every asset URL relative, so dist/ works from any sub-path.
export default defineConfig({
  base: './',
  plugins: [maplibreWorker(), boundaries()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    assetsDir: 'assets',
    sourcemap: false,
  },
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
});
