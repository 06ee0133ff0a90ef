import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderExplorer, SMALL_FIXTURE } from './renderExplorer';

const map = () => screen.getByRole('group', { name: 'Map of actors and their stances' });
const details = () => screen.getByRole('complementary', { name: 'Details' });
const focusedName = () => document.activeElement?.getAttribute('aria-label');
const GROUP_NAME = 'Northland — hostility → Southland, 2 relations';

describe('relations that share ends, direction and stance', () => {
  it('are one line that says how many it holds, and its chooser lists each with its status, claimant and first words', async () => {
    const user = userEvent.setup();
    renderExplorer();
    const line = within(map()).getByRole('button', { name: GROUP_NAME });
    expect(line).toHaveAttribute('data-relation-ids', 'northland-rivals-southland northland-disparages-southland');
    expect(line).toHaveAttribute('aria-haspopup', 'menu');
    expect(line).toHaveTextContent(/^2$/);
    expect(within(map()).queryByRole('button', { name: 'Northland — hostility → Southland' })).not.toBeInTheDocument();

    await user.click(line);
    const menu = await screen.findByRole('menu', { name: 'Northland — hostility → Southland: 2 relations' });
    const items = within(menu).getAllByRole('menuitem');
    expect(items.map((item) => item.getAttribute('data-pick-relation-id'))).toEqual(['northland-rivals-southland', 'northland-disparages-southland']);
    expect(items[0]).toHaveTextContent(/ongoing · claimed by/);
    expect(document.activeElement).toBe(items[0]);

    await user.click(items[1]!);
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    const panel = details();
    expect(await within(panel).findByRole('heading', { level: 2, name: 'Northland — hostility → Southland' })).toBeInTheDocument();
    expect(window.location.search).toBe('?select=relation:northland-disparages-southland');
    expect(line).toHaveAttribute('data-selected', 'true');
  });

  it('shows the chosen relation’s own quote, not its neighbour’s', async () => {
    const user = userEvent.setup();
    renderExplorer();
    await user.click(within(map()).getByRole('button', { name: GROUP_NAME }));
    const [first, second] = within(await screen.findByRole('menu')).getAllByRole('menuitem');
    const firstQuote = first!.querySelector('q')!.textContent!.replace('…', '');
    const secondQuote = second!.querySelector('q')!.textContent!.replace('…', '');
    expect(firstQuote).not.toBe(secondQuote);
    await user.click(first!);
    expect(details()).toHaveTextContent(firstQuote);
    expect(details()).not.toHaveTextContent(secondQuote);
  });

  it('closes the chooser with Escape, choosing nothing, and moves through it with the arrow keys', async () => {
    const user = userEvent.setup();
    renderExplorer();
    await user.click(within(map()).getByRole('button', { name: GROUP_NAME }));
    await screen.findByRole('menu');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAttribute('data-pick-relation-id', 'northland-disparages-southland');
    await user.keyboard('{ArrowDown}');
    expect(document.activeElement).toHaveAttribute('data-pick-relation-id', 'northland-rivals-southland');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
    expect(within(details()).getByText(/Select an actor or a line/)).toBeInTheDocument();

    // Escape closes it too when the focus has gone elsewhere.
    await user.click(within(map()).getByRole('button', { name: GROUP_NAME }));
    await screen.findByRole('menu');
    act(() => screen.getByRole('combobox').focus());
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).not.toBeInTheDocument();
  });

  it('are drawn apart with ?lines=all, and the map’s control switches between the two', async () => {
    const user = userEvent.setup();
    renderExplorer('?lines=all');
    expect(within(map()).getAllByRole('button', { name: 'Northland — hostility → Southland' })).toHaveLength(2);
    expect(within(map()).queryByRole('button', { name: GROUP_NAME })).not.toBeInTheDocument();
    const apart = screen.getByRole('button', { name: 'Draw every relation apart' });
    expect(apart).toHaveAttribute('aria-pressed', 'true');

    await user.click(apart);
    expect(apart).toHaveAttribute('aria-pressed', 'false');
    expect(within(map()).getByRole('button', { name: GROUP_NAME })).toBeInTheDocument();
    expect(window.location.search).toBe('');
    await user.click(apart);
    expect(window.location.search).toBe('?lines=all');
  });

  it('are each reached by the arrow-key walk, which says which one of the group it is on', async () => {
    const user = userEvent.setup();
    renderExplorer('?select=actor:northland');
    act(() => map().focus());
    expect(focusedName()).toBe('Northland');
    const reached: string[] = [];
    await user.keyboard('{ArrowDown}');
    for (let step = 0; step < 4; step++) {
      reached.push(focusedName()!);
      await user.keyboard('{ArrowRight}');
    }
    expect(reached).toContain(`${GROUP_NAME}; 1 of 2: ${summaryOf('northland-rivals-southland')}`);
    expect(reached).toContain(`${GROUP_NAME}; 2 of 2: ${summaryOf('northland-disparages-southland')}`);

    while (!focusedName()!.includes('2 of 2')) await user.keyboard('{ArrowRight}');
    await user.keyboard('{Enter}');
    expect(window.location.search).toBe('?select=relation:northland-disparages-southland');
  });

  it('open to the relation a deep link selects: the group is marked selected and the details show that relation', () => {
    renderExplorer('?select=relation:northland-disparages-southland');
    // The keyboard's place follows the selection, so the group's name says which of its relations is meant.
    expect(within(map()).getByRole('button', { name: `${GROUP_NAME}; 2 of 2: ${summaryOf('northland-disparages-southland')}` })).toHaveAttribute('aria-pressed', 'true');
    expect(details()).toHaveTextContent(summaryOf('northland-disparages-southland'));
  });
});

function summaryOf(id: string): string {
  return (SMALL_FIXTURE.relations as { id: string; summary: string }[]).find((relation) => relation.id === id)!.summary;
}
