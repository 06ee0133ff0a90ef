/**
 * Getting a dataset's text from where the reader points: files from the picker or a drop, and
 * web addresses (`?data=`, fetchDataset.ts). Every failure says which source failed and why, in
 * words; nothing here trusts what it reads (parseDataset does that).
 */
import { t } from '../i18n/translate';
import { loadText, MAX_DATASET_BYTES, tooLarge, type LoadResult } from './fetchDataset';
import type { OpeningOptions } from './openingProgress';

// The explorer opens both kinds of source, so it finds them all here.
export { fetchDataset, FETCH_TIMEOUT_MS, loadText, MAX_DATASET_BYTES, type LoadResult } from './fetchDataset';

/**
 * Reads what the reader picked or dropped: one .json dataset, or a spreadsheet pair
 * (actors.csv and relations.csv) with the article as .txt, and optionally its article.json.
 */
export async function readDatasetFiles(files: readonly File[], opening: OpeningOptions = {}): Promise<LoadResult> {
  const names = files.map((file) => file.name).join(', ') || t('The dropped item');
  if (files.length === 0) return { ok: false, name: names, message: t('holds no file.') };
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
      return { ok: false, name: names, message: t('could not be read ({reason}).', { reason: cause instanceof Error ? cause.message : String(cause) }) };
    }
  }
  if (json.length === 1 && files.length === 1) {
    const [file] = json as [File];
    try {
      opening.onProgress?.({ stage: 'reading' });
      return await loadText(file.name, await readFileText(file), opening);
    } catch (cause) {
      return { ok: false, name: file.name, message: t('could not be read ({reason}).', { reason: cause instanceof Error ? cause.message : String(cause) }) };
    }
  }
  return {
    ok: false,
    name: names,
    message: t('cannot be opened: stancemap opens one .json dataset, or a spreadsheet pair (actors.csv and relations.csv) with the article as a .txt file and, optionally, its article.json.'),
  };
}

/** A file's text, through FileReader where Blob.text() is missing (older browsers, jsdom). */
function readFileText(file: Blob): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error(t('the file could not be read')));
    reader.readAsText(file);
  });
}
