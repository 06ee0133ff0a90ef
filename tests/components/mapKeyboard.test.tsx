import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderExplorer } from './renderExplorer';

const map = () => screen.getByRole('group', { name: 'Map of actors and their stances' });
const details = () => screen.getByRole('complementary', { name: 'Details' });
const focusedName = () => document.activeElement?.getAttribute('aria-label');

describe('the map with the keyboard', () => {
  it('is one tab stop that lands on the actor with the most relations', () => {
    renderExplorer();
    const focusable = [map(), ...within(map()).getAllByRole('button')].filter((element) => element.getAttribute('tabindex') === '0');
    expect(focusable).toEqual([map()]);
    act(() => map().focus());
    expect(focusedName()).toBe('Harbour Militia');
    const stops = [map(), ...within(map()).getAllByRole('button')].filter((element) => element.getAttribute('tabindex') === '0');
    expect(stops.map((element) => element.getAttribute('aria-label'))).toEqual(['Harbour Militia']);
  });

  it('moves between actors, into their relations and along them, then selects with Enter', async () => {
    const user = userEvent.setup();
    renderExplorer();
    act(() => map().focus());
    await user.keyboard('{ArrowRight}');
    expect(focusedName()).toBe('Mara Vell');
    await user.keyboard('{ArrowLeft}{ArrowDown}');
    expect(focusedName()).toBe('Northland — offer → Harbour Militia');
    await user.keyboard('{ArrowRight}');
    expect(focusedName()).toBe('Southland — payment → Harbour Militia');
    await user.keyboard('{Enter}');
    expect(await within(details()).findByRole('heading', { level: 2, name: 'Southland — payment → Harbour Militia' })).toBeInTheDocument();
    await user.keyboard('{ArrowDown}');
    expect(focusedName()).toBe('Southland');
    await user.keyboard(' ');
    expect(within(details()).getByRole('heading', { level: 2, name: 'Southland' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(within(details()).getByText(/Select an actor or a line/)).toBeInTheDocument();
    expect(focusedName()).toBe('Southland');
  });

  it('goes up from a member to the actor it is part of', async () => {
    const user = userEvent.setup();
    renderExplorer('?select=actor:mara-vell');
    act(() => map().focus());
    expect(focusedName()).toBe('Mara Vell');
    await user.keyboard('{ArrowUp}');
    expect(focusedName()).toBe('Harbour Militia');
  });

  it('leaves the map with a second Escape, and closing the details puts focus back on the map', async () => {
    const user = userEvent.setup();
    renderExplorer();
    act(() => map().focus());
    await user.keyboard('{Enter}');
    expect(within(details()).getByRole('heading', { level: 2, name: 'Harbour Militia' })).toBeInTheDocument();
    await user.click(within(details()).getByRole('button', { name: 'Close details' }));
    expect(focusedName()).toBe('Harbour Militia');
    await user.keyboard('{Enter}{Escape}');
    expect(focusedName()).toBe('Harbour Militia');
    await user.keyboard('{Escape}');
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Find an actor' }));
  });

  it('leaves the map with Tab', async () => {
    const user = userEvent.setup();
    renderExplorer();
    act(() => map().focus());
    await user.tab();
    expect(map().contains(document.activeElement)).toBe(false);
  });
});
