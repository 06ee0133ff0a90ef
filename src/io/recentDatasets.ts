/**
 * Datasets opened lately, kept in the browser's own storage (IndexedDB) so they reopen without
 * the file. Storage can be missing or refused (private windows, sandboxed frames): every call
 * says so rather than throwing.
 */
import { createStore, get, promisifyRequest, set, type UseStore } from 'idb-keyval';
import { t } from '../i18n/translate';

export interface RecentDataset {
  id: string;
  name: string;
  title: string;
  openedAt: number;
  text: string;
}

/** `full`: the browser's quota is used up (QuotaExceededError), as against storage refused or missing. */
export type StorageResult<T> = { ok: true; value: T } | { ok: false; reason: string; full?: boolean };

const MOST_KEPT = 8;
const LIST_KEY = 'recent';

let store: UseStore | null = null;
export function openStore(): UseStore {
  store ??= createStore('stancemap', 'datasets');
  return store;
}

/**
 * `set`, committed at once rather than when the page next returns to its event loop: a save made
 * as the page is left (a reload, a closed tab) is then kept, where a transaction left to commit
 * itself is aborted with the page.
 */
export function setNow(key: string, value: unknown, inStore: UseStore): Promise<void> {
  return inStore('readwrite', (objectStore) => {
    objectStore.put(value, key);
    // Stryker disable next-line OptionalChaining: every engine the tests run in has commit()
    objectStore.transaction.commit?.();
    return promisifyRequest(objectStore.transaction);
  });
}

export async function attempt<T>(action: () => Promise<T>): Promise<StorageResult<T>> {
  try {
    if (typeof indexedDB === 'undefined') return { ok: false, reason: t('This browser offers no storage here.') };
    return { ok: true, value: await action() };
  } catch (cause) {
    // IndexedDB fails with DOMExceptions, which are not Errors in every engine: read the name alone.
    const name = typeof cause === 'object' && cause !== null && typeof (cause as { name?: unknown }).name === 'string' ? (cause as { name: string }).name : t('unknown reason');
    if (name === 'QuotaExceededError') return { ok: false, full: true, reason: t('This browser’s storage is full, so your latest changes are not kept here.') };
    return { ok: false, reason: t('The browser refused to store data here ({name}).', { name }) };
  }
}

export function listRecent(): Promise<StorageResult<RecentDataset[]>> {
  // rememberDataset puts each at the front: the list is kept latest first.
  return attempt(async () => (await get<RecentDataset[]>(LIST_KEY, openStore())) ?? []);
}

export function rememberDataset(entry: Omit<RecentDataset, 'openedAt'>): Promise<StorageResult<void>> {
  return attempt(async () => {
    const list = ((await get<RecentDataset[]>(LIST_KEY, openStore())) ?? []).filter((item) => item.id !== entry.id);
    list.unshift({ ...entry, openedAt: Date.now() });
    await set(LIST_KEY, list.slice(0, MOST_KEPT), openStore());
  });
}

export function forgetRecent(id: string): Promise<StorageResult<void>> {
  return attempt(async () => {
    await set(LIST_KEY, ((await get<RecentDataset[]>(LIST_KEY, openStore())) ?? []).filter((item) => item.id !== id), openStore());
  });
}
