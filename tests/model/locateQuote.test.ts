import { describe, expect, it } from 'vitest';
import { closestSubstring } from '../../src/model/closestPassage';
import { articleParts, describePart, locateQuote, normalizeForMatching, spanText, type ArticlePart } from '../../src/model/locateQuote';
import { loadDataset } from '../fixtures';

const article = loadDataset('small').article;
const parts = articleParts(article);
const paragraph = (index: number) => article.paragraphs[index]!;

/** Where `text` starts in a paragraph, found by plain indexOf, and the span it covers. */
function spanIn(part: number, text: string, from = 0) {
  const start = paragraph(part).indexOf(text, from);
  if (start === -1) throw new Error(`“${text}” is not in paragraph ${part}`);
  return { part, start, end: start + text.length };
}

describe('closestSubstring', () => {
  it('finds an exact occurrence at no cost', () => {
    expect(closestSubstring('fox', 'the quick fox jumps')).toEqual({ start: 10, end: 13, distance: 0 });
  });

  it('finds a word with one letter changed', () => {
    expect(closestSubstring('fax', 'the quick fox jumps')).toEqual({ start: 10, end: 13, distance: 1 });
  });

  it('spans a character the text has and the pattern lacks', () => {
    expect(closestSubstring('quick brown', 'a quick, brown fox')).toEqual({ start: 2, end: 14, distance: 1 });
  });

  it('of equally close substrings, gives one that ends first', () => {
    // “ab” (one letter missing) and “abc” (one letter changed) are both one edit from “abd”; “ab” ends first.
    expect(closestSubstring('abd', 'xxabcxx')).toEqual({ start: 2, end: 4, distance: 1 });
  });

  it('finds nothing when no substring beats matching nothing at all', () => {
    expect(closestSubstring('abc', 'xyz')).toBeUndefined();
    expect(closestSubstring('', 'xyz')).toBeUndefined();
    expect(closestSubstring('abc', '')).toBeUndefined();
  });
});

describe('normalizeForMatching', () => {
  it('maps quote marks, dashes, ellipses, spaces and capitals to what a keyboard types', () => {
    expect(normalizeForMatching('Mu’tasim — “Yes…”').text).toBe('mu\'tasim - "yes..."');
    expect(normalizeForMatching('‘a’ ‚b‛ `c´ «d» „e‟ f‐g‑h‒i–j―k−l').text).toBe('\'a\' \'b\' \'c\' "d" "e" f-g-h-i-j-k-l');
  });

  it('collapses runs of whitespace, non-breaking spaces included, to one space', () => {
    expect(normalizeForMatching('a \u00a0\n\tb')).toEqual({ text: 'a b', origin: [0, 1, 5] });
  });

  it('drops soft hyphens and zero-width characters', () => {
    expect(normalizeForMatching('co\u00adop\u200b\u200c\u200d\ufeffs')).toEqual({ text: 'coops', origin: [0, 1, 3, 4, 9] });
  });

  it('keeps, for every character, the index of the article character it came from', () => {
    expect(normalizeForMatching('A\u00a0“B”—c…d')).toEqual({ text: 'a "b"-c...d', origin: [0, 1, 2, 3, 4, 5, 6, 7, 7, 7, 8] });
  });
});

