import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchDataset, MAX_DATASET_BYTES, readDatasetFiles } from '../../src/io/loadDataset';
import { exportCsvFiles } from '../../src/model/formats/exportCsv';
import type { ImportIssue } from '../../src/model/formats/importCsv';
import { parseFixture } from '../fixtures';

const fixtureText = readFileSync('data/fixtures/small.json', 'utf8');
const respond = (body: BodyInit | null, init?: ResponseInit) => (async () => new Response(body, init)) as typeof fetch;
/** A server that never answers: the fetch ends only when it is aborted. */
const silentServer = ((_url: string, init?: RequestInit) => new Promise((_resolve, reject) => init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))))) as typeof fetch;
/** A dataset of exactly `size` characters. */
const padded = (size: number) => `{"title":"${'x'.repeat(size - 12)}"}`;
/** The small fixture as the app exports it for spreadsheets, as files, their names as `rename` makes them. */
const spreadsheetFiles = (rename = (name: string) => name) => exportCsvFiles(parseFixture(JSON.parse(fixtureText))).map(({ name, text }) => new File([text], rename(name)));

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
    expect(await fetchDataset('https://slow.example/a.json', { fetchImpl: silentServer, timeoutMs: 20 })).toMatchObject({ ok: false, message: 'did not answer within 0 seconds.' });
  });

  it('explains a network or CORS failure', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof fetch;
    const loaded = await fetchDataset('https://other.example/a.json', { fetchImpl: failing });
    expect(loaded).toMatchObject({ ok: false });
    expect(!loaded.ok && loaded.message).toContain('Access-Control-Allow-Origin');
    expect(!loaded.ok && loaded.message).toContain('could not be fetched (Failed to fetch)');
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
    expect(await readDatasetFiles([])).toEqual({ ok: false, name: 'The dropped item', message: 'holds no file.' });
  });

  it('names every file of a choice it cannot open, and counts their sizes together', async () => {
    const refused = await readDatasetFiles([new File(['{}'], 'a.json'), new File(['{}'], 'b.json')]);
    expect(refused).toMatchObject({ ok: false, name: 'a.json, b.json' });
    // Two files of 6 MB: each within the limit, together over it.
    const sixMegabytes = 'x'.repeat(6 * 1024 * 1024);
    expect(await readDatasetFiles([new File([sixMegabytes], 'actors.csv'), new File([sixMegabytes], 'relations.csv'), new File(['text'], 'article.txt')])).toEqual({
      ok: false,
      name: 'actors.csv, relations.csv, article.txt',
      message: 'is 12.0 MB; stancemap opens datasets of up to 10.0 MB.',
    });
  });

  it('takes a file for JSON by its name’s ending only', async () => {
    expect(await readDatasetFiles([new File([fixtureText], 'small.json.bak')])).toMatchObject({ ok: false, name: 'small.json.bak', message: expect.stringMatching(/^cannot be opened/) });
    const upper = await readDatasetFiles([new File([fixtureText], 'SMALL.JSON')]);
    expect(upper.ok && upper.result.ok).toBe(true);
  });

  it('reads a spreadsheet pair with the article and its article.json, and refuses a pair without the article', async () => {
    const files = spreadsheetFiles();
    const read = await readDatasetFiles(files);
    expect(read.ok && read.name).toBe('actors.csv, relations.csv, article.txt, article.json');
    expect(read.ok && read.result.ok && read.result.dataset.relations.length).toBe(JSON.parse(fixtureText).relations.length);
    expect(await readDatasetFiles(files.slice(0, 2))).toMatchObject({ ok: false, message: expect.stringMatching(/^cannot be opened/) });
  });
});

