import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fetchDataset, MAX_DATASET_BYTES, readDatasetFiles } from '../../src/io/loadDataset';

const fixtureText = readFileSync('data/fixtures/small.json', 'utf8');
const respond = (body: BodyInit | null, init?: ResponseInit) => (async () => new Response(body, init)) as typeof fetch;

describe('fetchDataset', () => {
  it('opens a dataset from a web address', async () => {
    const loaded = await fetchDataset('https://maps.example/small.json', { fetchImpl: respond(fixtureText) });
    expect(loaded.ok && loaded.result.ok && loaded.result.dataset.id).toBe('harbour-dispute');
  });

  it('refuses addresses that are not http or https', async () => {
    for (const address of ['javascript:alert(1)', 'data:application/json,{}', 'file:///etc/passwd']) {
      expect(await fetchDataset(address, { fetchImpl: respond(fixtureText) })).toEqual({
        ok: false,
        name: address,
        message: 'is not an http or https address; stancemap fetches datasets from the web only.',
      });
    }
  });

  it('fetches from another site over https only', async () => {
    expect(await fetchDataset('http://maps.example/small.json', { fetchImpl: respond(fixtureText), base: 'https://stancemap.example/' })).toEqual({
      ok: false,
      name: 'http://maps.example/small.json',
      message: 'is a plain http address on another site; stancemap fetches datasets from other sites over https only.',
    });
    const sameSite = await fetchDataset('/data/small.json', { fetchImpl: respond(fixtureText), base: 'http://localhost:4173/' });
    expect(sameSite.ok && sameSite.name).toBe('http://localhost:4173/data/small.json');
  });

  it('says what the server answered', async () => {
    expect(await fetchDataset('https://maps.example/missing.json', { fetchImpl: respond('nope', { status: 404, statusText: 'Not Found' }) })).toEqual({
      ok: false,
      name: 'https://maps.example/missing.json',
      message: 'could not be opened: the server answered 404 Not Found.',
    });
  });

  it('stops at the size limit, declared or read', async () => {
    const declared = await fetchDataset('https://maps.example/big.json', { fetchImpl: respond('{}', { headers: { 'content-length': String(MAX_DATASET_BYTES + 1) } }) });
    expect(declared).toMatchObject({ ok: false, message: 'is 10.0 MB; stancemap opens datasets of up to 10.0 MB.' });
    const undeclared = await fetchDataset('https://maps.example/big.json', { fetchImpl: respond('x'.repeat(MAX_DATASET_BYTES + 10)) });
    expect(undeclared).toMatchObject({ ok: false, message: 'is 10.0 MB; stancemap opens datasets of up to 10.0 MB.' });
  });

  it('gives up after the timeout', async () => {
    const never = ((_url: string, init?: RequestInit) =>
      new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))))) as typeof fetch;
    expect(await fetchDataset('https://slow.example/a.json', { fetchImpl: never, timeoutMs: 20 })).toMatchObject({ ok: false, message: 'did not answer within 0 seconds.' });
  });

  it('explains a network or CORS failure', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const loaded = await fetchDataset('https://other.example/a.json', { fetchImpl: failing });
    expect(loaded).toMatchObject({ ok: false });
    expect(!loaded.ok && loaded.message).toContain('Access-Control-Allow-Origin');
  });

  it('hands broken JSON to the validator, which names line and column', async () => {
    const loaded = await fetchDataset('https://maps.example/broken.json', { fetchImpl: respond('{\n  "schemaVersion": 1,,\n}') });
    expect(loaded.ok && !loaded.result.ok && loaded.result.errors[0]!.message).toMatch(/^is not valid JSON: the text breaks off at line 2, column 22 /);
  });
});

describe('readDatasetFiles', () => {
  it('reads one JSON file and refuses anything else with a reason', async () => {
    const ok = await readDatasetFiles([new File([fixtureText], 'small.json', { type: 'application/json' })]);
    expect(ok.ok && ok.result.ok).toBe(true);
    expect(await readDatasetFiles([new File(['x'], 'notes.docx')])).toEqual({ ok: false, name: 'notes.docx', message: 'cannot be opened: stancemap opens one .json dataset, or a spreadsheet pair (actors.csv and relations.csv) with the article as a .txt file and, optionally, its article.json.' });
    expect(await readDatasetFiles([])).toMatchObject({ ok: false, message: 'holds no file.' });
  });
});
