import { describe, expect, it } from 'vitest';
import { formatPublished } from '../../src/components/panels/formatPublished';

describe('formatPublished', () => {
  it('writes an ISO date the way a reader does, as the British English date format would', () => {
    for (const iso of ['2016-08-05', '2016-03-01', '1999-12-31', '2024-02-29', '0999-01-09']) {
      const expected = new Date(`${iso}T12:00:00Z`).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
      expect(formatPublished(iso)).toBe(expected);
    }
    expect(formatPublished('2016-08-05')).toBe('5 August 2016');
  });

  it('leaves anything that is not a real date as it was given', () => {
    for (const text of ['2016-02-30', 'August 2016', '2016-8-5', '']) expect(formatPublished(text)).toBe(text);
  });
});
