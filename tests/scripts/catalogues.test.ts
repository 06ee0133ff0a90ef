import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { catalogueGaps, interfaceMessages, pluralMessages } from '../../scripts/interfaceMessages';

const messages = interfaceMessages();
const catalogues = readdirSync('public/locales')
  .filter((file) => file.endsWith('.json'))
  .map((file) => ({ locale: file.slice(0, -'.json'.length), catalogue: JSON.parse(readFileSync(`public/locales/${file}`, 'utf8')) as Record<string, unknown> }));

describe('the interface catalogues', () => {
  it('are there for Arabic, French and Spanish', () => {
    expect(catalogues.map(({ locale }) => locale)).toEqual(['ar', 'es', 'fr']);
  });

  it.each(catalogues)('$locale translates every string the interface shows, and no string it no longer shows', ({ catalogue }) => {
    expect(catalogueGaps(catalogue, messages)).toEqual({ missing: [], unused: [] });
  });

  it.each(catalogues)('$locale gives every count its plural forms, not one string for all', ({ catalogue }) => {
    expect(pluralMessages.size).toBeGreaterThan(20);
    expect([...pluralMessages].filter((english) => typeof catalogue[english] !== 'object')).toEqual([]);
  });

  it.each(catalogues)('$locale keeps every {placeholder} of the English string, and gives each plural the forms its language has', ({ locale, catalogue }) => {
    const categories = [...new Intl.PluralRules(locale).resolvedOptions().pluralCategories].sort();
    const placeholders = (text: string) => [...new Set([...text.matchAll(/\{\w+\}/g)].map((match) => match[0]))].sort();
    for (const [english, translation] of Object.entries(catalogue)) {
      if (typeof translation === 'string') {
        expect(placeholders(translation), english).toEqual(placeholders(english));
        continue;
      }
      const forms = translation as Record<string, string>;
      expect(Object.keys(forms).sort(), english).toEqual(categories);
      // A form may say its count in words (Arabic's "two relations"): every other placeholder stays.
      for (const [category, text] of Object.entries(forms)) {
        const wanted = placeholders(english).filter((name) => name !== '{count}' || category === 'other');
        expect(placeholders(text), `${english} (${category})`).toEqual(expect.arrayContaining(wanted));
      }
    }
  });
});
