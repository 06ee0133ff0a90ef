/**
 * Work in progress, kept in the browser's own storage (IndexedDB) as it happens, one copy per
 * dataset id, so a reload, a crash or a closed tab loses nothing.
 */
import { del, get } from 'idb-keyval';
import { clearPending, keepPending, pendingNewerThan } from './pendingEdit';
import { attempt, openStore, setNow, type StorageResult } from './recentDatasets';

export interface WorkCopy {
  savedAt: number;
  dataset: unknown;
}

const keyOf = (datasetId: string) => `work:${datasetId}`;

/**
 * Keeps the work on `datasetId`. `leaving`: the page is being left, so the work is also kept at
 * once in this tab's session storage (pendingEdit.ts), in case IndexedDB has no time to finish.
 */
export function saveWork(datasetId: string, dataset: unknown, { leaving = false } = {}): Promise<StorageResult<number>> {
  const pendingAt = leaving ? keepPending(keyOf(datasetId), dataset) : null;
  return attempt(async () => {
    const savedAt = pendingAt ?? Date.now();
    await setNow(keyOf(datasetId), { savedAt, dataset } satisfies WorkCopy, openStore());
    if (pendingAt !== null) clearPending(keyOf(datasetId), pendingAt);
    return savedAt;
  });
}

/** The work kept on `datasetId`: IndexedDB's copy, or the one kept as the page was left when that is newer. */
export function loadWork(datasetId: string): Promise<StorageResult<WorkCopy | undefined>> {
  return attempt(async () => {
    const stored = await get<WorkCopy>(keyOf(datasetId), openStore());
    const pending = pendingNewerThan(keyOf(datasetId), stored?.savedAt ?? -Infinity);
    return pending ? { savedAt: pending.at, dataset: pending.dataset } : stored;
  });
}

export function discardWork(datasetId: string): Promise<StorageResult<void>> {
  return attempt(() => del(keyOf(datasetId), openStore()));
}
