/**
 * The datasets every pure test shares, parsed at the edge as the app does. `small` is the
 * fictional six-actor fixture; `russia-poach-rebels-2016` is the bundled real-size map.
 */
import { readFileSync } from 'node:fs';
import type { Dataset } from '../src/model/datasetSchema';
import { indexDataset, type DatasetIndex } from '../src/model/indexDataset';
import { parseDataset } from '../src/model/parseDataset';

export type FixtureName = 'small' | 'russia-poach-rebels-2016' | 'arabic-dam' | 'hebrew-port';

const FILES: Record<FixtureName, string> = {
  small: '../data/fixtures/small.json',
  'russia-poach-rebels-2016': '../data/russia-poach-rebels-2016.json',
  // Fictional disputes in Arabic (with its language given) and in Hebrew (without): right-to-left text.
  'arabic-dam': '../data/fixtures/arabic-dam.json',
  'hebrew-port': '../data/fixtures/hebrew-port.json',
};

/** The raw JSON, a fresh copy each call, for tests that change a field before parsing. */
export function readFixtureJson(name: FixtureName): Record<string, any> { // eslint-disable-line @typescript-eslint/no-explicit-any
  return JSON.parse(readFileSync(new URL(FILES[name], import.meta.url), 'utf8'));
}

export function parseFixture(json: unknown): Dataset {
  const result = parseDataset(json);
  if (!result.ok) throw new Error(`the fixture does not validate: ${JSON.stringify(result.errors.slice(0, 3))}`);
  return result.dataset;
}

export function loadDataset(name: FixtureName): Dataset {
  return parseFixture(readFixtureJson(name));
}

export function loadFixture(name: FixtureName): DatasetIndex {
  return indexDataset(loadDataset(name));
}
