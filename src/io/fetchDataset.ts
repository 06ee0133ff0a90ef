/**
 * Getting a dataset's text from a web address (`?data=`), with a size limit and a timeout. Every
 * failure says which source failed and why, in words; nothing here trusts what it reads
 * (parseDataset does that). Files and drops are loadDataset.ts's: embed.html, which opens only
 * addresses, imports this module alone and so carries no spreadsheet import, not even its loader.
 */
import type { ParseResult } from '../model/parseDataset';
import { checkDatasetAddress } from './datasetAddress';
import { validatorMissing } from './loadValidator';
import { parseDatasetTextOffMainThread } from './parseOffMainThread';

export const MAX_DATASET_BYTES = 10 * 1024 * 1024;
export const FETCH_TIMEOUT_MS = 15_000;

export type LoadResult = { ok: true; name: string; text: string; result: ParseResult } | { ok: false; name: string; message: string };

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
export const tooLarge = (name: string, bytes: number): LoadResult => ({
  ok: false,
  name,
  message: `is ${megabytes(bytes)}; stancemap opens datasets of up to ${megabytes(MAX_DATASET_BYTES)}.`,
});

export async function loadText(name: string, text: string): Promise<LoadResult> {
  try {
    return { ok: true, name, text, result: await parseDatasetTextOffMainThread(text) };
  } catch (cause) {
    return { ok: false, name, message: validatorMissing(cause) };
  }
}

/**
 * Fetches a dataset from this site or from another over https, with a size limit (counted on the
 * bytes as they arrive) and a timeout.
 * @example await fetchDataset('https://maps.example/data/my-article.json')
 */
export async function fetchDataset(address: string, { fetchImpl = fetch, timeoutMs = FETCH_TIMEOUT_MS, base = globalThis.location?.href } = {}): Promise<LoadResult> {
  const checked = checkDatasetAddress(address, base);
  if (!checked.ok) return checked;
  const { url } = checked;
  const name = url.href;
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
