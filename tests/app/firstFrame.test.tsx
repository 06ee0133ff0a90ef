import { act, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { App } from '../../src/app/App';
import { renderFirstFrame } from '../../src/app/firstFrame/renderFirstFrame';
import { showFirstFrame, showFirstFrameWhenParsed } from '../../src/app/firstFrame/showFirstFrame';
import { mount } from '../../src/app/mount';

/** index.html as the build writes it: the app's root, and the first frame in its template. */
function builtPage(markup = renderFirstFrame('explorer')) {
  document.body.innerHTML = `<div id="root"></div><template id="first-frame">${markup}</template>`;
  return document.getElementById('root')!;
}

afterEach(() => {
  document.body.innerHTML = '';
  window.history.replaceState(null, '', '/');
});

describe('the first frame, before the app has loaded', () => {
  it('is shown at once on a page opened without a query, inert until the app takes over', () => {
    const root = builtPage();
    expect(showFirstFrame(document, { embedPage: false })).toBe(true);
    expect(root.querySelectorAll('[data-actor-id]')).toHaveLength(29);
    expect(root).toHaveAttribute('inert');
    expect(document.documentElement.dataset.theme).toBe('light');
    // The passages keep their stance's colour, set through the CSSOM rather than as markup.
    const passage = root.querySelector<HTMLElement>('mark.passage[data-stance="support"]')!;
    expect(passage.style.backgroundColor).not.toBe('');
    expect(root.querySelector('[data-style]')).toBeNull();
  });

  it('is not shown for a deep link, another dataset or a mode: those open on a different view', () => {
    for (const query of ['?select=actor:russia', '?data=https://example.org/other.json', '?present=1', '?embed=1']) {
      window.history.replaceState(null, '', `/${query}`);
      const root = builtPage();
      expect(showFirstFrame(document, { embedPage: false }), query).toBe(false);
      expect(root).toBeEmptyDOMElement();
      expect(root).not.toHaveAttribute('inert');
    }
  });

  it('waits for the end of parsing when its script arrives before the template has been parsed', () => {
    let readyState: DocumentReadyState = 'loading';
    const state = vi.spyOn(document, 'readyState', 'get').mockImplementation(() => readyState);
    try {
      document.body.innerHTML = '<div id="root"></div>';
      showFirstFrameWhenParsed(document, { embedPage: false });
      const root = builtPage();
      expect(root).toBeEmptyDOMElement();
      readyState = 'interactive';
      document.dispatchEvent(new Event('readystatechange'));
      expect(root.querySelectorAll('[data-actor-id]')).toHaveLength(29);
      // Once: the page's later change to "complete" adds nothing.
      readyState = 'complete';
      document.dispatchEvent(new Event('readystatechange'));
      expect(root.querySelectorAll('svg.stance-map-svg')).toHaveLength(1);
    } finally {
      state.mockRestore();
    }
  });

  it('is not shown when its script arrives after the app has rendered', () => {
    const root = builtPage();
    root.innerHTML = '<div class="explorer">the live app</div>';
    showFirstFrameWhenParsed(document, { embedPage: false });
    expect(root).toHaveTextContent('the live app');
    expect(root).not.toHaveAttribute('inert');
  });

  it('is not shown by a page built without one (the development server)', () => {
    const root = builtPage('');
    expect(showFirstFrame(document, { embedPage: false })).toBe(false);
    expect(root).toBeEmptyDOMElement();
  });
});

describe('the app, when it has loaded', () => {
  it('renders in the first frame’s place: one live map, and the page answers again', async () => {
    const root = builtPage();
    showFirstFrame(document, { embedPage: false });
    act(() => mount(App, { embedPage: false }));
    await waitFor(() => expect(root).not.toHaveAttribute('inert'));
    expect(root).not.toHaveAttribute('data-first-frame');
    expect(document.querySelectorAll('svg.stance-map-svg')).toHaveLength(1);
    // Names are back: the live map is read out and reachable.
    expect(screen.getByRole('group', { name: 'Map of actors and their stances' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Russia' })).toBeInTheDocument();
  });

  it('starts even in a page that is never drawn (an iframe in a hidden container gets no animation frames)', async () => {
    const root = builtPage();
    showFirstFrame(document, { embedPage: false });
    const neverDrawn = vi.spyOn(window, 'requestAnimationFrame').mockImplementation(() => 0);
    try {
      act(() => mount(App, { embedPage: false }));
      await waitFor(() => expect(root).not.toHaveAttribute('inert'));
      expect(document.querySelectorAll('svg.stance-map-svg')).toHaveLength(1);
    } finally {
      neverDrawn.mockRestore();
    }
  });
});
