import { describe, expect, it } from 'vitest';
import { evidenceAt } from '../../src/model/evidenceAt';
import { formatPath, valueAt } from '../../src/model/formatPath';
import { describeJsonSyntaxError } from '../../src/model/jsonSyntaxError';
import { kebabCase, uniqueId } from '../../src/model/kebabCase';
import { formatSelection, parseSelection, sameSelection } from '../../src/model/selection';
import { showValue } from '../../src/model/validationIssue';
import { tooDeep } from '../../src/model/limits';
import { whatItIs } from '../../src/model/draftCredit';

describe('the evidence for words at a place in the article', () => {
  const parts = [
    { key: 'title' as const, text: 'Belmar and the Guard' },
    { key: 0 as const, text: 'Belmar armed the Guard. Corvia watched.' },
    { key: 1 as const, text: 'Then Belmar armed the Guard again, and later Belmar armed the Guard once more.' },
  ];

  it('is the quote alone when the article has it once', () => {
    expect(evidenceAt({ part: 0, start: 24, quote: 'Corvia watched' }, parts)).toEqual({ quote: 'Corvia watched' });
  });

  it('names its paragraph when another part has the same words, and the words before it when its paragraph has them twice', () => {
    // “Belmar armed the Guard” is once in paragraph 0 and twice in paragraph 1.
    expect(evidenceAt({ part: 0, start: 0, quote: 'Belmar armed the Guard' }, parts)).toEqual({ quote: 'Belmar armed the Guard', paragraph: 0 });
    expect(evidenceAt({ part: 1, start: 5, quote: 'Belmar armed the Guard' }, parts)).toEqual({ quote: 'Belmar armed the Guard', paragraph: 1, prefix: 'Then ' });
    expect(evidenceAt({ part: 1, start: 45, quote: 'Belmar armed the Guard' }, parts)).toEqual({ quote: 'Belmar armed the Guard', paragraph: 1, prefix: ' Guard again, and later ' });
  });

  it('is the quote alone in the headline, which no paragraph number can name', () => {
    expect(evidenceAt({ part: 'title', start: 0, quote: 'Belmar' }, parts)).toEqual({ quote: 'Belmar' });
  });
});

describe('a selection as links write it', () => {
  it('reads “actor:ID” and “relation:ID” whole, and anything else as no selection', () => {
    expect(parseSelection('actor:belmar')).toEqual({ kind: 'actor', id: 'belmar' });
    expect(parseSelection('relation:belmar-arms-guard')).toEqual({ kind: 'relation', id: 'belmar-arms-guard' });
    for (const text of ['', null, undefined, 'actor:', 'place:belmar', 'xactor:belmar', 'actor', 'actor:belmar\nextra']) expect(parseSelection(text)).toBeNull();
    expect(formatSelection({ kind: 'relation', id: 'belmar-arms-guard' })).toBe('relation:belmar-arms-guard');
  });

  it('is the same selection by kind and id, whichever object holds them', () => {
    expect(sameSelection(null, null)).toBe(true);
    expect(sameSelection({ kind: 'actor', id: 'a' }, { kind: 'actor', id: 'a' })).toBe(true);
    expect(sameSelection({ kind: 'actor', id: 'a' }, { kind: 'relation', id: 'a' })).toBe(false);
    expect(sameSelection({ kind: 'actor', id: 'a' }, { kind: 'actor', id: 'b' })).toBe(false);
    expect(sameSelection({ kind: 'actor', id: 'a' }, null)).toBe(false);
    expect(sameSelection(null, { kind: 'actor', id: 'a' })).toBe(false);
  });
});

