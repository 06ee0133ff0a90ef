import 'fake-indexeddb/auto';
import { createStore, set } from 'idb-keyval';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { attempt, forgetRecent, listRecent, rememberDataset, type RecentDataset } from '../../src/io/recentDatasets';
import { ok } from './storageResult';

const entry = (id: string) => ({ id, name: `https://news.example/${id}.json`, title: `The ${id} dispute`, text: `{"id":"${id}"}` });
const ids = async () => (await ok(listRecent())).map((item: RecentDataset) => item.id);

let now = 1_000;
beforeEach(async () => {
  vi.spyOn(Date, 'now').mockImplementation(() => now);
  for (const id of await ids()) await ok(forgetRecent(id));
});
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('datasets opened lately', () => {
  it('lists them latest first, each once, with when it was opened', async () => {
    expect(await ok(listRecent())).toEqual([]);
    for (const id of ['harbour', 'quarry', 'dam']) {
      now += 1000;
      await ok(rememberDataset(entry(id)));
    }
    expect(await ids()).toEqual(['dam', 'quarry', 'harbour']);
    now += 1000;
    await ok(rememberDataset(entry('harbour')));
    const list = await ok(listRecent());
    expect(list.map((item) => item.id)).toEqual(['harbour', 'dam', 'quarry']);
    expect(list[0]).toEqual({ ...entry('harbour'), openedAt: now });
  });

  it('keeps the eight latest', async () => {
    for (let i = 1; i <= 10; i++) {
      now += 1000;
      await ok(rememberDataset(entry(`map${i}`)));
    }
    expect(await ids()).toEqual(['map10', 'map9', 'map8', 'map7', 'map6', 'map5', 'map4', 'map3']);
  });

  it('forgets one, and all of them one by one', async () => {
    await ok(rememberDataset(entry('harbour')));
    now += 1000;
    await ok(rememberDataset(entry('quarry')));
    await ok(forgetRecent('harbour'));
    expect(await ids()).toEqual(['quarry']);
    await ok(forgetRecent('quarry'));
    expect(await ids()).toEqual([]);
  });
});

describe('datasets remembered by an earlier version', () => {
  it('are read from the same place, so an update loses none', async () => {
    const earlier = { ...entry('harbour'), openedAt: 500 };
    await set('recent', [earlier], createStore('stancemap', 'datasets'));
    // A page just loaded: the module opens its store afresh.
    vi.resetModules();
    const { listRecent: listAfterLoad } = await import('../../src/io/recentDatasets');
    expect(await ok(listAfterLoad())).toEqual([earlier]);
  });
});

describe('storage that is missing or refuses', () => {
  it('says so in words instead of throwing', async () => {
    expect(await attempt(async () => 'kept')).toEqual({ ok: true, value: 'kept' });
    const refusal = (name: string) => Object.assign(new Error('refused'), { name });
    expect(await attempt(() => Promise.reject(refusal('QuotaExceededError')))).toEqual({ ok: false, full: true, reason: 'This browser’s storage is full, so your latest changes are not kept here.' });
    expect(await attempt(() => Promise.reject(refusal('InvalidStateError')))).toEqual({ ok: false, reason: 'The browser refused to store data here (InvalidStateError).' });
    // A DOMException is not an Error in every engine: its name is what is read.
    expect(await attempt(() => Promise.reject({ name: 'SecurityError' }))).toEqual({ ok: false, reason: 'The browser refused to store data here (SecurityError).' });
    for (const odd of [null, undefined, 'a string', { name: 42 }]) expect(await attempt(() => Promise.reject(odd))).toEqual({ ok: false, reason: 'The browser refused to store data here (unknown reason).' });
  });

  it('says when the browser has no storage at all, without trying', async () => {
    vi.stubGlobal('indexedDB', undefined);
    const action = vi.fn(async () => 'kept');
    expect(await attempt(action)).toEqual({ ok: false, reason: 'This browser offers no storage here.' });
    expect(action).not.toHaveBeenCalled();
  });
});