describe('readDatasetFiles, which files make a dataset', () => {
  const file = (name: string, text = 'x') => new File([text], name);
  const refusal = expect.stringMatching(/^cannot be opened: stancemap opens one \.json dataset, or a spreadsheet pair/);

  it('refuses every other choice of files with the same explanation, without reading them', async () => {
    const choices = [
      ['actors.csv', 'article.txt', 'notes.docx'],
      ['actors.csv', 'relations.csv', 'article.txt', 'notes.txt'],
      ['actors.csv', 'relations.csv', 'article.txt', 'notes.docx'],
      ['actors.csv', 'relations.csv', 'article.txt', 'article.json', 'other.json'],
      ['actors.csv.bak', 'relations.csv', 'article.txt'],
      ['actors.csv', 'relations.csv', 'article.txt.bak'],
      ['dataset.json', 'notes.docx'],
    ];
    for (const names of choices) {
      expect(await readDatasetFiles(names.map((name) => file(name))), names.join(', ')).toEqual({ ok: false, name: names.join(', '), message: refusal });
    }
    expect.assertions(choices.length);
  });

  it('reads a spreadsheet pair that does not import, and gives its problems at their files, with no dataset text', async () => {
    const files = spreadsheetFiles().map((file) => (file.name === 'article.txt' ? new File([''], 'article.txt') : file));
    const read = await readDatasetFiles(files);
    expect(read.ok && read.text).toBe('');
    expect(read.ok && !read.result.ok && read.result.errors.map((error) => [(error as ImportIssue).location?.file, error.message])).toEqual([
      ['article.txt', 'has no paragraphs: write the article’s body, paragraphs separated by blank lines.'],
    ]);
  });

  it('takes a spreadsheet pair by its names’ endings, in any case', async () => {
    const files = spreadsheetFiles((name) => name.toUpperCase());
    const read = await readDatasetFiles(files);
    expect(read.ok && read.name).toBe('ACTORS.CSV, RELATIONS.CSV, ARTICLE.TXT, ARTICLE.JSON');
    expect(read.ok && read.result.ok && read.result.dataset.actors.length).toBe(JSON.parse(fixtureText).actors.length);
  });

  it('opens a file of exactly the size limit, and refuses one byte more', async () => {
    const exactly = await readDatasetFiles([file('big.json', padded(MAX_DATASET_BYTES))]);
    expect(exactly.ok && exactly.text.length).toBe(MAX_DATASET_BYTES);
    expect(await readDatasetFiles([file('big.json', padded(MAX_DATASET_BYTES + 1))])).toEqual({ ok: false, name: 'big.json', message: 'is 10.0 MB; stancemap opens datasets of up to 10.0 MB.' });
  });

  it('says why a file could not be read, naming it', async () => {
    const unreadable = file('small.json');
    unreadable.text = () => Promise.reject(new DOMException('The file was changed after it was chosen.', 'NotReadableError'));
    expect(await readDatasetFiles([unreadable])).toEqual({ ok: false, name: 'small.json', message: 'could not be read (The file was changed after it was chosen.).' });
    const [actors, relations, article] = spreadsheetFiles();
    article!.text = () => Promise.reject(new Error('the drive was unplugged'));
    expect(await readDatasetFiles([actors!, relations!, article!])).toEqual({ ok: false, name: 'actors.csv, relations.csv, article.txt', message: 'could not be read (the drive was unplugged).' });
  });
});

