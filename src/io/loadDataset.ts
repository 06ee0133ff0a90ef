/**
 * Getting a dataset's text from where the reader points: a web address (`?data=`), files from
 * the picker or a drop, or the browser's list of recent datasets. Every failure says which
 * source failed and why, in words; nothing here trusts what it reads (parseDataset does that).
 */
import type { ParseResult } from '../model/parseDataset';
import { parseDatasetTextOffMainThread } from './parseOffMainThread';

export const MAX_DATASET_BYTES = 10 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 15_000;

export type LoadResult = { ok: true; name: string; text: string; result: ParseResult } | { ok: false; name: string; message: string };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const tooLarge = (name: string, bytes: number): LoadResult => ({
  ok: false,
  name,
  message: `is ${megabytes(bytes)}; stancemap opens datasets of up to ${megabytes(MAX_DATASET_BYTES)}.`,
});

export async function loadText(name: string, text: string): Promise<LoadResult> {
  return { ok: true, name, text, result: await parseDatasetTextOffMainThread(text) };
}

/**
 * Fetches a dataset from this site or from another over https, with a size limit (counted on the
 * bytes as they arrive) and a timeout.
 * @example await fetchDataset('https://maps.example/data/my-article.json')
 */
export async function fetchDataset(address: string, { fetchImpl = fetch, timeoutMs = FETCH_TIMEOUT_MS, base = globalThis.location?.href } = {}): Promise<LoadResult> {
  let url: URL;
  try {
    url = new URL(address, base);
  } catch {
    return { ok: false, name: address, message: 'is not a web address.' };
  }
  const name = url.href;
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { ok: false, name, message: 'is not an http or https address; stancemap fetches datasets from the web only.' };
  const sameOrigin = base !== undefined && new URL(base).origin === url.origin;
  if (url.protocol === 'http:' && !sameOrigin) return { ok: false, name, message: 'is a plain http address on another site; stancemap fetches datasets from other sites over https only.' };
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetchImpl(url.href, { signal: controller.signal, mode: 'cors', credentials: 'omit' });
    if (!response.ok) return { ok: false, name, message: `could not be opened: the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}.` };
    const declared = Number(response.headers.get('content-length'));
    if (declared > MAX_DATASET_BYTES) return tooLarge(name, declared);
    const text = await readLimited(response, name);
    return typeof text === 'string' ? loadText(name, text) : text;
  } catch (cause) {
    if (controller.signal.aborted) return { ok: false, name, message: `did not answer within ${Math.round(timeoutMs / 1000)} seconds.` };
    return {
      ok: false,
      name,
      message: `could not be fetched (${cause instanceof Error ? cause.message : String(cause)}): the server may be unreachable, or it does not let other sites read the file (it must send the CORS header Access-Control-Allow-Origin).`,
    };
  } finally {
    clearTimeout(timer);
  }
}

async function readLimited(response: Response, name: string): Promise<string | LoadResult> {
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

/**
 * Reads what the reader picked or dropped: one .json dataset, or a spreadsheet pair
 * (actors.csv and relations.csv) with the article as .txt, and optionally its article.json.
 */
export async function readDatasetFiles(files: readonly File[]): Promise<LoadResult> {
  const names = files.map((file) => file.name).join(', ') || 'The dropped item';
  if (files.length === 0) return { ok: false, name: names, message: 'holds no file.' };
  const total = files.reduce((sum, file) => sum + file.size, 0);
  if (total > MAX_DATASET_BYTES) return tooLarge(names, total);
  const json = files.filter((file) => /\.json$/i.test(file.name));
  const csv = files.filter((file) => /\.(csv|tsv)$/i.test(file.name));
  const text = files.filter((file) => /\.txt$/i.test(file.name));
  if (csv.length === 2 && text.length === 1 && json.length <= 1 && files.length === 3 + json.length) {
    try {
      const read = async (file: File) => ({ name: file.name, text: await readFileText(file) });
      const [first, second, article] = await Promise.all([read(csv[0]!), read(csv[1]!), read(text[0]!)]);
      const meta = json[0] ? await read(json[0]) : undefined;
      // The spreadsheet reader (papaparse and the column rules) loads only when spreadsheets arrive.
      const { importCsvFiles } = await import('../model/formats/importCsvFiles');
      const result = importCsvFiles({ csv: [first!, second!], article: article!, ...(meta ? { meta } : {}) });
      return { ok: true, name: names, text: result.ok ? JSON.stringify(result.dataset) : '', result };
    } catch (cause) {
      return { ok: false, name: names, message: `could not be read (${cause instanceof Error ? cause.message : String(cause)}).` };
    }
  }
  if (json.length === 1 && files.length === 1) {
    const [file] = json as [File];
    if (file.size > MAX_DATASET_BYTES) return tooLarge(file.name, file.size);
    try {
      return loadText(file.name, await readFileText(file));
    } catch (cause) {
      return { ok: false, name: file.name, message: `could not be read (${cause instanceof Error ? cause.message : String(cause)}).` };
    }
  }
  return {
    ok: false,
    name: names,
    message: 'cannot be opened: stancemap opens one .json dataset, or a spreadsheet pair (actors.csv and relations.csv) with the article as a .txt file and, optionally, its article.json.',
  };
}

/** A file's text, through FileReader where Blob.text() is missing (older browsers, jsdom). */
function readFileText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsText(file);
  });
}
