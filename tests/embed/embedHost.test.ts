// @vitest-environment jsdom
import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { installEmbedHost, MAX_HEIGHT, MIN_HEIGHT, readResizeMessage } from '../../src/embed/host/embedHost';
import { runs } from '../propertyRuns';

describe('readResizeMessage', () => {
  it('accepts exactly a stancemap resize with a finite height, clamped', () => {
    expect(readResizeMessage({ type: 'stancemap:resize', height: 640 })).toBe(640);
    expect(readResizeMessage({ type: 'stancemap:resize', height: 640.4 })).toBe(640);
    expect(readResizeMessage({ type: 'stancemap:resize', height: 1 })).toBe(MIN_HEIGHT);
    expect(readResizeMessage({ type: 'stancemap:resize', height: 1e9 })).toBe(MAX_HEIGHT);
    for (const bad of [null, 'stancemap:resize', [], { type: 'stancemap:resize' }, { type: 'stancemap:resize', height: '640' }, { type: 'stancemap:resize', height: NaN }, { type: 'stancemap:resize', height: Infinity }, { type: 'embed-size', height: 640 }]) {
      expect(readResizeMessage(bad)).toBeNull();
    }
  });

  it('ignores properties inherited from a prototype', () => {
    const sneaky = Object.create({ type: 'stancemap:resize', height: 900 });
    expect(readResizeMessage(sneaky)).toBeNull();
  });

  it('never throws, and returns a height in range or null, for arbitrary payloads', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true, withMap: true, withSet: true, withTypedArray: true }), (payload) => {
        const height = readResizeMessage(payload);
        expect(height === null || (Number.isInteger(height) && height >= MIN_HEIGHT && height <= MAX_HEIGHT), `height ${height}`).toBe(true);
      }),
      runs(1000),
    );
    fc.assert(
      fc.property(fc.record({ type: fc.constantFrom('stancemap:resize', 'other'), height: fc.oneof(fc.double(), fc.integer(), fc.string()) }), (payload) => {
        const height = readResizeMessage(payload);
        const valid = payload.type === 'stancemap:resize' && typeof payload.height === 'number' && Number.isFinite(payload.height);
        expect(height !== null, `${JSON.stringify(payload)} gives ${height}`).toBe(valid);
      }),
      runs(1000),
    );
  });
});

describe('installEmbedHost', () => {
  let uninstall: () => void;
  let stancemap: HTMLIFrameElement;
  let other: HTMLIFrameElement;
  beforeEach(() => {
    document.body.innerHTML = '<iframe data-stancemap style="height: 600px"></iframe><iframe id="other" style="height: 300px"></iframe>';
    stancemap = document.querySelector<HTMLIFrameElement>('iframe[data-stancemap]')!;
    other = document.querySelector<HTMLIFrameElement>('#other')!;
    uninstall = installEmbedHost(window);
  });
  afterEach(() => uninstall());

  const post = (data: unknown, source: Window | null) => window.dispatchEvent(new MessageEvent('message', { data, source }));

  it('resizes the stancemap iframe the message came from', () => {
    post({ type: 'stancemap:resize', height: 812 }, stancemap.contentWindow);
    expect(stancemap.style.height).toBe('812px');
  });

  it('ignores the same message from another window, and never touches other iframes', () => {
    post({ type: 'stancemap:resize', height: 812 }, other.contentWindow);
    post({ type: 'stancemap:resize', height: 812 }, window);
    post({ type: 'stancemap:resize', height: 812 }, null);
    expect(stancemap.style.height).toBe('600px');
    expect(other.style.height).toBe('300px');
  });

  it('keeps the height for any payload that is not a valid resize, from any window', () => {
    fc.assert(
      fc.property(fc.anything(), fc.constantFrom('stancemap', 'other', 'host'), (data, from) => {
        const source = from === 'stancemap' ? stancemap.contentWindow : from === 'other' ? other.contentWindow : window;
        const before = stancemap.style.height;
        post(data, source);
        const expected = from === 'stancemap' ? readResizeMessage(data) : null;
        return stancemap.style.height === (expected === null ? before : `${expected}px`) && other.style.height === '300px';
      }),
      runs(1000),
    );
    expect(window.location.href).toBe('http://localhost:3000/');
  });
});
