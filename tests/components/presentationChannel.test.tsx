import { afterEach, describe, expect, it } from 'vitest';
import { joinPresentation, presentationChannelName, type PresentationChannel, type PresentationState } from '../../src/components/present/presentationChannel';

const open: PresentationChannel[] = [];
afterEach(() => {
  for (const channel of open.splice(0)) channel.close();
});

/** A window of a presentation: where it is, and what it heard from the others. */
function presentationWindow(name: string, start: PresentationState) {
  const window = {
    state: start,
    heard: [] as PresentationState[],
    tell(state: PresentationState) {
      window.state = state;
      channel.tell(state);
    },
  };
  const channel = joinPresentation(
    name,
    () => window.state,
    (state) => {
      window.heard.push(state);
      window.state = state;
    },
  );
  open.push(channel);
  return window;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 30));

describe('presentationChannelName', () => {
  it('is one per map: the page and the dataset it shows, whatever the step or other parameters', () => {
    expect(presentationChannelName('/app/', '?present=1&step=2')).toBe('stancemap-presentation:/app/');
    expect(presentationChannelName('/app/', '?data=a.json&present=1&presenter=1&step=5')).toBe(presentationChannelName('/app/', '?present=1&data=a.json'));
    expect(presentationChannelName('/app/', '?present=1&data=a.json')).not.toBe(presentationChannelName('/app/', '?present=1&data=b.json'));
    expect(presentationChannelName('/app/', '?present=1&map=k3x9')).not.toBe(presentationChannelName('/app/', '?present=1'));
  });
});

describe('joinPresentation', () => {
  it('a window that opens takes the step and blank screen of the one already presenting', async () => {
    const audience = presentationWindow('test-a', { at: 4, blank: true });
    await settle();
    const presenter = presentationWindow('test-a', { at: 0, blank: false });
    await settle();
    expect(presenter.state).toEqual({ at: 4, blank: true });
    // The audience heard only the newcomer's hello, which changes nothing there.
    expect(audience.heard).toEqual([]);
  });

  it('each window follows where the other goes, and another map’s presentation is not steered', async () => {
    const audience = presentationWindow('test-b', { at: 0, blank: false });
    const presenter = presentationWindow('test-b', { at: 0, blank: false });
    const elsewhere = presentationWindow('test-other', { at: 0, blank: false });
    await settle();
    presenter.tell({ at: 2, blank: false });
    await settle();
    expect(audience.state).toEqual({ at: 2, blank: false });
    audience.tell({ at: 2, blank: true });
    await settle();
    expect(presenter.state).toEqual({ at: 2, blank: true });
    expect(elsewhere.heard).toEqual([]);
  });
});
