import { describe, expect, it } from 'vitest';
import { plural } from '../../src/model/plural';

describe('plural', () => {
  it('uses the singular for exactly one', () => {
    expect(plural(1, 'stance')).toBe('1 stance');
  });
  it('uses the plural for zero and for many', () => {
    expect(plural(0, 'actor')).toBe('0 actors');
    expect(plural(2, 'actor')).toBe('2 actors');
  });
  it('takes an irregular plural', () => {
    expect(plural(3, 'actor is', 'actors are')).toBe('3 actors are');
    expect(plural(1, 'actor is', 'actors are')).toBe('1 actor is');
  });
});
