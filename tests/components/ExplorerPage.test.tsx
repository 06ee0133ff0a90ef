import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderExplorer } from './renderExplorer';

const map = () => screen.getByRole('group', { name: 'Map of actors and their stances' });
const details = () => screen.getByRole('complementary', { name: 'Details' });
const editSwitch = () => screen.getByRole('button', { name: 'Edit' });

afterEach(() => window.sessionStorage.clear());

describe('Edit mode', () => {
  it('keeps the authoring tools off a reader’s screen until Edit is switched on, and off again', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    const { unmount } = renderExplorer();
    expect(editSwitch()).toHaveAttribute('aria-pressed', 'false');
    expect(screen.queryByRole('group', { name: 'Your edits' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Undo' })).not.toBeInTheDocument();
    expect(screen.queryByText('Download the data')).not.toBeInTheDocument();
    await user.click(within(map()).getByRole('button', { name: 'Northland' }));
    expect(within(details()).queryByRole('button', { name: 'Edit the actor' })).not.toBeInTheDocument();

    await user.click(editSwitch());
    expect(editSwitch()).toHaveAttribute('aria-pressed', 'true');
    const edits = await screen.findByRole('group', { name: 'Your edits' });
    expect(within(edits).getByRole('button', { name: 'Undo' })).toBeDisabled();
    expect(within(edits).getByRole('button', { name: 'Redo' })).toBeDisabled();
    expect(within(edits).getByText('Download the data')).toBeInTheDocument();
    expect(await within(details()).findByRole('button', { name: 'Edit the actor' })).toBeInTheDocument();
    expect(within(details()).getByRole('button', { name: 'Delete the actor' })).toBeInTheDocument();

    // The choice lasts the session: the page opened again is still in Edit mode.
    unmount();
    const again = renderExplorer();
    expect(editSwitch()).toHaveAttribute('aria-pressed', 'true');
    expect(await screen.findByRole('group', { name: 'Your edits' })).toBeInTheDocument();
    await user.click(editSwitch());
    expect(screen.queryByRole('group', { name: 'Your edits' })).not.toBeInTheDocument();
    again.unmount();
    renderExplorer();
    expect(editSwitch()).toHaveAttribute('aria-pressed', 'false');
  });

  it('is not offered in the embed', () => {
    renderExplorer('?embed=1');
    expect(screen.queryByRole('button', { name: 'Edit' })).not.toBeInTheDocument();
  });
});

describe('the key on the map', () => {
  it('folds away and unfolds, and its entries filter the map either way', async () => {
    const user = userEvent.setup();
    renderExplorer();
    const key = screen.getByRole('button', { name: 'Key' });
    expect(key).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('region', { name: 'Legend and filters' })).not.toBeInTheDocument();
    await user.click(key);
    expect(key).toHaveAttribute('aria-expanded', 'true');
    const legend = screen.getByRole('region', { name: 'Legend and filters' });
    expect(document.getElementById(key.getAttribute('aria-controls')!)).toContainElement(legend);
    await user.click(within(legend).getByRole('button', { name: /hostility/ }));
    expect(within(map()).queryAllByRole('button', { name: /— hostility →/ })).toHaveLength(0);
    await user.click(key);
    expect(key).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('region', { name: 'Legend and filters' })).not.toBeInTheDocument();
    // Folding hides the key, not what it filtered.
    expect(within(map()).queryAllByRole('button', { name: /— hostility →/ })).toHaveLength(0);
    await user.click(key);
    await user.click(within(screen.getByRole('region', { name: 'Legend and filters' })).getByRole('button', { name: /hostility/ }));
    expect(within(map()).getAllByRole('button', { name: /— hostility →/ })).toHaveLength(3); // four hostile relations, two of them on one line
  });

  it('opens folded in the embed', () => {
    renderExplorer('?embed=1');
    expect(screen.getByRole('button', { name: 'Key' })).toHaveAttribute('aria-expanded', 'false');
  });
});

describe('the search', () => {
  it('is one keystroke away: “/” puts the keyboard in it, except while typing in a field', async () => {
    const user = userEvent.setup();
    renderExplorer();
    const search = screen.getByRole('combobox', { name: 'Find an actor' });
    expect(search).toHaveAttribute('aria-keyshortcuts', '/');
    await user.click(within(map()).getByRole('button', { name: 'Northland' }));
    expect(search).not.toHaveFocus();
    await user.keyboard('/');
    expect(search).toHaveFocus();
    expect(search).toHaveValue('');
    // In the field, a slash is a slash.
    await user.keyboard('a/b');
    expect(search).toHaveValue('a/b');
  });
});

describe('the band above the map', () => {
  it('folds the actions behind “More”, which says whether they are shown', async () => {
    const user = userEvent.setup();
    renderExplorer();
    const more = screen.getByRole('button', { name: 'More' });
    expect(more).toHaveAttribute('aria-expanded', 'false');
    const actions = document.getElementById(more.getAttribute('aria-controls')!)!;
    expect(within(actions).getByRole('link', { name: 'Read along' })).toBeInTheDocument();
    await user.click(more);
    expect(more).toHaveAttribute('aria-expanded', 'true');
    await user.keyboard('{Escape}');
    expect(more).toHaveAttribute('aria-expanded', 'false');
  });

  it('keeps the map-or-table switch and the network’s summary', async () => {
    renderExplorer();
    expect(screen.getByRole('button', { name: 'Show as a table' })).toHaveAttribute('aria-pressed', 'false');
    expect(document.getElementById('stancemap-summary')).toHaveTextContent(/^6 actors and 8 stances/);
  });
});
