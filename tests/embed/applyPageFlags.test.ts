// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { applyPageFlags, DEFAULT_EMBED_OPTIONS, parseEmbedOptions } from '../../src/embed/embedOptions';

/** The system's colour scheme, which the test changes as a reader's settings would. */
function systemScheme(dark: boolean) {
  const listeners: (() => void)[] = [];
  const query = {
    matches: dark,
    addEventListener: (type: string, listener: () => void) => type === 'change' && listeners.push(listener),
  };
  vi.stubGlobal('matchMedia', (media: string) => (media === '(prefers-color-scheme: dark)' ? query : { matches: false }));
  return {
    set(nowDark: boolean) {
      query.matches = nowDark;
      listeners.forEach((listener) => listener());
    },
    listeners,
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('applyPageFlags', () => {
  it('sets the theme asked for, whatever the system says', () => {
    const system = systemScheme(true);
    const root = document.createElement('html');
    applyPageFlags(root, parseEmbedOptions('?theme=light'));
    expect(root.dataset.theme).toBe('light');
    system.set(true);
    expect(root.dataset.theme).toBe('light');
    expect(system.listeners).toHaveLength(0);
    applyPageFlags(root, parseEmbedOptions('?theme=dark'));
    expect(root.dataset.theme).toBe('dark');
  });

  it('follows the system’s colour scheme with theme=auto, now and when it changes', () => {
    const system = systemScheme(true);
    const root = document.createElement('html');
    applyPageFlags(root, DEFAULT_EMBED_OPTIONS);
    expect(root.dataset.theme).toBe('dark');
    system.set(false);
    expect(root.dataset.theme).toBe('light');
  });

  it('follows the scheme as it is at first where the browser cannot tell of changes', () => {
    // Older browsers' media queries have addListener, not addEventListener.
    vi.stubGlobal('matchMedia', () => ({ matches: true, addListener: () => {} }));
    const root = document.createElement('html');
    applyPageFlags(root, DEFAULT_EMBED_OPTIONS);
    expect(root.dataset.theme).toBe('dark');
  });

  it('is light with theme=auto where the browser cannot tell the scheme', () => {
    vi.stubGlobal('matchMedia', undefined);
    const root = document.createElement('html');
    applyPageFlags(root, DEFAULT_EMBED_OPTIONS);
    expect(root.dataset.theme).toBe('light');
  });

  it('marks the page transparent, without motion and as an embed, and takes each mark back', () => {
    systemScheme(false);
    const root = document.createElement('html');
    applyPageFlags(root, parseEmbedOptions('?embed=1&transparent=1&motion=reduce'));
    expect(root.hasAttribute('data-transparent')).toBe(true);
    expect(root.dataset.motion).toBe('reduce');
    expect(root.hasAttribute('data-embed')).toBe(true);
    applyPageFlags(root, DEFAULT_EMBED_OPTIONS);
    expect(root.hasAttribute('data-transparent')).toBe(false);
    expect(root.dataset.motion).toBeUndefined();
    expect(root.hasAttribute('data-embed')).toBe(false);
  });
});
