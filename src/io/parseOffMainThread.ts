import type { ParseResult } from '../model/parseDataset';
import { loadValidator } from './loadValidator';

/** Above this many characters a dataset is parsed in a worker; below, the round trip costs more than it saves. */
export const OFF_MAIN_THREAD_CHARACTERS = 1_000_000;

/**
 * Parses and validates a dataset's text, off the main thread when it is large. Where workers
 * cannot start (a page opened from disk, a sandboxed frame), it parses here instead.
 */
export function parseDatasetTextOffMainThread(text: string): Promise<ParseResult> {
  const parseHere = () => loadValidator().then(({ parseDatasetText }) => parseDatasetText(text));
  if (import.meta.env.SINGLE_FILE || text.length < OFF_MAIN_THREAD_CHARACTERS || typeof Worker === 'undefined') return parseHere();
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./parseWorker.ts', import.meta.url), { type: 'module' });
    } catch {
      return resolve(parseHere());
    }
    worker.onmessage = (event: MessageEvent<ParseResult>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(parseHere());
    };
    worker.postMessage(text);
  });
}