describe('a place in a dataset, as messages name it', () => {
  it('writes a path as code would, and the file itself as (file)', () => {
    expect(formatPath(['relations', 12, 'evidence', 0, 'quote'])).toBe('relations[12].evidence[0].quote');
    expect(formatPath(['actors', 0, 'odd key'])).toBe('actors[0]["odd key"]');
    expect(formatPath([])).toBe('(file)');
  });

  it('finds the value at a path, and nothing past a value that is not an object or on the prototype chain', () => {
    const root = { actors: [{ name: 'Belmar', tags: null }], count: 3 };
    expect(valueAt(root, ['actors', 0, 'name'])).toBe('Belmar');
    expect(valueAt(root, ['actors', 0, 'tags', 'x'])).toBeUndefined();
    expect(valueAt(root, ['count', 'x'])).toBeUndefined();
    expect(valueAt(root, ['actors', 0, 'toString'])).toBeUndefined();
    expect(valueAt(root, ['missing'])).toBeUndefined();
  });

  it('shows a value short: a long text cut at 77 characters, null, a list, an object', () => {
    expect(showValue('x'.repeat(80))).toBe(`“${'x'.repeat(80)}”`);
    expect(showValue('x'.repeat(81))).toBe(`“${'x'.repeat(77)}…”`);
    expect([null, [1], { a: 1 }, 2, true].map(showValue)).toEqual(['null', 'a list', 'an object', '2', 'true']);
  });
});

describe('a JSON syntax error, in words', () => {
  it('says where the text breaks off: the line and column of the engine’s position, or the end of a text cut short', () => {
    const text = '{\n  "a": 1,\n  "b": ]\n}';
    // The engine's words and position, as V8 writes them; the position goes, the place is said once.
    expect(describeJsonSyntaxError(text, new SyntaxError('Unexpected token ] in JSON at position 19'))).toBe('is not valid JSON: the text breaks off at line 3, column 8 (Unexpected token ]).');
    expect(describeJsonSyntaxError('{"a": ', new SyntaxError('Unexpected end of JSON input'))).toBe('is not valid JSON: the text breaks off at line 1, column 7 (Unexpected end of JSON input).');
    // An engine that says its own line and position: both go, the place is said once.
    expect(describeJsonSyntaxError('{\n}x', new SyntaxError('Unexpected non-whitespace character after JSON at position 3 (line 2 column 2)'))).toBe(
      'is not valid JSON: the text breaks off at line 2, column 2 (Unexpected non-whitespace character after JSON).',
    );
    expect(describeJsonSyntaxError('x', 'broken')).toBe('is not valid JSON: broken.');
  });
});

describe('ids made from text', () => {
  it('keeps letters and digits, one hyphen between words and none at either end', () => {
    expect(kebabCase('  Southland’s  Navy -- (2nd) ', 'x')).toBe('southlands-navy-2nd');
    expect(kebabCase('--Élan--', 'x')).toBe('elan');
    expect(kebabCase('—', 'relation')).toBe('relation');
  });

  it('numbers an id already taken', () => {
    const taken = new Set(['navy', 'navy-2']);
    expect(uniqueId('navy', taken)).toBe('navy-3');
    expect(uniqueId('army', taken)).toBe('army');
    expect(taken.has('navy-3') && taken.has('army')).toBe(true);
  });
});

describe('a dataset nested too deep', () => {
  it('is found at the path of the first value deeper than the limit, and a shallow one not at all', () => {
    expect(tooDeep({ a: [{ b: { c: {} } }] }, 3)).toEqual(['a', 0, 'b']);
    expect(tooDeep({ a: [{ b: { c: {} } }] }, 4)).toEqual(['a', 0, 'b', 'c']);
    expect(tooDeep({ a: [{ b: { c: {} } }] }, 5)).toBeNull();
    expect(tooDeep([[[]]], 1)).toEqual([0]);
    expect(tooDeep('text', 0)).toBeNull();
    expect(tooDeep({}, 0)).toEqual([]);
  });
});

describe('what each credit field is for', () => {
  it('says each field in the words of whoever fills it in', () => {
    expect((['outlet', 'author', 'published', 'url', 'rights'] as const).map(whatItIs)).toEqual([
      'the outlet that published the article, credited under the map',
      'the article’s author (the byline), credited under the map',
      'the date the article was published (YYYY-MM-DD), credited under the map',
      'the web address of the article, so readers can open the original',
      'the rights line (for example “© The Gazette, used with permission”), shown wherever the text is',
    ]);
  });
});

