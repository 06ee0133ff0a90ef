import { readdirSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { generateGraph } from '../../scripts/bench/generateGraph';
import { OFF_MAIN_THREAD_CHARACTERS, parseDatasetTextOffMainThread, type ParseWorkerMessage, type ParseWorkerRequest } from '../../src/io/parseOffMainThread';
import { migrateDataset } from '../../src/model/migrateDataset';
import { parseDatasetText } from '../../src/model/parseDataset';

const texts: [string, string][] = [
  ['the bundled dataset', readFileSync('data/russia-poach-rebels-2016.json', 'utf8')],
  ...readdirSync('data/fixtures').map((file): [string, string] => [file, readFileSync(`data/fixtures/${file}`, 'utf8')]),
];

// The page does not get the dataset back from the parse worker, only what the check found: it
// takes the text it parsed itself. That is right only if a check adds and changes no value.
describe('the dataset a check accepts', () => {
  it.each(texts)('is its text’s JSON, in the format’s version: %s', (_name, text) => {
    const result = parseDatasetText(text);
    expect(result.ok).toBe(true);
    const migrated = migrateDataset(JSON.parse(text));
    expect(migrated.ok && migrated.dataset).toStrictEqual(result.ok && result.dataset);
  });

  it('is its text’s JSON with its unknown fields, empty lists and absent optional fields too', () => {
    const data = JSON.parse(readFileSync('data/fixtures/small.json', 'utf8'));
    data.notes = { kept: [1, 'two', null] };
    data.actors[0].aliases = [];
    delete data.actors[0].wikidataId;
    data.relations[0].stanse = 'offer';
    const result = parseDatasetText(JSON.stringify(data));
    expect(result.ok && result.dataset).toStrictEqual(data);
    expect(result.warnings.length).toBeGreaterThan(0);
  });
});

/** A worker that runs parseWorker.ts's side here, posting its messages back as the real one does. */
class WorkerHere {
  onmessage: ((event: MessageEvent<ParseWorkerMessage>) => void) | null = null;
  onerror: ((event: ErrorEvent) => void) | null = null;
  sent: ParseWorkerMessage[] = [];
  postMessage({ text }: ParseWorkerRequest) {
    const say = (message: ParseWorkerMessage) => {
      this.sent.push(message);
      queueMicrotask(() => this.onmessage?.({ data: message } as MessageEvent<ParseWorkerMessage>));
    };
    const result = parseDatasetText(text, (stage) => say({ type: 'stage', stage }));
    if (!result.ok) return say({ type: 'result', result });
    const { dataset: _dataset, ...checked } = result;
    say({ type: 'result', result: checked });
  }
  terminate() {}
}

describe('a large dataset checked in the worker', () => {
  beforeEach(() => {
    // The test run reads the app's flags as text: "false" would read as a one-file page, which parses here.
    vi.stubEnv('SINGLE_FILE', '');
  });
  afterEach(() => {
    vi.unstubAllGlobals();
    vi.unstubAllEnvs();
  });

  it('arrives as if checked here: the page’s own parse of the text, with the worker’s issues and anchors', async () => {
    const workers: WorkerHere[] = [];
    vi.stubGlobal(
      'Worker',
      class extends WorkerHere {
        constructor() {
          super();
          workers.push(this);
        }
      },
    );
    const dataset = generateGraph({ actors: 2000, text: 'per-item' });
    // A field the format does not know, so the issues are not empty.
    const text = JSON.stringify({ ...dataset, notes: 'kept' });
    expect(text.length).toBeGreaterThan(OFF_MAIN_THREAD_CHARACTERS);
    const stages: string[] = [];
    const result = await parseDatasetTextOffMainThread(text, { onProgress: ({ stage }) => stages.push(stage) });

    expect(workers).toHaveLength(1);
    const reply = workers[0]!.sent.at(-1)!;
    expect(reply.type === 'result' && 'dataset' in reply.result).toBe(false);
    expect(stages).toEqual(['reading', 'checking']);
    const here = parseDatasetText(text);
    expect(result.ok && result.warnings.length).toBe(1);
    expect(result).toStrictEqual(here);
  });

  it('passes a refused dataset’s errors on as the worker found them', async () => {
    vi.stubGlobal('Worker', WorkerHere);
    const text = JSON.stringify({ ...generateGraph({ actors: 2000, text: 'per-item' }), schemaVersion: 99 });
    const result = await parseDatasetTextOffMainThread(text);
    expect(result.ok).toBe(false);
    expect(result).toStrictEqual(parseDatasetText(text));
  });
});
