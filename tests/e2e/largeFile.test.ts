import { readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser } from './browser';
import { openApp } from './openApp';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The shared fixture grown past a megabyte with 400 more actors, each described at length. */
function largeDataset(): string {
  const data = JSON.parse(readFileSync('data/fixtures/small.json', 'utf8'));
  data.id = 'large-harbour';
  data.title = 'A large harbour dispute';
  for (let i = 0; i < 400; i++) {
    data.actors.push({ id: `crew-${i}`, name: `Crew ${i}`, kind: 'person', aliases: [], partOf: 'harbour-militia', description: `A member of the crew. ${'The harbour is busy. '.repeat(140)}`, evidence: [{ quote: 'the Harbour Militia' }] });
  }
  return JSON.stringify(data);
}

describe('a large file', () => {
  it('is parsed in a worker, and opens', async () => {
    const { page, close } = await openApp(browser);
    const text = largeDataset();
    expect(text.length).toBeGreaterThan(1_000_000);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await page.getByRole('button', { name: 'Open…' }).click();
    await page.getByLabel('Choose a file…').setInputFiles({ name: 'large.json', mimeType: 'application/json', buffer: Buffer.from(text) });
    await page.getByRole('heading', { level: 1, name: 'A large harbour dispute' }).waitFor({ timeout: 20_000 });
    expect(workers.some((url) => /parseWorker/.test(url))).toBe(true);
    await close();
  });
});
