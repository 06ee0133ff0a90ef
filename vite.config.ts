/// <reference types="vitest/config" />
import { copyFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin, type UserConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { embedDatasetModule } from './scripts/embedDatasetModule.ts';
import { FIRST_FRAME_ENTRY, prerenderFirstFrame } from './scripts/prerenderFirstFrame.ts';

/**
 * Three builds into dist/ (`npm run build` runs them in turn):
 * - default: the explorer, index.html with hashed assets;
 * - `--mode embed`: embed.html as one self-contained file, so it runs in any iframe sandbox
 *   (an `allow-scripts`-only frame has an opaque origin and may not fetch module scripts);
 * - `--mode host-script`: embed.js, the classic script host pages include to resize the iframes.
 * `npm run build:standalone` (`--mode standalone`) writes dist-standalone/stancemap.html: the
 * whole explorer with its dataset in one file that opens from disk, with no server and no network;
 * `npm run build` runs it last and copies the file into dist/, where the explorer's "Download for
 * offline use" fetches it to write the open dataset into it.
 */
// One-file builds carry everything inline, the favicon too, and parse on the main thread (a
// worker would be a second file).
const SINGLE_FILE = { 'import.meta.env.SINGLE_FILE': 'true' };
// d3-zoom imports d3-transition only to interrupt transitions, and d3-interpolate only for the
// zoom of a transition; the map runs none of its own (src/interaction/withoutTransitions.ts says
// why), so stand-ins keep ~14 kB gzip (d3-color, d3-ease, the value interpolators) out of every page.
export const RESOLVE = {
  alias: [
    { find: /^d3-transition$/, replacement: fileURLToPath(new URL('./src/interaction/withoutTransitions.ts', import.meta.url)) },
    { find: /^d3-interpolate$/, replacement: fileURLToPath(new URL('./src/interaction/interpolateZoom.ts', import.meta.url)) },
  ],
};

/**
 * A one-file page has nothing to preload: each dynamic import is already inside it. Vite still
 * wraps them in its preload helper (about 0.8 kB gzip, for module and CSS preloading); here the
 * wrapper just calls the import.
 */
const noPreloadInOneFile: Plugin = {
  name: 'stancemap-no-preload-in-one-file',
  enforce: 'pre',
  resolveId: (id) => (id === '\0vite/preload-helper.js' ? id : null),
  load: (id) => (id === '\0vite/preload-helper.js' ? 'export const __vitePreload = (load) => load();' : null),
};

/**
 * The explorer's lazily loaded chunks (forms, dialogs, presentation) have no dependency to preload
 * but their stylesheets (module preloading is off). Vite's helper also preloads modules, reads CSP
 * nonces and reports through events no code listens to; this one only adds each stylesheet once
 * and waits for it, as Vite's does, so a form never shows unstyled: 0.6 kB gzip off the first load.
 * A stylesheet that fails to load does not keep its component from showing.
 */
const stylesheetsOnlyPreload: Plugin = {
  name: 'stancemap-stylesheets-only-preload',
  apply: 'build',
  enforce: 'pre',
  resolveId: (id) => (id === '\0vite/preload-helper.js' ? id : null),
  load: (id) =>
    id === '\0vite/preload-helper.js'
      ? `const added = {};
export const __vitePreload = (load, stylesheets, importer) =>
  Promise.all((stylesheets || []).map((path) => {
    const href = new URL(path, importer).href;
    return (added[href] ??= new Promise((done) => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = href;
      link.onload = link.onerror = done;
      document.head.append(link);
    }));
  })).then(load);`
      : null,
};

/** English, and each language with a catalogue in public/locales: adding a language is adding its file. */
export const INTERFACE_LOCALES = { 'import.meta.env.INTERFACE_LOCALES': JSON.stringify(['en', ...readdirSync('public/locales').filter((file) => file.endsWith('.json')).map((file) => file.slice(0, -'.json'.length)).sort()].join(',')) };

export default defineConfig(({ mode }): UserConfig => {
  if (mode === 'embed') {
    return {
      base: './',
      plugins: [noPreloadInOneFile, embedDatasetModule(), react(), viteSingleFile(), prerenderFirstFrame('embed', 'embed.html')],
      // The validator without what only authors need (src/model/authorChecks.ts and closestPassage.ts say what).
      resolve: {
        alias: [
          ...RESOLVE.alias,
          { find: /^\.\/authorChecks$/, replacement: fileURLToPath(new URL('./src/model/authorChecks.reader.ts', import.meta.url)) },
          { find: /^\.\/closestPassage$/, replacement: fileURLToPath(new URL('./src/model/closestPassage.reader.ts', import.meta.url)) },
        ],
      },
      // embed.html draws every map in SVG: the canvas renderer for large maps stays out of its one file.
      define: { ...SINGLE_FILE, ...INTERFACE_LOCALES, 'import.meta.env.EMBED_PAGE': 'true' },
      // modulePreload: a one-file page has no module to preload, so no polyfill for it.
      build: { target: 'es2022', emptyOutDir: false, assetsInlineLimit: Number.MAX_SAFE_INTEGER, modulePreload: false, rollupOptions: { input: 'embed.html' } },
    };
  }
  if (mode === 'standalone') {
    // For classrooms with poor connections: the explorer and its dataset in one file that opens from disk.
    return {
      base: './',
      plugins: [
        react(),
        viteSingleFile(),
        {
          name: 'stancemap-standalone-name',
          // Everything the page needs goes inside it: the favicon as a data: address; the worker
          // file is left out (one-file builds parse on the main thread).
          closeBundle() {
            let html = readFileSync('dist-standalone/index.html', 'utf8');
            for (const file of readdirSync('dist-standalone')) {
              if (file.endsWith('.svg')) {
                const svg = readFileSync(`dist-standalone/${file}`, 'utf8');
                html = html.replace(`./${file}`, `data:image/svg+xml,${encodeURIComponent(svg)}`);
              }
              if (file !== 'index.html') rmSync(`dist-standalone/${file}`);
            }
            writeFileSync('dist-standalone/stancemap.html', html);
            rmSync('dist-standalone/index.html');
            // Deployed beside the explorer too: "Download for offline use" writes the open dataset into it.
            if (existsSync('dist/index.html')) copyFileSync('dist-standalone/stancemap.html', 'dist/stancemap.html');
          },
        },
      ],
      resolve: RESOLVE,
      define: { ...SINGLE_FILE, ...INTERFACE_LOCALES },
      // No catalogues beside it: a page opened from disk cannot fetch them, and speaks English.
      build: { target: 'es2022', outDir: 'dist-standalone', emptyOutDir: true, copyPublicDir: false, assetsInlineLimit: Number.MAX_SAFE_INTEGER },
    };
  }
  if (mode === 'host-script') {
    return {
      build: {
        target: 'es2018',
        emptyOutDir: false,
        copyPublicDir: false,
        lib: { entry: 'src/embed/host/main.ts', formats: ['iife'], name: 'stancemapEmbedHost', fileName: () => 'embed.js' },
      },
    };
  }
  return {
    // Relative base so the built app works from any folder, in an iframe or behind a CMS path.
    base: './',
    // embedDatasetModule: for the tests, which import what embed.html shows.
    plugins: [stylesheetsOnlyPreload, react(), embedDatasetModule(), prerenderFirstFrame('explorer', 'index.html')],
    resolve: RESOLVE,
    // Said outright, so the bundler drops what only one-file pages run (reading a dataset the page carries).
    define: { 'import.meta.env.SINGLE_FILE': 'false', ...INTERFACE_LOCALES },
    build: {
      target: 'es2022',
      sourcemap: true,
      // No module preloading: its polyfill and helper cost 1.1 kB of every reader's first load,
      // to save a lazily loaded tool (a dialog, a form) one short round trip for its shared parts.
      modulePreload: false,
      chunkSizeWarningLimit: 700,
      rolldownOptions: {
        // The script that shows the prerendered first frame is an entry of its own: in index.html
        // beside main.tsx it would be bundled with it, and run only once the whole app had loaded.
        input: { index: 'index.html', [FIRST_FRAME_ENTRY]: 'src/app/firstFrame/explorerFirstFrame.ts' },
        output: {
          // Everything the app's first render imports goes into the entry chunk. Left alone,
          // rolldown splits React, the store and the vocabulary into five small chunks shared
          // with the lazily loaded dialogs and forms: more requests, and 1.2 kB more gzip. The
          // first-frame script and what it imports (the frame, ?data='s early download) stay out of it.
          codeSplitting: { groups: [{ name: 'index', tags: ['$initial'], test: (id: string) => !/\/src\/app\/firstFrame\/(explorerFirstFrame|showFirstFrame|prefetchDataset)/.test(id) }] },
        },
      },
    },
    test: {
      globals: true,
      // Vitest leaves a core to itself by default: on two cores, one worker ran the unit and
      // component files at two thirds of the machine (178 s against 122 s with two).
      maxWorkers: Math.max(2, availableParallelism() - 1),
      // A test whose checks sit in a loop or a callback that never ran would pass having checked
      // nothing: every test must make at least one assertion (a concurrent test's own expect counts).
      expect: { requireAssertions: true },
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'node',
            include: ['tests/{model,layout,store,embed,interaction,scripts,io}/**/*.test.ts'],
            // A layout of hundreds of actors, or a script run as its own process, takes seconds
            // on a two-core machine that is also running the browser tests.
            testTimeout: 20_000,
            // Pure Node tests share a worker's modules instead of importing them afresh for each
            // of the 79 files (81 s against 36 s). A test that stubs a global or the environment
            // gets it back after itself. The component tests keep their own (React's and jsdom's
            // state would carry over).
            isolate: false,
            unstubEnvs: true,
            unstubGlobals: true,
          },
        },
        {
          extends: true,
          test: {
            name: 'components',
            environment: 'jsdom',
            include: ['tests/components/**/*.test.tsx', 'tests/app/**/*.test.tsx', 'tests/embed/**/*.test.tsx'],
            setupFiles: ['tests/setupComponents.ts'],
            // Whole-app renders with user-event clicks take 1–3 s on a busy two-core machine.
            testTimeout: 15_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            environment: 'node',
            include: ['tests/e2e/**/*.test.ts'],
            globalSetup: ['tests/e2e/globalSetup.ts'],
            testTimeout: 30_000,
            // Tests marked concurrent (describe.concurrent: each in its own browser context, each
            // asserting with its own `expect`) run two at a time: one page's renderer works on one
            // core of two. Files that watch motion, time or a tap's timing stay one test at a time
            // (app, present, flags, motion, blocs, embedGestures, firstFrame, opening, legibility).
            maxConcurrency: 2,
            hookTimeout: 60_000,
            // One Chromium at a time: the machine has two cores.
            fileParallelism: false,
            // The files share the worker's modules (Playwright's client is 3.6 MB of script):
            // importing them afresh for each of 29 files took 21 s. Each file opens and closes
            // its own browser connection, pages and servers.
            isolate: false,
            // After the unit and component tests, in a group of its own: a project with one
            // worker and shared modules cannot share a group with one of two workers.
            sequence: { groupOrder: 1 },
          },
        },
      ],
    },
  };
});
