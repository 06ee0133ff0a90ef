/**
 * The maps a person keeps in this browser ("Your maps"): each under a local id that the address
 * carries (`?map=<id>`), with its title and when it last changed. The list of entries is kept apart
 * from the datasets so that listing never reads them; each change writes both in one transaction.
 *
 * Every call resolves to a StorageResult: storage that is missing, full or refused is said, never
 * thrown, so the caller can offer the work as a download instead.
 */
import { clearPending, keepPending, pendingNewerThan } from './pendingEdit';
import { createStore, promisifyRequest, type UseStore } from 'idb-keyval';
import { t } from '../i18n/translate';
import { attempt, setNow, type StorageResult } from './recentDatasets';

export interface SavedMapEntry {
  id: string;
  title: string;
  /** Where it came from: a file's name, or “New map”. */
  origin: string;
  changedAt: number;
}

export interface SavedMap extends SavedMapEntry {
  dataset: unknown;
}

const LIST_KEY = 'list';
const datasetKey = (id: string) => `map:${id}`;

/** A short id for the address, unlikely to meet another in one browser: `k3x9q2`. */
export function newMapId(random: () => number = Math.random): string {
  return Array.from({ length: 8 }, () => 'abcdefghijkmnpqrstuvwxyz23456789'[Math.floor(random() * 32)]).join('');
}

const titleOf = (dataset: unknown, fallback: string): string => {
  // Stryker disable next-line ConditionalExpression: a string or a number has no title either
  const title = typeof dataset === 'object' && dataset !== null ? (dataset as Record<string, unknown>).title : undefined;
  return typeof title === 'string' && title.trim() ? title : fallback;
};

export interface SavedMaps {
  /** The entries, the most recently changed first. */
  list(): Promise<StorageResult<SavedMapEntry[]>>;
  load(id: string): Promise<StorageResult<SavedMap | undefined>>;
  /** Keeps `dataset` as map `id`, new or changed; resolves to when it was kept. */
  save(id: string, dataset: unknown, origin?: string): Promise<StorageResult<number>>;
  /**
   * Keeps the dataset of map `id`, which the list has already, in a transaction committed at once:
   * a save as the page is left, which has no time to read the list first. The list's entry keeps
   * its time and title until the next save.
   */
  saveDatasetNow(id: string, dataset: unknown): Promise<StorageResult<void>>;
  /** Renames the map: its entry and its dataset's title. */
  rename(id: string, title: string): Promise<StorageResult<void>>;
  /** A copy under a new id, titled “… (copy)”; resolves to the new id. */
  duplicate(id: string): Promise<StorageResult<string>>;
  /** Removes the map; resolves to what was removed, for `restore` (undo). */
  remove(id: string): Promise<StorageResult<SavedMap | undefined>>;
  /** Puts back a removed map as it was, with its id and time. */
  restore(map: SavedMap): Promise<StorageResult<void>>;
}

let defaultStore: UseStore | null = null;

/** The maps kept in `store`: by default this browser's own, a store of their own for tests. */
export function createSavedMaps(store?: UseStore, now: () => number = Date.now): SavedMaps {
  const useStore = () => store ?? (defaultStore ??= createStore('stancemap-maps', 'maps'));
  const read = <T>(objects: IDBObjectStore, key: string) => promisifyRequest(objects.get(key) as IDBRequest<T | undefined>);
  const readList = async (objects: IDBObjectStore) => (await read<SavedMapEntry[]>(objects, LIST_KEY)) ?? [];
  const write = async (objects: IDBObjectStore, map: SavedMap) => {
    const { dataset, ...entry } = map;
    const list = (await readList(objects)).filter((item) => item.id !== map.id);
    objects.put([entry, ...list], LIST_KEY);
    objects.put(dataset, datasetKey(map.id));
    return promisifyRequest(objects.transaction);
  };
  const loadIn = async (objects: IDBObjectStore, id: string): Promise<SavedMap | undefined> => {
    const entry = (await readList(objects)).find((item) => item.id === id);
    if (!entry) return undefined;
    return { ...entry, dataset: await read<unknown>(objects, datasetKey(id)) };
  };

  return {
    list: () => attempt(() => useStore()('readonly', async (objects) => (await readList(objects)).sort((a, b) => b.changedAt - a.changedAt))),
    // The dataset kept as the page was left (saveDatasetNow), when IndexedDB did not get it in time.
    load: (id) =>
      attempt(async () => {
        const map = await useStore()('readonly', (objects) => loadIn(objects, id));
        const pending = map && pendingNewerThan(datasetKey(id), map.changedAt);
        return pending ? { ...map!, dataset: pending.dataset } : map;
      }),
    save: (id, dataset, origin) =>
      attempt(() =>
        useStore()('readwrite', async (objects) => {
          const before = (await readList(objects)).find((item) => item.id === id);
          const changedAt = now();
          await write(objects, { id, title: titleOf(dataset, before?.title ?? t('Untitled map')), origin: origin ?? before?.origin ?? t('New map'), changedAt, dataset });
          return changedAt;
        }),
      ),
    rename: (id, title) =>
      attempt(() =>
        useStore()('readwrite', async (objects) => {
          const map = await loadIn(objects, id);
          if (!map) return;
          const dataset = typeof map.dataset === 'object' && map.dataset !== null ? { ...map.dataset, title } : map.dataset;
          await write(objects, { ...map, title, dataset, changedAt: now() });
        }),
      ),
    duplicate: (id) =>
      attempt(() =>
        useStore()('readwrite', async (objects) => {
          const map = await loadIn(objects, id);
          // Stryker disable next-line StringLiteral: attempt() reports a failure by the error's name alone
          if (!map) throw new Error(`There is no map ${id}.`);
          const copyId = newMapId();
          const title = t('{title} (copy)', { title: map.title });
          const dataset = typeof map.dataset === 'object' && map.dataset !== null ? { ...map.dataset, title } : map.dataset;
          await write(objects, { ...map, id: copyId, title, dataset, changedAt: now() });
          return copyId;
        }),
      ),
    remove: (id) =>
      attempt(() =>
        useStore()('readwrite', async (objects) => {
          const map = await loadIn(objects, id);
          objects.put((await readList(objects)).filter((item) => item.id !== id), LIST_KEY);
          objects.delete(datasetKey(id));
          await promisifyRequest(objects.transaction);
          return map;
        }),
      ),
    restore: (map) => attempt(() => useStore()('readwrite', (objects) => write(objects, map))),
    saveDatasetNow: (id, dataset) => {
      const pendingAt = keepPending(datasetKey(id), dataset, now());
      return attempt(async () => {
        await setNow(datasetKey(id), dataset, useStore());
        if (pendingAt !== null) clearPending(datasetKey(id), pendingAt);
      });
    },
  };
}
