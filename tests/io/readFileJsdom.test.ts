// @vitest-environment jsdom
// Browsers without Blob.text() (older ones, and jsdom) read a chosen file through FileReader.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readDatasetFiles } from '../../src/io/loadDataset';

const fixtureText = readFileSync('data/fixtures/small.json', 'utf8');

afterEach(() => vi.unstubAllGlobals());

describe('a file read where Blob.text() is missing', () => {
  it('opens through FileReader', async () => {
    const file = new File([fixtureText], 'small.json');
    expect('text' in file).toBe(false);
    const read = await readDatasetFiles([file]);
    expect(read.ok && read.result.ok && read.result.dataset.id).toBe('harbour-dispute');
  });

  it('says why FileReader could not read it, in its words or ours', async () => {
    const failing = (error: DOMException | null) =>
      class {
        error = error;
        onerror: (() => void) | null = null;
        onload: (() => void) | null = null;
        readAsText() {
          queueMicrotask(() => this.onerror?.());
        }
      };
    vi.stubGlobal('FileReader', failing(new DOMException('The file was moved.', 'NotFoundError')));
    // jsdom's DOMException is not an Error, so its name comes along: a browser's gives the message alone.
    expect(await readDatasetFiles([new File(['{}'], 'small.json')])).toEqual({ ok: false, name: 'small.json', message: expect.stringMatching(/^could not be read \((NotFoundError: )?The file was moved\.\)\.$/) });
    vi.stubGlobal('FileReader', failing(null));
    expect(await readDatasetFiles([new File(['{}'], 'small.json')])).toEqual({ ok: false, name: 'small.json', message: 'could not be read (the file could not be read).' });
  });
});
