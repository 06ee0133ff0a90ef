import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { actorAccessibleName } from '../../src/components/graph/labelGeometry';
import { renderExplorer, SMALL_FIXTURE } from './renderExplorer';

const map = () => screen.getByRole('group', { name: 'Map of actors and their stances' });

/** A fictional dispute with names long enough to wrap onto two and three lines. */
function withLongNames() {
  const data = structuredClone(SMALL_FIXTURE);
  data.actors[0].name = 'Northern Harbour Workers’ Cooperative';
  data.actors[1].name = 'Port Authority of the Southern Coast and Islands';
  return data;
}

describe('actor labels and accessible names', () => {
  it('starts every actor’s accessible name with the label drawn for it, however the label wraps', () => {
    renderExplorer('', withLongNames());
    const actors = within(map()).getAllByRole('button').filter((element) => element.hasAttribute('data-actor-id'));
    expect(actors.length).toBe(SMALL_FIXTURE.actors.length);
    for (const actor of actors) {
      const label = actor.querySelector('text.actor-label')!;
      // The drawn lines, read as text: each a tspan, apart by a space.
      const visible = label.textContent!.replace(/\s+/g, ' ').trim();
      expect(visible.length).toBeGreaterThan(0);
      expect(actor.getAttribute('aria-label')!.startsWith(visible)).toBe(true);
    }
    const wrapped = within(map()).getByRole('button', { name: 'Port Authority of the Southern Coast and Islands' });
    expect(wrapped.querySelectorAll('tspan').length).toBeGreaterThan(1);
    expect(wrapped.querySelector('text')!.textContent).toBe('Port Authority of the Southern Coast and Islands');
  });
});

describe('actorAccessibleName', () => {
  it('is the name alone when the label shows all of it', () => {
    expect(actorAccessibleName('United States', 'United States')).toBe('United States');
    expect(actorAccessibleName('U.S.  Central\nCommand', 'U.S. Central Command')).toBe('U.S. Central Command');
  });

  it('puts a shorter label first, then the full name', () => {
    expect(actorAccessibleName('CENTCOM', 'U.S. Central Command')).toBe('CENTCOM (U.S. Central Command)');
  });

  it('says a label that begins the name once', () => {
    expect(actorAccessibleName('Liwa al-Mu’tasim', 'Liwa al-Mu’tasim Brigade')).toBe('Liwa al-Mu’tasim Brigade');
  });
});
