import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { validatorMissing } from '../../src/io/loadValidator';

const fixtureText = readFileSync('data/fixtures/small.json', 'utf8');

// The validator is a chunk of its own, loaded when a dataset must be checked. A page left open
// across a new release, or gone offline, may fail to load it: the reader must hear why, and be
// able to try again once it can load.
describe('a validator that does not load', () => {
  afterEach(() => {
    vi.doUnmock('../../src/model/parseDataset');
    vi.resetModules();
  });

  it('leaves an opened dataset unchecked with the reason, and loads on the next try', async () => {
    vi.resetModules();
    vi.doMock('../../src/model/parseDataset', () => {
      throw new Error('Failed to fetch dynamically imported module');
    });
    const { loadText } = await import('../../src/io/fetchDataset');
    const failed = await loadText('small.json', fixtureText);
    expect(failed.ok).toBe(false);
    expect(!failed.ok && failed.message).toMatch(/^could not be checked: the dataset checker could not be loaded \(.+\); check the connection, or reload the page, and try again\.$/);

    vi.doUnmock('../../src/model/parseDataset');
    const retried = await loadText('small.json', fixtureText);
    expect(retried.ok && retried.result.ok && retried.result.dataset.id).toBe('harbour-dispute');
  });
});

describe('validatorMissing', () => {
  it('gives the browser’s own reason in brackets, for whoever reports it', () => {
    expect(validatorMissing(new TypeError('Failed to fetch dynamically imported module'))).toBe(
      'could not be checked: the dataset checker could not be loaded (Failed to fetch dynamically imported module); check the connection, or reload the page, and try again.',
    );
    expect(validatorMissing('offline')).toContain('(offline)');
  });
});
