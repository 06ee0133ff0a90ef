/**
 * Builds the app once and serves dist/ on a free loopback port for every browser test file.
 * The address reaches the tests through vitest's provide/inject.
 */
import type { TestProject } from 'vitest/node';
import { chromium } from 'playwright-core';
import { build, preview } from 'vite';
import { launchOptions } from '../../scripts/chromium';

declare module 'vitest' {
  export interface ProvidedContext {
    baseURL: string;
    /** The shared Chromium's address, for `launchBrowser`. */
    browserEndpoint: string;
  }
}

export default async function setup(project: TestProject) {
  // The same builds as `npm run build` (the explorer, embed.html, embed.js) and build:standalone.
  // Vitest sets NODE_ENV=test, which would make Vite bundle React's development build: the
  // browser tests must run what ships.
  // `npm test` (beside type checking and lint) and `npm run test:e2e` build them first with
  // `npm run build`, and say so.
  if (process.env.STANCEMAP_BUILT !== '1') {
    const testEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      for (const mode of ['production', 'embed', 'host-script', 'standalone']) await build({ mode, logLevel: 'warn' });
    } finally {
      process.env.NODE_ENV = testEnv;
    }
  }
  const server = await preview({ preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const address = server.resolvedUrls?.local[0];
  if (!address) throw new Error('the preview server did not report its address');
  project.provide('baseURL', address);
  const browserServer = await chromium.launchServer(launchOptions());
  project.provide('browserEndpoint', browserServer.wsEndpoint());
  return async () => {
    await Promise.all([server.close(), browserServer.close()]);
  };
}
