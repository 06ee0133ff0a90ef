/**
 * Work in progress, kept in the browser's own storage (IndexedDB) as it happens, one copy per
 * dataset id, so a reload, a crash or a closed tab loses nothing.
 */
import { del, get } from 'idb-keyval';
import { attempt, openStore, setNow, type StorageResult } from './recentDatasets';

export interface WorkCopy {
  savedAt: number;
  dataset: unknown;
}

const keyOf = (datasetId: string) => `work:${datasetId}`;

export function saveWork(datasetId: string, dataset: unknown): Promise<StorageResult<number>> {
  return attempt(async () => {
    const savedAt = Date.now();
    await setNow(keyOf(datasetId), { savedAt, dataset } satisfies WorkCopy, openStore());
    return savedAt;
  });
}

export function loadWork(datasetId: string): Promise<StorageResult<WorkCopy | undefined>> {
  return attempt(() => get<WorkCopy>(keyOf(datasetId), openStore()));
}

export function discardWork(datasetId: string): Promise<StorageResult<void>> {
  return attempt(() => del(keyOf(datasetId), openStore()));
}
