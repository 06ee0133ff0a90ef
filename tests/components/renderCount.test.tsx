import { fireEvent, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import * as theme from '../../src/components/theme';
import { renderExplorer } from './renderExplorer';

// Every render of an actor draws its outline once through kindPath, so its calls count actor renders.
vi.mock('../../src/components/theme', async (importOriginal) => {
  const original = await importOriginal<typeof theme>();
  return { ...original, kindPath: vi.fn(original.kindPath) };
});
const kindPath = vi.mocked(theme.kindPath);
const map = () => screen.getByRole('group', { name: 'Map of actors and their stances' });
const actorRenders = () => kindPath.mock.calls.filter(([, radius]) => radius > 6).length;

describe('what re-renders', () => {
  beforeEach(() => kindPath.mockClear());

  it('renders each actor once on load', () => {
    renderExplorer();
    expect(actorRenders()).toBe(6);
  });

  it('re-renders only the actors whose emphasis changes when the pointer moves', () => {
    renderExplorer();
    const northland = within(map()).getByRole('button', { name: 'Northland' });
    const southland = within(map()).getByRole('button', { name: 'Southland' });
    kindPath.mockClear();
    fireEvent.pointerOver(northland);
    // Northland's neighbourhood (itself, Southland, the militia) stays; the other three dim.
    expect(actorRenders()).toBe(6);
    kindPath.mockClear();
    fireEvent.pointerOver(southland);
    // Southland's neighbourhood is the same three actors: no actor changes, none re-renders.
    expect(actorRenders()).toBe(0);
    expect(within(map()).getByRole('button', { name: 'The Raiders' })).toHaveAttribute('data-emphasis', 'dimmed');
    expect(within(map()).getByRole('button', { name: 'Harbour Militia' })).toHaveAttribute('data-emphasis', 'highlighted');
  });

  it('re-renders two actors, not the map, when the selection moves from one to another', () => {
    renderExplorer();
    fireEvent.click(within(map()).getByRole('button', { name: 'Northland' }));
    fireEvent.pointerLeave(map());
    kindPath.mockClear();
    fireEvent.click(within(map()).getByRole('button', { name: 'The Raiders' }));
    // Selection highlights a neighbourhood too: Northland's {Northland, Southland, militia} becomes the
    // Raiders' {Raiders, militia, navy}; Northland, Southland, Raiders and the navy change emphasis
    // (and Northland and the Raiders change selection); the militia and Mara Vell do not.
    expect(actorRenders()).toBe(4);
  });
});
