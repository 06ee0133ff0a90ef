import { describe, expect, it } from 'vitest';
import { articleTextAttributes, languageDirection, textDirection } from '../../src/model/textDirection';

describe('text direction', () => {
  it('reads a language tag’s direction from its language or its script', () => {
    expect(languageDirection('ar')).toBe('rtl');
    expect(languageDirection('fa-IR')).toBe('rtl');
    expect(languageDirection('he')).toBe('rtl');
    expect(languageDirection('az-Arab')).toBe('rtl');
    expect(languageDirection('en-GB')).toBe('ltr');
    expect(languageDirection('tr')).toBe('ltr');
    // Mapudungun's code starts like Arabic's, and is not it.
    expect(languageDirection('arn')).toBe('ltr');
    expect(languageDirection(undefined)).toBeUndefined();
  });

  it('reads a text’s direction from its first letter, past digits and punctuation', () => {
    expect(textDirection('١٠٠ مليون دينار')).toBe('rtl');
    expect(textDirection('«خطر على المنطقة»')).toBe('rtl');
    expect(textDirection('2026: יעל כהן')).toBe('rtl');
    expect(textDirection('River Watch مراقبة')).toBe('ltr');
    expect(textDirection('')).toBe('ltr');
  });

  it('gives the article’s words their language and its direction, or leaves the direction to each text', () => {
    expect(articleTextAttributes('ar')).toEqual({ lang: 'ar', dir: 'rtl' });
    expect(articleTextAttributes('fr')).toEqual({ lang: 'fr', dir: 'ltr' });
    expect(articleTextAttributes(undefined)).toEqual({ dir: 'auto' });
  });
});