describe('locateQuote', () => {
  it('finds a quote that occurs once, in a paragraph, the title or the dek', () => {
    expect(locateQuote(parts, { quote: 'monthly stipend' })).toEqual({ found: 'once', span: spanIn(1, 'monthly stipend') });
    expect(locateQuote(parts, { quote: 'Eastport’s Militia' })).toEqual({ found: 'once', span: { part: 'title', start: 17, end: 35 } });
    expect(locateQuote(parts, { quote: 'run its course' })).toEqual({ found: 'once', span: { part: 'dek', start: 38, end: 52 } });
  });

  it('reports every occurrence of a quote that occurs several times, the first one first', () => {
    const first = spanIn(0, 'the militia');
    expect(locateQuote(parts, { quote: 'the militia' })).toEqual({
      found: 'several',
      span: first,
      others: [spanIn(0, 'the militia', first.start + 1), spanIn(1, 'the militia')],
    });
  });

  it('looks only in the paragraph the evidence names', () => {
    expect(locateQuote(parts, { quote: 'the militia', paragraph: 1 })).toEqual({ found: 'once', span: spanIn(1, 'the militia') });
    const first = spanIn(0, 'the militia');
    expect(locateQuote(parts, { quote: 'the militia', paragraph: 0 })).toEqual({
      found: 'several',
      span: first,
      others: [spanIn(0, 'the militia', first.start + 1)],
    });
  });

  it('picks one occurrence by the text right before or right after it', () => {
    const afterIf = paragraph(0).indexOf('if the militia') + 'if '.length;
    expect(locateQuote(parts, { quote: 'the militia', prefix: 'if ' })).toEqual({ found: 'once', span: spanIn(0, 'the militia', afterIf) });
    expect(locateQuote(parts, { quote: 'the militia', suffix: ' a monthly' })).toEqual({ found: 'once', span: spanIn(1, 'the militia') });
    expect(locateQuote(parts, { quote: 'the militia', prefix: 'paid ', suffix: ' a monthly' })).toEqual({ found: 'once', span: spanIn(1, 'the militia') });
  });

  it('finds nothing, and suggests nothing, when the quote is far from every passage', () => {
    expect(locateQuote(parts, { quote: 'Completely unrelated words about zebras' })).toEqual({ found: 'none' });
  });

  it('finds nothing when the named paragraph, the prefix or the suffix does not match', () => {
    expect(locateQuote(parts, { quote: 'monthly stipend', paragraph: 0 })).toEqual({ found: 'none' });
    expect(locateQuote(parts, { quote: 'monthly stipend', paragraph: 1, prefix: 'weekly ' })).toMatchObject({ found: 'none' });
    expect(locateQuote(parts, { quote: 'monthly stipend', suffix: ' since 2019' })).toMatchObject({ found: 'none' });
  });

  it('does not blame typography when the quote is there word for word and only its prefix or suffix does not match', () => {
    // Suggesting the quote’s own text as differing “in quote marks, dashes, spacing or capitals”
    // sends the journalist looking for a difference that is not there.
    for (const evidence of [
      { quote: 'monthly stipend', paragraph: 1, prefix: 'weekly ' },
      { quote: 'monthly stipend', suffix: ' since 2019' },
    ]) {
      expect(locateQuote(parts, evidence), JSON.stringify(evidence)).not.toMatchObject({
        suggestion: { closeness: 'typography', text: evidence.quote },
      });
    }
  });

  it('suggests the article’s own characters for a quote typed with a straight apostrophe', () => {
    const own = 'Southland’s navy has shelled Raider camps';
    expect(locateQuote(parts, { quote: "Southland's navy has shelled Raider camps" })).toEqual({
      found: 'none',
      suggestion: { span: spanIn(2, own), text: own, closeness: 'typography' },
    });
  });

  it('maps a suggestion back through characters that normalise to more or fewer', () => {
    const custom: ArticlePart[] = [{ key: 0, text: 'He said “wait…”  and left – slowly.' }];
    const lookup = locateQuote(custom, { quote: 'said "Wait..." and left - slowly' });
    expect(lookup).toEqual({
      found: 'none',
      suggestion: { span: { part: 0, start: 3, end: 34 }, text: 'said “wait…”  and left – slowly', closeness: 'typography' },
    });
  });

  it('suggests the closest passage, in whole words, for a misquoted sentence', () => {
    const own = 'The militia has fought the Raiders along the coast for two years';
    expect(locateQuote(parts, { quote: 'The militia has battled the Raiders along the coast for two years' })).toEqual({
      found: 'none',
      suggestion: { span: spanIn(2, own), text: own, closeness: 'approximate' },
    });
  });

  it('extends a near match that stops inside a word to the whole word', () => {
    const custom: ArticlePart[] = [{ key: 3, text: 'Officials said the shipment arrived on Tuesday morning.' }];
    const lookup = locateQuote(custom, { quote: 'the shipmnt arrived on Tues' });
    expect(lookup).toEqual({
      found: 'none',
      suggestion: { span: { part: 3, start: 15, end: 46 }, text: 'the shipment arrived on Tuesday', closeness: 'approximate' },
    });
  });
});

describe('locateQuote in the paragraph the evidence names', () => {
  // Two paragraphs that say nearly the same; an evidence names the second.
  const twin: ArticlePart[] = [
    { key: 0, text: 'The militia shelled the northern port at dawn.' },
    { key: 1, text: 'Weeks later the militia shelled the northern ports again.' },
  ];

  it('suggests a near passage of that paragraph, not a nearer one elsewhere', () => {
    // Word for word (but for its capital) in the first paragraph, which the evidence does not name.
    expect(locateQuote(twin, { quote: 'the militia shelled the northern port at dawn', paragraph: 1 })).toEqual({
      found: 'none',
      suggestion: { span: { part: 1, start: 12, end: 56 }, text: 'the militia shelled the northern ports again', closeness: 'approximate' },
    });
  });

  it('points a quote whose prefix does not match at its place in that paragraph, not the first place in the article', () => {
    expect(locateQuote(twin, { quote: 'shelled the northern', paragraph: 1, prefix: 'Months later the militia ' })).toEqual({
      found: 'none',
      suggestion: { span: { part: 1, start: 24, end: 44 }, text: 'shelled the northern', closeness: 'context' },
    });
  });
});

describe('article parts', () => {
  it('lists the title, the dek, then each paragraph by index', () => {
    expect(parts.map((part) => part.key)).toEqual(['title', 'dek', 0, 1, 2, 3]);
    expect(parts[2]!.text).toBe(paragraph(0));
  });

  it('names a part the way an error message does, and reads a span’s text', () => {
    expect(describePart('title')).toBe('the title');
    expect(describePart(2)).toBe('article.paragraphs[2]');
    expect(describePart('dek')).toBe('the dek');
    expect(spanText(parts, { part: 'dek', start: 4, end: 11 })).toBe('militia');
    expect(spanText(parts, { part: 9, start: 0, end: 4 })).toBe('');
  });
});
