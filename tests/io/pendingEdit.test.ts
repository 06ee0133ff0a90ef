import 'fake-indexeddb/auto';
import { createStore, type UseStore } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { clearPending, keepPending, pendingNewerThan } from '../../src/io/pendingEdit';
import { createSavedMaps } from '../../src/io/savedMaps';
import { loadWork, saveWork } from '../../src/io/workCopy';
import { ok } from './storageResult';

/** A tab's session storage, which a reload keeps. */
class SessionStorage implements Storage {
  private items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  clear = () => this.items.clear();
  getItem = (key: string) => this.items.get(key) ?? null;
  key = (index: number) => [...this.items.keys()][index] ?? null;
  removeItem = (key: string) => void this.items.delete(key);
  setItem = (key: string, value: string) => void this.items.set(key, String(value));
}

let session: SessionStorage;
beforeEach(() => {
  session = new SessionStorage();
  (globalThis as { sessionStorage?: Storage }).sessionStorage = session;
});
afterEach(() => {
  delete (globalThis as { sessionStorage?: Storage }).sessionStorage;
});


let databases = 0;

describe('the work as the page is left', () => {
  it('survives a page torn down before IndexedDB finished: the reload opens the map with the last edit', async () => {
    const store = createStore(`pending-test-${++databases}`, 'maps');
    let time = 1000;
    const before = createSavedMaps(store, () => time);
    await ok(before.save('port', { title: 'A Port Changes Hands', actors: [] }));
    time += 50;
    // The page goes as the last edit is saved: IndexedDB never answers.
    const dying: UseStore = () => new Promise(() => {});
    void createSavedMaps(dying, () => time).saveDatasetNow('port', { title: 'A Port Changes Hands', actors: [{ id: 'navy' }] });
    // After the reload, in the same tab.
    const after = createSavedMaps(store, () => time);
    expect((await ok(after.load('port')))?.dataset).toEqual({ title: 'A Port Changes Hands', actors: [{ id: 'navy' }] });
  });

  it('gives way to a later save, and is cleared once IndexedDB has the work', async () => {
    const store = createStore(`pending-test-${++databases}`, 'maps');
    let time = 1000;
    const maps = createSavedMaps(store, () => time);
    await ok(maps.save('port', { title: 'Port', actors: [] }));
    time += 10;
    keepPending('map:port', { title: 'Port', actors: ['kept as the page was left'] }, time);
    time += 10;
    await ok(maps.save('port', { title: 'Port', actors: ['saved later'] }));
    expect((await ok(maps.load('port')))?.dataset).toEqual({ title: 'Port', actors: ['saved later'] });

    await ok(maps.saveDatasetNow('port', { title: 'Port', actors: ['left'] }));
    expect(session.length).toBe(0);
    expect((await ok(maps.load('port')))?.dataset).toEqual({ title: 'Port', actors: ['left'] });
  });

  it('keeps the edits of another dataset the same way, and restores the newer copy', async () => {
    await ok(saveWork('harbour-dispute', { id: 'harbour-dispute', relations: ['saved'] }));
    const leaving = await ok(saveWork('harbour-dispute', { id: 'harbour-dispute', relations: ['left'] }, { leaving: true }));
    // IndexedDB had time: the session's copy is gone, and IndexedDB's is the one read.
    expect(session.length).toBe(0);
    expect(await ok(loadWork('harbour-dispute'))).toEqual({ savedAt: leaving, dataset: { id: 'harbour-dispute', relations: ['left'] } });
    // A copy kept as the page was left, newer than IndexedDB's (whose write never finished).
    keepPending('work:harbour-dispute', { id: 'harbour-dispute', relations: ['last'] }, leaving + 100);
    expect(await ok(loadWork('harbour-dispute'))).toEqual({ savedAt: leaving + 100, dataset: { id: 'harbour-dispute', relations: ['last'] } });
  });

  it('is skipped where the browser refuses session storage, and the save goes on', async () => {
    (globalThis as { sessionStorage?: Storage }).sessionStorage = { setItem: () => { throw new Error('QuotaExceededError'); } } as unknown as Storage;
    expect(keepPending('work:x', { big: true })).toBeNull();
    await ok(saveWork('refused', { id: 'refused' }, { leaving: true }));
    expect((await ok(loadWork('refused')))?.dataset).toEqual({ id: 'refused' });
  });
});

describe('the copy kept as the page was left', () => {
  it('is cleared only by the save it stood for: a copy from a later leaving stays', () => {
    keepPending('map:port', { actors: ['first'] }, 1000);
    keepPending('map:port', { actors: ['later'] }, 2000);
    clearPending('map:port', 1000);
    expect(pendingNewerThan('map:port', 0)).toEqual({ at: 2000, dataset: { actors: ['later'] } });
    clearPending('map:port', 2000);
    expect(pendingNewerThan('map:port', 0)).toBeUndefined();
  });

  it('is read back only when it is newer than what IndexedDB has', () => {
    keepPending('map:port', { actors: ['left'] }, 1000);
    expect(pendingNewerThan('map:port', 999)).toEqual({ at: 1000, dataset: { actors: ['left'] } });
    expect(pendingNewerThan('map:port', 1000)).toBeUndefined();
  });

  it('is ignored when what the tab holds is not such a copy', () => {
    // A time written as text would compare as newer than IndexedDB's ("3000" > 0): it is no time.
    for (const text of ['{"at": "3000", "dataset": {}}', '{"at": 1000}', '{"at": 1000, "dataset"', 'null']) {
      session.setItem('stancemap:pending:map:port', text);
      expect(pendingNewerThan('map:port', 0), text).toBeUndefined();
    }
    expect.assertions(4);
  });

  it('is a new map’s only copy when IndexedDB never got the work', async () => {
    keepPending('work:fresh', { id: 'fresh', relations: ['only here'] }, 1234);
    expect(await ok(loadWork('fresh'))).toEqual({ savedAt: 1234, dataset: { id: 'fresh', relations: ['only here'] } });
  });

  it('is not made for a save while the page stays: session storage is left alone', async () => {
    const written: string[] = [];
    const setItem = session.setItem;
    session.setItem = (key, value) => {
      written.push(key);
      setItem(key, value);
    };
    await ok(saveWork('quiet', { id: 'quiet' }));
    expect(written).toEqual([]);
    await ok(saveWork('quiet', { id: 'quiet' }, { leaving: true }));
    expect(written).toEqual(['stancemap:pending:work:quiet']);
  });
});

