import { describe, expect, it } from 'vitest';
import { STANCE_STYLES } from '../../src/components/theme';

/** WCAG relative luminance and contrast ratio, from the definitions in WCAG 2.2. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((at) => Number.parseInt(hex.slice(at, at + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
const contrast = (a: string, b: string) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
};

// The map backgrounds of the light and dark themes (styles.css: --map-background).
const BACKGROUNDS = { light: '#ffffff', dark: '#1a1d23' };

describe('stance colours', () => {
  it('keep 3:1 contrast against the light and the dark map, as graphics must', () => {
    for (const [stance, style] of Object.entries(STANCE_STYLES)) {
      for (const [theme, background] of Object.entries(BACKGROUNDS)) {
        expect(contrast(style.colour, background), `${stance} on ${theme}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('are four different line patterns, so colour is never the only signal', () => {
    const patterns = Object.values(STANCE_STYLES).map((style) => `${style.dash}|${style.underline}`);
    expect(new Set(patterns).size).toBe(4);
  });

  it('computes contrast as WCAG does', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
