import 'fake-indexeddb/auto';
import { createStore, set } from 'idb-keyval';
import { describe, expect, it } from 'vitest';
import { createSavedMaps, newMapId, type SavedMaps } from '../../src/io/savedMaps';
import { ok } from './storageResult';

let databases = 0;
/** Maps in a database of their own, on a clock the test moves. */
function shelf() {
  let time = 1000;
  const maps = createSavedMaps(createStore(`maps-test-${++databases}`, 'maps'), () => time);
  return { maps, tick: (ms = 1000) => (time += ms) };
}
const titles = async (maps: SavedMaps) => (await ok(maps.list())).map((entry) => `${entry.title} @${entry.changedAt}`);

describe('the maps kept in this browser', () => {
  it('lists maps by when they last changed, the latest first, with their titles', async () => {
    const { maps, tick } = shelf();
    expect(await ok(maps.list())).toEqual([]);
    await ok(maps.save('port', { title: 'A Port Changes Hands', actors: [] }, 'port.json'));
    tick();
    await ok(maps.save('coast', { title: 'The Coast', actors: [] }));
    expect(await titles(maps)).toEqual(['The Coast @2000', 'A Port Changes Hands @1000']);
    tick();
    expect(await ok(maps.save('port', { title: 'A Port Changes Hands', actors: [{ id: 'navy' }] }))).toBe(3000);
    expect(await ok(maps.list())).toEqual([
      { id: 'port', title: 'A Port Changes Hands', origin: 'port.json', changedAt: 3000 },
      { id: 'coast', title: 'The Coast', origin: 'New map', changedAt: 2000 },
    ]);
    expect((await ok(maps.load('port')))?.dataset).toEqual({ title: 'A Port Changes Hands', actors: [{ id: 'navy' }] });
    expect(await ok(maps.load('nowhere'))).toBeUndefined();
  });

  it('keeps a map’s latest dataset as the page is left, its entry in the list as it was', async () => {
    const { maps, tick } = shelf();
    await ok(maps.save('port', { title: 'A Port Changes Hands', actors: [] }, 'port.json'));
    tick();
    await ok(maps.saveDatasetNow('port', { title: 'A Port Changes Hands', actors: [{ id: 'navy' }] }));
    expect((await ok(maps.load('port')))?.dataset).toEqual({ title: 'A Port Changes Hands', actors: [{ id: 'navy' }] });
    expect(await titles(maps)).toEqual(['A Port Changes Hands @1000']);
  });

  it('renames a map, its dataset’s title with it, as a change', async () => {
    const { maps, tick } = shelf();
    await ok(maps.save('port', { title: 'Draft', actors: [] }));
    tick();
    await ok(maps.rename('port', 'A Port Changes Hands'));
    expect(await ok(maps.load('port'))).toEqual({ id: 'port', title: 'A Port Changes Hands', origin: 'New map', changedAt: 2000, dataset: { title: 'A Port Changes Hands', actors: [] } });
  });

  it('duplicates a map under a new id, leaving the original as it was', async () => {
    const { maps, tick } = shelf();
    await ok(maps.save('port', { title: 'Port', actors: ['a'] }));
    tick();
    const copy = await ok(maps.duplicate('port'));
    expect(copy).not.toBe('port');
    expect(await titles(maps)).toEqual(['Port (copy) @2000', 'Port @1000']);
    expect((await ok(maps.load(copy)))?.dataset).toEqual({ title: 'Port (copy)', actors: ['a'] });
    expect((await ok(maps.load('port')))?.dataset).toEqual({ title: 'Port', actors: ['a'] });
  });

  it('deletes a map, and puts it back as it was on undo, in its place by time', async () => {
    const { maps, tick } = shelf();
    await ok(maps.save('port', { title: 'Port', actors: [] }));
    tick();
    await ok(maps.save('coast', { title: 'Coast', actors: [] }));
    const removed = await ok(maps.remove('port'));
    expect(await titles(maps)).toEqual(['Coast @2000']);
    expect(await ok(maps.load('port'))).toBeUndefined();
    await ok(maps.restore(removed!));
    expect(await ok(maps.load('port'))).toEqual({ id: 'port', title: 'Port', origin: 'New map', changedAt: 1000, dataset: { title: 'Port', actors: [] } });
    expect(await titles(maps)).toEqual(['Coast @2000', 'Port @1000']);
  });

  it('titles a map by its dataset, keeping the last title while the dataset has none', async () => {
    const { maps } = shelf();
    await ok(maps.save('draft', { actors: [] }));
    await ok(maps.save('blank', { title: '   ' }));
    expect(await titles(maps)).toEqual(['Untitled map @1000', 'Untitled map @1000']);
    await ok(maps.rename('draft', 'The Quarry'));
    await ok(maps.save('draft', { title: '', actors: [{ id: 'mayor' }] }));
    expect((await ok(maps.list())).find((entry) => entry.id === 'draft')?.title).toBe('The Quarry');
  });

  it('keeps, renames and copies a map whose dataset is not an object yet, leaving it as it is', async () => {
    const { maps } = shelf();
    for (const [id, dataset] of [['text', '{"title": "half-typed'], ['empty', null]] as const) {
      await ok(maps.save(id, dataset));
      await ok(maps.rename(id, 'Kept anyway'));
      expect(await ok(maps.load(id))).toMatchObject({ title: 'Kept anyway', dataset });
      const copy = await ok(maps.duplicate(id));
      expect(await ok(maps.load(copy))).toMatchObject({ title: 'Kept anyway (copy)', dataset });
    }
  });

  it('refuses to copy a map that is not there', async () => {
    const { maps } = shelf();
    expect(await maps.duplicate('nowhere')).toMatchObject({ ok: false });
  });

  it('finds the maps an earlier version kept, in the same database', async () => {
    const store = createStore('stancemap-maps', 'maps');
    await set('list', [{ id: 'old', title: 'Kept last year', origin: 'old.json', changedAt: 5 }], store);
    await set('map:old', { title: 'Kept last year' }, store);
    expect(await ok(createSavedMaps().load('old'))).toEqual({ id: 'old', title: 'Kept last year', origin: 'old.json', changedAt: 5, dataset: { title: 'Kept last year' } });
  });

  it('says when the browser’s storage is full, rather than throwing', async () => {
    const full = () => Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'));
    const maps = createSavedMaps(full as never);
    expect(await maps.save('port', { title: 'Port' })).toEqual({ ok: false, full: true, reason: 'This browser’s storage is full, so your latest changes are not kept here.' });
  });

  it('makes short ids an address can carry', () => {
    expect(newMapId()).toMatch(/^[a-z2-9]{8}$/);
    expect(newMapId(() => 0)).toBe('aaaaaaaa');
    expect(newMapId(() => 0.999)).toBe('99999999');
  });
});
