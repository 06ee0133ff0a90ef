/**
 * Getting a dataset's text from a web address (`?data=`), with a size limit and a timeout. Every
 * failure says which source failed and why, in words; nothing here trusts what it reads
 * (parseDataset does that). Files and drops are loadDataset.ts's: embed.html, which opens only
 * addresses, imports this module alone and so carries no spreadsheet import, not even its loader.
 */
import { interfaceLocale, t, tn } from '../i18n/translate';
import type { ParseResult } from '../model/parseDataset';
import { checkDatasetAddress } from './datasetAddress';
import { validatorMissing } from './loadValidator';
import { cancelledOpening as cancelled } from './cancelledOpening';
import type { OpeningOptions } from './openingProgress';
import { OFF_MAIN_THREAD_CHARACTERS, OpeningCancelled, parseDatasetTextOffMainThread, warmParseWorker } from './parseOffMainThread';

// Stryker disable next-line ArithmeticOperator: read once as the module loads, before any mutant is switched on; tests/io/loadDataset.test.ts refuses 10 MB + 1 byte and fails when this is changed by hand
export const MAX_DATASET_BYTES = 10 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 15_000;

export type LoadResult = { ok: true; name: string; text: string; result: ParseResult } | { ok: false; name: string; message: string; cancelled?: true };

// One decimal and no grouping, as toFixed(1) writes it in English: 10.0.
const megabytes = (bytes: number) => (bytes / 1024 / 1024).toLocaleString(interfaceLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1, useGrouping: false });
export const tooLarge = (name: string, bytes: number): LoadResult => ({
  ok: false,
  name,
  message: t('is {size} MB; stancemap opens datasets of up to {limit} MB.', { size: megabytes(bytes), limit: megabytes(MAX_DATASET_BYTES) }),
});

export async function loadText(name: string, text: string, opening: OpeningOptions = {}): Promise<LoadResult> {
  try {
    return { ok: true, name, text, result: await parseDatasetTextOffMainThread(text, opening) };
  } catch (cause) {
    if (cause instanceof OpeningCancelled) return cancelled(name);
    return { ok: false, name, message: validatorMissing(cause) };
  }
}

/** A download the first-frame script started (src/app/firstFrame/prefetchDataset.ts), kept on the window. */
export interface DatasetPrefetch {
  href: string;
  response: Promise<Response>;
  controller: AbortController;
}

// prefetchDataset.ts's key, written again: that file is the first-frame script's, which nothing may share.
// Stryker disable next-line StringLiteral: read once as the module loads; the prefetch test in tests/io/loadDataset.test.ts fails when this is emptied by hand
const PREFETCH_KEY = '__stancemapDatasetPrefetch';

/** The download the first-frame script started for this address, once: later fetches go to the network. */
function takePrefetchedDataset(href: string): DatasetPrefetch | undefined {
  const holder = globalThis as unknown as Record<string, DatasetPrefetch | undefined>;
  const prefetch = holder[PREFETCH_KEY];
  if (!prefetch || prefetch.href !== href) return undefined;
  delete holder[PREFETCH_KEY];
  return prefetch;
}

/**
 * Fetches a dataset from this site or from another over https, with a size limit (counted on the
 * bytes as they arrive) and a timeout.
 * @example await fetchDataset('https://maps.example/data/my-article.json')
 */
export async function fetchDataset(
  address: string,
  { fetchImpl = fetch, timeoutMs = FETCH_TIMEOUT_MS, base = globalThis.location?.href, onProgress, signal }: { fetchImpl?: typeof fetch; timeoutMs?: number; base?: string } & OpeningOptions = {},
): Promise<LoadResult> {
  const checked = checkDatasetAddress(address, base);
  if (!checked.ok) return checked;
  const { url } = checked;
  const name = url.href;
  if (signal?.aborted) return cancelled(name);
  // The first-frame script may have started this very download; the default fetch only (tests pass their own).
  const early = fetchImpl === fetch ? takePrefetchedDataset(url.href) : undefined;
  const controller = early?.controller ?? new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  const cancel = () => controller.abort();
  // Stryker disable next-line ObjectLiteral,BooleanLiteral: an abort signal fires once whatever the option
  signal?.addEventListener('abort', cancel, { once: true });
  try {
    onProgress?.({ stage: 'downloading' });
    const response = await (early?.response ?? fetchImpl(url.href, { signal: controller.signal, mode: 'cors', credentials: 'omit' }));
    if (!response.ok) return { ok: false, name, message: t('could not be opened: the server answered {status}.', { status: response.statusText ? `${response.status} ${response.statusText}` : String(response.status) }) };
    const declared = Number(response.headers.get('content-length'));
    if (declared > MAX_DATASET_BYTES) return tooLarge(name, declared);
    // Stryker disable next-line ConditionalExpression,EqualityOperator: starting the worker early changes only how soon it checks
    if (declared >= OFF_MAIN_THREAD_CHARACTERS) warmParseWorker();
    const text = await readLimited(response, name, (loaded) => onProgress?.({ stage: 'downloading', loaded, ...(declared > 0 ? { total: declared } : {}) }));
    // The timeout is the server's: checking a large file may take longer.
    clearTimeout(timer);
    return typeof text === 'string' ? await loadText(name, text, { ...(onProgress ? { onProgress } : {}), ...(signal ? { signal } : {}) }) : text;
  } catch (cause) {
    if (signal?.aborted) return cancelled(name);
    if (controller.signal.aborted) return { ok: false, name, message: tn(Math.round(timeoutMs / 1000), 'did not answer within {count} second.', 'did not answer within {count} seconds.') };
    return {
      ok: false,
      name,
      message: t('could not be fetched ({reason}): the server may be unreachable, or it does not let other sites read the file (it must send the CORS header Access-Control-Allow-Origin).', {
        reason: cause instanceof Error ? cause.message : String(cause),
      }),
    };
  } finally {
    clearTimeout(timer);
    // Stryker disable next-line StringLiteral: a reader's abort after the end aborts a finished download, which does nothing
    signal?.removeEventListener('abort', cancel);
  }
}

async function readLimited(response: Response, name: string, onBytes: (loaded: number) => void): Promise<string | LoadResult> {
  if (!response.body) {
    const text = await response.text();
    return text.length > MAX_DATASET_BYTES ? tooLarge(name, text.length) : text;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > MAX_DATASET_BYTES) {
      await reader.cancel();
      return tooLarge(name, size);
    }
    chunks.push(value);
    onBytes(size);
  }
  return new TextDecoder().decode(concat(chunks, size));
}

function concat(chunks: Uint8Array[], size: number): Uint8Array {
  const all = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return all;
}
