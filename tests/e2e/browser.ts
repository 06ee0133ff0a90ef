/**
 * Debian's Chromium driven by playwright-core, never a downloaded browser (launched as
 * launchOptions.ts says), and what the browser test files share around it.
 */
import { mkdirSync } from 'node:fs';
import { chromium, type Browser, type Download, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { launchOptions } from '../../scripts/chromium';

export const SCREENSHOT_DIR = 'test-results/screenshots';

/**
 * The browser for a test file: a connection to the one globalSetup started, whose close only
 * ends this file's contexts. A launch costs about 4 s of CPU, and the files run one after
 * another on two cores. `extraArgs` (e.g. `--ignore-certificate-errors` for a test's own https
 * server) need a browser of their own.
 */
export function launchBrowser(extraArgs: string[] = []): Promise<Browser> {
  const shared = extraArgs.length === 0 ? inject('browserEndpoint') : undefined;
  return shared ? chromium.connect(shared) : chromium.launch(launchOptions(extraArgs));
}

/** The built app's address plus a query, e.g. `appUrl('?select=actor:russia')`. */
export function appUrl(query = ''): string {
  return `${inject('baseURL')}${query}`;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = `${SCREENSHOT_DIR}/${name}.png`;
  await page.screenshot({ path, fullPage: false });
  return path;
}

/** Collects uncaught page errors and console errors, so a test can assert the page stayed healthy. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

/** A download's bytes. A browser connected to (the shared one) keeps its downloads on its own side: no local path. */
export async function downloadedBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
