import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderExplorer } from './renderExplorer';

const relationsTable = () => screen.getByRole('table', { name: /^Relations/ });
const firstCells = () => within(relationsTable()).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell')[0]!.textContent);

describe('the table view', () => {
  it('lists relations with their passages, sorts by column, filters by words, and shares the selection', async () => {
    const user = userEvent.setup();
    renderExplorer('?hideStances=support');
    await user.click(screen.getByRole('button', { name: 'Show as a table' }));
    // The table's code loads on the first click.
    await screen.findByRole('table', { name: /^Relations/ });
    expect(within(relationsTable()).getAllByRole('row')).toHaveLength(1 + 6);
    expect(firstCells()).toEqual(['Harbour Militia', 'Northland', 'Northland', 'Northland', 'Southland', 'Southland’s navy']);
    await user.click(within(relationsTable()).getByRole('button', { name: 'Who' }));
    expect(within(relationsTable()).getByRole('columnheader', { name: /Who/ })).toHaveAttribute('aria-sort', 'descending');
    expect(firstCells()[0]).toBe('Southland’s navy');
    await user.type(screen.getByRole('searchbox', { name: 'Filter the table' }), 'stipend');
    expect(firstCells()).toEqual(['Southland']);
    await user.click(within(relationsTable()).getByRole('button', { name: 'Pays the militia a monthly stipend, the last two payments missing' }));
    expect(await within(screen.getByRole('complementary', { name: 'Details' })).findByRole('heading', { level: 2 })).toHaveAccessibleName('Southland — payment → Harbour Militia');
    expect(within(relationsTable()).getAllByRole('row')[1]).toHaveAttribute('aria-selected', 'true');
    expect(screen.getByRole('status', { name: 'Selection' })).toHaveTextContent('Selected Southland — payment → Harbour Militia, 2 passages.');
    await user.click(screen.getByRole('button', { name: 'Show the map' }));
    expect(screen.getByRole('group', { name: 'Map of actors and their stances' })).toBeInTheDocument();
  });

  it('sums the network up above the map', () => {
    renderExplorer();
    expect(document.getElementById('stancemap-summary')).toHaveTextContent('6 actors and 8 stances: 2 support, 4 hostility, 1 offer, 1 payment. Most connected: Harbour Militia (5), Southland (4), Northland (3).');
  });
});
