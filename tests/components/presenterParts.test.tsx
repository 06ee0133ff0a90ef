import { describe, expect, it } from 'vitest';
import { largestFitting } from '../../src/components/present/fitText';
import { formatElapsed } from '../../src/components/present/PresenterView';

describe('largestFitting', () => {
  it('takes the largest size that fits, and the smallest when none does', () => {
    const tried: number[] = [];
    const fitsUpTo = (limit: number) => (size: number) => (tried.push(size), size <= limit);
    expect(largestFitting([36, 30, 24], fitsUpTo(31))).toBe(30);
    expect(tried).toEqual([36, 30]);
    expect(largestFitting([36, 30, 24], fitsUpTo(100))).toBe(36);
    expect(largestFitting([36, 30, 24], fitsUpTo(10))).toBe(24);
  });
});

describe('formatElapsed', () => {
  it('reads as a clock: minutes and seconds, hours once past the hour', () => {
    expect(formatElapsed(0)).toBe('0:00');
    expect(formatElapsed(65_900)).toBe('1:05');
    expect(formatElapsed(3_725_000)).toBe('1:02:05');
  });
});
