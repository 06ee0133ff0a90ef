import AxeBuilder from '@axe-core/playwright';
import type { RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

/**
 * axe-core for a page of the app. Legacy mode runs axe in the page itself instead of gathering
 * each frame's partial results in a blank page opened for them: the blank page cost about 1.5 s
 * of a 5 s audit on two cores. It would not look into every kind of frame, and the app's pages
 * have none, so a page with a frame is refused rather than audited in part.
 */
export function axeOn(page: Page): AxeBuilder {
  if (page.frames().length > 1) throw new Error(`axeOn audits pages without frames; ${page.url()} has ${page.frames().length - 1}`);
  return new AxeBuilder({ page }).setLegacyMode(true);
}

/**
 * Options for an audit that reads only violations, and which rules ran: passing and incomplete
 * rules still come back, with one example element each instead of every element they looked
 * at (serialising those took another 1–2 s).
 */
export const VIOLATIONS_ONLY: RunOptions = { resultTypes: ['violations'] };
