import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { segmentPassages, type CitedSpan } from '../../src/model/segmentPassages';

const TEXT = 'abcdefghij';
const runsOf = (text: string, spans: CitedSpan<string>[]) =>
  segmentPassages(text, spans).map(({ start, end, text: runText, keys }) => ({ start, end, text: runText, keys }));

describe('segmentPassages', () => {
  it('leaves a text without passages as one plain run', () => {
    expect(runsOf(TEXT, [])).toEqual([{ start: 0, end: 10, text: 'abcdefghij', keys: [] }]);
  });

  it('gives nothing to mark in an empty text', () => {
    expect(runsOf('', [{ start: 0, end: 0, key: 'a' }])).toEqual([]);
  });

  it('marks one passage in the middle and leaves the text around it plain', () => {
    expect(runsOf(TEXT, [{ start: 2, end: 5, key: 'a' }])).toEqual([
      { start: 0, end: 2, text: 'ab', keys: [] },
      { start: 2, end: 5, text: 'cde', keys: ['a'] },
      { start: 5, end: 10, text: 'fghij', keys: [] },
    ]);
  });

  it('marks the overlap of two passages once, with both relations behind it in the order given', () => {
    expect(runsOf(TEXT, [{ start: 3, end: 9, key: 'b' }, { start: 0, end: 6, key: 'a' }])).toEqual([
      { start: 0, end: 3, text: 'abc', keys: ['a'] },
      { start: 3, end: 6, text: 'def', keys: ['b', 'a'] },
      { start: 6, end: 9, text: 'ghi', keys: ['b'] },
      { start: 9, end: 10, text: 'j', keys: [] },
    ]);
  });

  it('keeps a passage nested inside another as its own mark', () => {
    expect(runsOf(TEXT, [{ start: 0, end: 10, key: 'outer' }, { start: 4, end: 6, key: 'inner' }])).toEqual([
      { start: 0, end: 4, text: 'abcd', keys: ['outer'] },
      { start: 4, end: 6, text: 'ef', keys: ['outer', 'inner'] },
      { start: 6, end: 10, text: 'ghij', keys: ['outer'] },
    ]);
  });

  it('keeps adjacent passages apart, with no empty run between them', () => {
    expect(runsOf(TEXT, [{ start: 0, end: 3, key: 'a' }, { start: 3, end: 6, key: 'b' }])).toEqual([
      { start: 0, end: 3, text: 'abc', keys: ['a'] },
      { start: 3, end: 6, text: 'def', keys: ['b'] },
      { start: 6, end: 10, text: 'ghij', keys: [] },
    ]);
  });

  it('marks passages at the very start and the very end of the text', () => {
    expect(runsOf(TEXT, [{ start: 0, end: 2, key: 'first' }, { start: 8, end: 10, key: 'last' }])).toEqual([
      { start: 0, end: 2, text: 'ab', keys: ['first'] },
      { start: 2, end: 8, text: 'cdefgh', keys: [] },
      { start: 8, end: 10, text: 'ij', keys: ['last'] },
    ]);
    expect(runsOf(TEXT, [{ start: 0, end: 10, key: 'all' }])).toEqual([{ start: 0, end: 10, text: 'abcdefghij', keys: ['all'] }]);
  });

  it('clamps a passage that runs past either end of the text', () => {
    expect(runsOf(TEXT, [{ start: -4, end: 3, key: 'a' }, { start: 7, end: 25, key: 'b' }])).toEqual([
      { start: 0, end: 3, text: 'abc', keys: ['a'] },
      { start: 3, end: 7, text: 'defg', keys: [] },
      { start: 7, end: 10, text: 'hij', keys: ['b'] },
    ]);
  });

  it('merges touching pieces that carry the same relations into one mark', () => {
    expect(runsOf(TEXT, [{ start: 0, end: 3, key: 'a' }, { start: 3, end: 6, key: 'a' }])).toEqual([
      { start: 0, end: 6, text: 'abcdef', keys: ['a'] },
      { start: 6, end: 10, text: 'ghij', keys: [] },
    ]);
  });

  it('splits a mark where one relation behind it gives way to another, though one relation runs on through both', () => {
    expect(runsOf(TEXT, [{ start: 0, end: 6, key: 'a' }, { start: 0, end: 3, key: 'b' }, { start: 3, end: 6, key: 'c' }])).toEqual([
      { start: 0, end: 3, text: 'abc', keys: ['a', 'b'] },
      { start: 3, end: 6, text: 'def', keys: ['a', 'c'] },
      { start: 6, end: 10, text: 'ghij', keys: [] },
    ]);
  });

  it('does not split a mark at an empty passage inside it', () => {
    expect(runsOf(TEXT, [{ start: 0, end: 6, key: 'a' }, { start: 2, end: 2, key: 'empty' }])).toEqual([
      { start: 0, end: 6, text: 'abcdef', keys: ['a'] },
      { start: 6, end: 10, text: 'ghij', keys: [] },
    ]);
  });

  it('always covers the whole text with non-empty runs, each carrying exactly the passages over it', () => {
    const span = fc.record({ start: fc.integer({ min: -3, max: 23 }), length: fc.integer({ min: 0, max: 12 }), key: fc.constantFrom('a', 'b', 'c', 'd') });
    fc.assert(
      fc.property(fc.string({ minLength: 0, maxLength: 20 }), fc.array(span, { maxLength: 6 }), (text, raw) => {
        const spans = raw.map(({ start, length, key }) => ({ start, end: start + length, key }));
        const runs = segmentPassages(text, spans);
        expect(runs.map((run) => run.text).join('')).toBe(text);
        let at = 0;
        for (const [i, run] of runs.entries()) {
          expect(run.start).toBe(at);
          expect(run.end).toBeGreaterThan(run.start);
          expect(run.text).toBe(text.slice(run.start, run.end));
          for (let char = run.start; char < run.end; char++) {
            const covering = spans.filter((s) => s.start <= char && s.end > char).map((s) => s.key);
            expect(run.keys).toEqual(covering);
          }
          if (i > 0) expect(run.keys).not.toEqual(runs[i - 1]!.keys);
          at = run.end;
        }
      }),
    );
  });
});
