import { describe, expect, it } from 'vitest';
import { precisePoint } from '../../src/components/graph/mapInput';

describe('a click’s point on the map', () => {
  it('is the last pointer event’s fractional point when the click’s whole pixel is within a pixel of it', () => {
    // Chromium: pointermove at 460.8, 424.8; the click that follows says 460, 424.
    expect(precisePoint({ clientX: 460, clientY: 424 }, { clientX: 460.8, clientY: 424.8 })).toEqual({ clientX: 460.8, clientY: 424.8 });
  });

  it('is the click’s own point when the pointer was elsewhere, or never seen', () => {
    expect(precisePoint({ clientX: 460, clientY: 424 }, { clientX: 470.2, clientY: 424.5 })).toEqual({ clientX: 460, clientY: 424 });
    expect(precisePoint({ clientX: 460, clientY: 424 }, { clientX: 460.5, clientY: 425 })).toEqual({ clientX: 460, clientY: 424 });
    expect(precisePoint({ clientX: 460, clientY: 424 }, null)).toEqual({ clientX: 460, clientY: 424 });
  });
});
