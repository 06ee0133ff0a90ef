/**
 * The reference pages the benchmark compares stancemap with, built like the app (production
 * mode, es2022). `npm run bench` runs this build itself, into its working folder under
 * node_modules/.cache (out of reach of ESLint, git, and other builds that empty dist/).
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

export default defineConfig({
  root: here('./reference'),
  base: './',
  plugins: [react()],
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: here('../node_modules/.cache/stancemap-bench/reference'),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        'd3-svg': here('./reference/d3-svg.html'),
        'force-graph': here('./reference/force-graph.html'),
        'react-minimal': here('./reference/react-minimal.html'),
      },
    },
  },
});