describe('fetchDataset, byte by byte', () => {
  /** A response whose body arrives in the given pieces, as a network delivers it. */
  const inPieces = (pieces: string[], headers: Record<string, string> = {}) =>
    (async () => {
      const bytes = pieces.map((piece) => new TextEncoder().encode(piece));
      const body = new ReadableStream<Uint8Array>({
        start(controller) {
          for (const chunk of bytes) controller.enqueue(chunk);
          controller.close();
        },
      });
      return new Response(body, { headers });
    }) as typeof fetch;

  it('reads a dataset that arrives in pieces, and tells the bytes so far against the whole', async () => {
    const cut = [fixtureText.slice(0, 1000), fixtureText.slice(1000, 3000), fixtureText.slice(3000)];
    const seen: unknown[] = [];
    const length = String(new TextEncoder().encode(fixtureText).byteLength);
    const loaded = await fetchDataset('https://maps.example/small.json', { fetchImpl: inPieces(cut, { 'content-length': length }), onProgress: (progress) => seen.push(progress) });
    expect(loaded.ok && loaded.text).toBe(fixtureText);
    const bytes = (text: string) => new TextEncoder().encode(text).byteLength;
    expect(seen.slice(0, 4)).toEqual([
      { stage: 'downloading' },
      { stage: 'downloading', loaded: bytes(cut[0]!), total: Number(length) },
      { stage: 'downloading', loaded: bytes(cut[0]! + cut[1]!), total: Number(length) },
      { stage: 'downloading', loaded: Number(length), total: Number(length) },
    ]);
    // Without a declared length there is no whole to tell.
    const undeclared: unknown[] = [];
    await fetchDataset('https://maps.example/small.json', { fetchImpl: inPieces(cut), onProgress: (progress) => undeclared.push(progress) });
    expect(undeclared[1]).toEqual({ stage: 'downloading', loaded: bytes(cut[0]!) });
  });

  it('opens a dataset of exactly the size limit, and refuses one byte more, declared or counted', async () => {
    expect(MAX_DATASET_BYTES).toBe(10 * 1024 * 1024);
    const exactly = await fetchDataset('https://maps.example/big.json', { fetchImpl: inPieces([padded(MAX_DATASET_BYTES)], { 'content-length': String(MAX_DATASET_BYTES) }) });
    expect(exactly.ok && exactly.text.length).toBe(MAX_DATASET_BYTES);
    const over = await fetchDataset('https://maps.example/big.json', { fetchImpl: inPieces([padded(MAX_DATASET_BYTES + 1)]) });
    expect(over).toMatchObject({ ok: false, message: 'is 10.0 MB; stancemap opens datasets of up to 10.0 MB.' });
    const declaredOver = await fetchDataset('https://maps.example/big.json', { fetchImpl: inPieces(['{}'], { 'content-length': String(MAX_DATASET_BYTES + 1) }) });
    expect(declaredOver).toMatchObject({ ok: false, message: 'is 10.0 MB; stancemap opens datasets of up to 10.0 MB.' });
  });

  it('holds a response with no stream to read (as some fetch implementations give) to the same limit', async () => {
    const whole = (text: string) => (async () => ({ ok: true, status: 200, statusText: 'OK', headers: new Headers(), body: null, text: async () => text }) as unknown as Response) as typeof fetch;
    const exactly = await fetchDataset('https://maps.example/big.json', { fetchImpl: whole(padded(MAX_DATASET_BYTES)) });
    expect(exactly.ok && exactly.text.length).toBe(MAX_DATASET_BYTES);
    expect(await fetchDataset('https://maps.example/big.json', { fetchImpl: whole(padded(MAX_DATASET_BYTES + 1)) })).toEqual({
      ok: false,
      name: 'https://maps.example/big.json',
      message: 'is 10.0 MB; stancemap opens datasets of up to 10.0 MB.',
    });
  });

  it('is cancelled by the reader: before it starts, or while the server has not answered', async () => {
    const before = new AbortController();
    before.abort();
    const asked = vi.fn(respond(fixtureText));
    expect(await fetchDataset('https://maps.example/small.json', { fetchImpl: asked, signal: before.signal })).toEqual({ ok: false, name: 'https://maps.example/small.json', message: 'was not opened: opening it was cancelled.', cancelled: true });
    expect(asked).not.toHaveBeenCalled();
    const during = new AbortController();
    const pending = fetchDataset('https://slow.example/a.json', { fetchImpl: silentServer, signal: during.signal, timeoutMs: 60_000 });
    during.abort();
    expect(await pending).toMatchObject({ ok: false, cancelled: true, message: 'was not opened: opening it was cancelled.' });
  });

  it('says one second, or several, when the server did not answer', async () => {
    expect(await fetchDataset('https://slow.example/a.json', { fetchImpl: silentServer, timeoutMs: 1000 })).toMatchObject({ message: 'did not answer within 1 second.' });
  });
});

