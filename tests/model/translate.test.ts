import { afterEach, describe, expect, it } from 'vitest';
import { isolated, keyAlongRow, mirroredArrows } from '../../src/i18n/direction';
import { chooseLocale } from '../../src/i18n/interfaceLanguage';
import { interfaceLocale, setCatalogue, t, tn } from '../../src/i18n/translate';

afterEach(() => setCatalogue('en', {}));

describe('t and tn: the interface’s words', () => {
  it('are the English strings themselves without a catalogue, with their values filled', () => {
    expect(t('Zoom in')).toBe('Zoom in');
    expect(t('Show only {name} and its ties', { name: 'Russia' })).toBe('Show only Russia and its ties');
    expect(tn(1, '{count} relation', '{count} relations')).toBe('1 relation');
    expect(tn(1200, '{count} relation', '{count} relations')).toBe('1,200 relations');
  });

  it('come from the catalogue, with numbers written the language’s way', () => {
    setCatalogue('fr', { 'Zoom in': 'Zoomer', '{count} relations': { one: '{count} relation', many: '{count} de relations', other: '{count} relations' } });
    expect(interfaceLocale()).toBe('fr');
    expect(t('Zoom in')).toBe('Zoomer');
    expect(tn(1200, '{count} relation', '{count} relations')).toBe('1\u202f200 relations');
    expect(tn(0, '{count} relation', '{count} relations')).toBe('0 relation');
    // A string the catalogue lacks shows in English.
    expect(t('Zoom out')).toBe('Zoom out');
  });

  it('pick each of Arabic’s six plural forms by the count', () => {
    const forms = { zero: 'لا علاقات', one: 'علاقة واحدة', two: 'علاقتان', few: '{count} علاقات', many: '{count} علاقة', other: '{count} علاقة' };
    setCatalogue('ar', { '{count} relations': forms });
    const said = (count: number) => tn(count, '{count} relation', '{count} relations');
    const digits = (count: number) => count.toLocaleString('ar');
    expect([0, 1, 2, 3, 11, 100].map(said)).toEqual(['لا علاقات', 'علاقة واحدة', 'علاقتان', `${digits(3)} علاقات`, `${digits(11)} علاقة`, `${digits(100)} علاقة`]);
  });
});

describe('chooseLocale', () => {
  it('takes the first wanted language the interface speaks, by tag or by language, else English', () => {
    expect(chooseLocale(['xx', 'ar-EG', 'fr'])).toBe('ar');
    expect(chooseLocale(['FR'])).toBe('fr');
    expect(chooseLocale([null, 'de-DE'])).toBe('en');
    expect(chooseLocale([])).toBe('en');
  });
});

describe('a right-to-left interface mirrors what runs along a row', () => {
  it('swaps the arrows drawn on buttons and the arrow keys that move along them', () => {
    setCatalogue('ar', {});
    expect(mirroredArrows('Next →')).toBe('Next ←');
    expect(mirroredArrows('← Previous')).toBe('→ Previous');
    expect(keyAlongRow('ArrowLeft')).toBe('ArrowRight');
    expect(keyAlongRow('ArrowRight')).toBe('ArrowLeft');
    expect(keyAlongRow('ArrowDown')).toBe('ArrowDown');
    expect(keyAlongRow('Home')).toBe('Home');
  });

  it('leaves them as they are left to right', () => {
    setCatalogue('fr', {});
    expect(mirroredArrows('Next →')).toBe('Next →');
    expect(keyAlongRow('ArrowLeft')).toBe('ArrowLeft');
  });
});

describe('t in a right-to-left interface', () => {
  it('points the arrows of its own words the way the line reads, and leaves the values filled in alone', () => {
    setCatalogue('ar', { 'Next →': 'التالي →', '{source} — {stance} → {target}': '{source} — {stance} → {target}' });
    expect(t('Next →')).toBe('التالي ←');
    expect(t('{source} — {stance} → {target}', { source: 'A → B', stance: 'دفع', target: 'C' })).toBe('A → B — دفع ← C');
  });
});

describe('isolated: dataset text joined to the interface’s words', () => {
  it('sets apart text that runs the other way from the interface, and leaves the rest as it is', () => {
    expect(`by ${isolated('محرر التجارب')}, The Gazette`).toBe('by \u2068محرر التجارب\u2069, The Gazette');
    expect(isolated('A. Reporter')).toBe('A. Reporter');
    setCatalogue('ar', {});
    expect(isolated('Michael Weiss')).toBe('\u2068Michael Weiss\u2069');
    expect(isolated('محرر التجارب')).toBe('محرر التجارب');
  });
});
