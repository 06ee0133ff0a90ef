import { interfaceCatalogue } from '../i18n/translate';
import type { Dataset } from '../model/datasetSchema';
import { migrateDataset } from '../model/migrateDataset';
import type { ParseResult } from '../model/parseDataset';
import { loadValidator } from './loadValidator';
import type { OpeningOptions, OpeningStage } from './openingProgress';

/** Above this many characters a dataset is parsed in a worker; below, the round trip costs more than it saves. */
export const OFF_MAIN_THREAD_CHARACTERS = 1_000_000;

/** What the parse worker is given: the text, and the interface's language to tell its problems in. */
export type ParseWorkerRequest = { text: string } & ReturnType<typeof interfaceCatalogue>;

type Accepted = Extract<ParseResult, { ok: true }>;
/** A check's result as the worker sends it: an accepted dataset's issues and anchors, without the dataset. */
export type CheckedText = Exclude<ParseResult, Accepted> | Omit<Accepted, 'dataset'>;

/** What the parse worker says: the stage it starts, then the result. */
export type ParseWorkerMessage = { type: 'stage'; stage: OpeningStage } | { type: 'result'; result: CheckedText };

/** Thrown (as a rejection) when the reader cancels opening. */
export class OpeningCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'OpeningCancelled';
  }
}

const startWorker = () => new Worker(new URL('./parseWorker.ts', import.meta.url), { type: 'module' });
let warmWorker: Worker | null = null;

/**
 * Starts the parse worker ahead of the text it will parse (a large download has begun), so
 * loading its script overlaps the download. The next large parse takes it.
 */
export function warmParseWorker(): void {
  if (import.meta.env.SINGLE_FILE || typeof Worker === 'undefined' || warmWorker) return;
  try {
    warmWorker = startWorker();
  } catch {
    warmWorker = null;
  }
}

/**
 * Parses and validates a dataset's text, off the main thread when it is large, telling each
 * stage as it starts. Where workers cannot start (a page opened from disk, a sandboxed frame),
 * it parses here instead. A cancel ends the worker at once.
 */
export function parseDatasetTextOffMainThread(text: string, { onProgress, signal }: OpeningOptions = {}): Promise<ParseResult> {
  if (signal?.aborted) return Promise.reject(new OpeningCancelled());
  const parseHere = () => loadValidator().then(({ parseDatasetText }) => parseDatasetText(text, (stage) => onProgress?.({ stage })));
  if (import.meta.env.SINGLE_FILE || text.length < OFF_MAIN_THREAD_CHARACTERS || typeof Worker === 'undefined') return parseHere();
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = warmWorker ?? startWorker();
      warmWorker = null;
    } catch {
      return resolve(parseHere());
    }
    const cancel = () => {
      worker.terminate();
      reject(new OpeningCancelled());
    };
    signal?.addEventListener('abort', cancel, { once: true });
    const finish = () => {
      signal?.removeEventListener('abort', cancel);
      worker.terminate();
    };
    worker.postMessage({ text, ...interfaceCatalogue() } satisfies ParseWorkerRequest);
    // Parsed here while the worker checks it: copying the checked dataset back would cost more
    // (2,000 actors on two cores: 70 ms in the worker and 60 ms on the page, against 30 ms here).
    const parsedHere = parseJson(text);
    worker.onmessage = (event: MessageEvent<ParseWorkerMessage>) => {
      if (event.data.type === 'stage') return onProgress?.({ stage: event.data.stage });
      finish();
      const checked = event.data.result;
      // The dataset a check accepts is its text's JSON brought to this format version: the schema
      // adds and changes no value (tests/io/parseOffMainThread.test.ts holds it to that).
      if (checked.ok && parsedHere !== undefined) {
        const migrated = migrateDataset(parsedHere as Record<string, unknown>);
        if (migrated.ok) return resolve({ ...checked, dataset: migrated.dataset as Dataset });
      }
      resolve(checked.ok ? parseHere() : checked);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      finish();
      resolve(parseHere());
    };
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
}