describe('fetchDataset, from the address to the checked map', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.useRealTimers();
    delete (globalThis as Record<string, unknown>).__stancemapDatasetPrefetch;
  });

  it('says when what was given is not a web address at all', async () => {
    expect(await fetchDataset('http://[not an address', { fetchImpl: respond(fixtureText) })).toEqual({ ok: false, name: 'http://[not an address', message: 'is not a web address.' });
  });

  it('gives a declared size of gigabytes in plain figures', async () => {
    const huge = await fetchDataset('https://maps.example/huge.json', { fetchImpl: respond('{}', { headers: { 'content-length': String(2 * 1024 * 1024 * 1024) } }) });
    expect(huge).toMatchObject({ ok: false, message: 'is 2048.0 MB; stancemap opens datasets of up to 10.0 MB.' });
  });

  it('tells each stage, from the bytes to the checking, in order', async () => {
    const stages: string[] = [];
    await fetchDataset('https://maps.example/small.json', { fetchImpl: respond(fixtureText), onProgress: ({ stage }) => stages.push(stage) });
    expect([...new Set(stages)]).toEqual(['downloading', 'reading', 'checking']);
  });

  it('is cancelled by the reader once the bytes have come: the dataset is not checked', async () => {
    const reader = new AbortController();
    const stages: string[] = [];
    const onProgress = ({ stage, loaded }: { stage: string; loaded?: number }) => {
      stages.push(stage);
      if (loaded !== undefined) reader.abort();
    };
    expect(await fetchDataset('https://maps.example/small.json', { fetchImpl: respond(fixtureText), signal: reader.signal, onProgress })).toEqual({
      ok: false,
      name: 'https://maps.example/small.json',
      message: 'was not opened: opening it was cancelled.',
      cancelled: true,
    });
    expect(stages).not.toContain('checking');
  });

  it('leaves no timer behind, whatever the server answered', async () => {
    vi.useFakeTimers();
    await fetchDataset('https://maps.example/missing.json', { fetchImpl: respond('nope', { status: 404 }) });
    await fetchDataset('https://maps.example/small.json', { fetchImpl: respond(fixtureText) });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('takes over the download the first frame started for the same address, once', async () => {
    const network = vi.fn(respond(fixtureText));
    vi.stubGlobal('fetch', network);
    const prefetch = { href: 'https://maps.example/small.json', response: Promise.resolve(new Response(fixtureText)), controller: new AbortController() };
    (globalThis as Record<string, unknown>).__stancemapDatasetPrefetch = prefetch;
    const first = await fetchDataset('https://maps.example/small.json');
    expect(first.ok && first.result.ok && first.result.dataset.id).toBe('harbour-dispute');
    expect(network).not.toHaveBeenCalled();
    // Opened again later (a reload of the dataset), it is fetched anew.
    await fetchDataset('https://maps.example/small.json');
    expect(network).toHaveBeenCalledTimes(1);
  });

  it('fetches anew when the first frame started another address, or when given its own fetch', async () => {
    const network = vi.fn(respond(fixtureText));
    vi.stubGlobal('fetch', network);
    const elsewhere = { href: 'https://maps.example/other.json', response: Promise.resolve(new Response('{}')), controller: new AbortController() };
    (globalThis as Record<string, unknown>).__stancemapDatasetPrefetch = elsewhere;
    const read = await fetchDataset('https://maps.example/small.json');
    expect(read.ok && read.result.ok).toBe(true);
    expect(network).toHaveBeenCalledTimes(1);
    const own = vi.fn(respond(fixtureText));
    (globalThis as Record<string, unknown>).__stancemapDatasetPrefetch = { ...elsewhere, href: 'https://maps.example/small.json' };
    await fetchDataset('https://maps.example/small.json', { fetchImpl: own });
    expect(own).toHaveBeenCalledTimes(1);
  });
});

