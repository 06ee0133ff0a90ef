import { describe, expect, it } from 'vitest';
import { LABEL_SHARE, areaOpeningInBlocs, viewAreaForEveryLabel } from '../../src/layout/roomForLabels';
import { blocsForView } from '../../src/store/MapStoreProvider';
import { loadFixture } from '../fixtures';

describe('room for every label', () => {
  it('grows with the names: longer names and more actors need more of the view', () => {
    expect(viewAreaForEveryLabel([])).toBe(0);
    expect(viewAreaForEveryLabel(['Northland', 'Southland'])).toBe(2 * viewAreaForEveryLabel(['Northland']));
    expect(viewAreaForEveryLabel(['The Northern Harbour Authority'])).toBeGreaterThan(viewAreaForEveryLabel(['Northland']));
    // Labels take at most a fifth of the view they need.
    expect(LABEL_SHARE).toBe(0.2);
  });

  it('gives each label the room of its longest line and its lines, padded, with its shape above, five times over', () => {
    // “The Northern Harbour Authority”: two lines, the longer 17 characters (“Harbour Authority”).
    // (17 × 6.6 + 6) × (2 × 14 + 6 + 24) / 0.2 = 34,278.
    expect(viewAreaForEveryLabel(['The Northern Harbour Authority'])).toBe(34278);
  });

  it('opens in blocs below that area only a map that has blocs and is drawn in SVG', () => {
    const names = [{ name: 'Northland' }, { name: 'Northland Navy', partOf: 'northland' }];
    expect(areaOpeningInBlocs(names, false)).toBe(viewAreaForEveryLabel(['Northland', 'Northland Navy']));
    expect(areaOpeningInBlocs(names, true)).toBe(0);
    expect(areaOpeningInBlocs([{ name: 'Northland' }, { name: 'Southland' }], false)).toBe(0);
  });

  it('opens the bundled map in blocs on a phone and in an article column, with every actor on a laptop and larger', () => {
    const bundled = loadFixture('russia-poach-rebels-2016');
    const at = (width: number, height: number) => blocsForView(bundled, { width, height });
    expect(at(390, 844)).toBe('all');
    expect(at(720, 600)).toBe('all');
    expect(at(1024, 768)).toBeNull();
    expect(at(1280, 720)).toBeNull();
    expect(at(1440, 900)).toBeNull();
    // An embed's frame grows to its content: its first, placeholder height does not decide.
    expect(at(1280, 150)).toBeNull();
    expect(at(720, 150)).toBe('all');
  });

  it('opens a small map with every actor even on a phone: its labels have room', () => {
    const small = loadFixture('small');
    expect(viewAreaForEveryLabel(small.dataset.actors.map((actor) => actor.name))).toBeLessThan(390 * 844);
    expect(blocsForView(small, { width: 390, height: 844 })).toBeNull();
  });
});
