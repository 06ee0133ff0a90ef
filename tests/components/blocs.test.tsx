import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderExplorer, SMALL_FIXTURE } from './renderExplorer';

const map = () => screen.getByRole('group', { name: 'Map of actors and their stances' });
const details = () => screen.getByRole('complementary', { name: 'Details' });

/**
 * The harbour dispute with the militia part of Northland, and Mara Vell (the militia's) fighting
 * the raiders too: closed, Northland's bloc holds three actors, one relation inside (its offer of
 * boats to the militia), and two members' hostility to the raiders on one line.
 */
function northlandBloc() {
  const data = structuredClone(SMALL_FIXTURE);
  data.actors.find((actor: { id: string }) => actor.id === 'harbour-militia').partOf = 'northland';
  const fights = data.relations.find((relation: { id: string }) => relation.id === 'militia-fights-raiders');
  data.relations.push({ ...fights, id: 'vell-fights-raiders', source: 'mara-vell', summary: 'Mara Vell fights the raiders.' });
  return data;
}
const BLOC = /^Northland · 3, a bloc of 3 actors, 1 relation inside$/;
const bloc = () => within(map()).getByRole('button', { name: BLOC });

describe('blocs', () => {
  it('draws a closed bloc as one shape with its count, its members’ relations on its lines', async () => {
    const user = userEvent.setup();
    renderExplorer('?blocs=northland', northlandBloc());
    expect(bloc()).toHaveAttribute('data-bloc', 'closed');
    expect(bloc()).toHaveAttribute('data-actor-id', 'northland');
    expect(bloc()).toHaveTextContent('Northland · 3');
    expect(within(map()).queryByRole('button', { name: 'Harbour Militia' })).not.toBeInTheDocument();
    expect(within(map()).queryByRole('button', { name: 'Mara Vell' })).not.toBeInTheDocument();

    // The bloc's line to the raiders holds two members' relations: its chooser says who did what.
    const line = within(map()).getByRole('button', { name: 'Northland — hostility → The Raiders, 2 relations' });
    expect(line).toHaveAttribute('data-relation-ids', 'militia-fights-raiders vell-fights-raiders');
    await user.click(line);
    const menu = await screen.findByRole('menu', { name: 'Northland — hostility → The Raiders: 2 relations' });
    const items = within(menu).getAllByRole('menuitem');
    expect(items[0]).toHaveTextContent('Harbour Militia — hostility → The Raiders');
    expect(items[1]).toHaveTextContent('Mara Vell — hostility → The Raiders');
    await user.click(items[1]!);
    expect(await within(details()).findByRole('heading', { level: 2, name: 'Mara Vell — hostility → The Raiders' })).toBeInTheDocument();
    // What is chosen is never folded away: the bloc opened, its members back on the map.
    expect(within(map()).getByRole('button', { name: 'Mara Vell' })).toBeInTheDocument();
    expect(within(map()).getByRole('button', { name: 'Northland' })).toHaveAttribute('data-bloc', 'open');
    expect(window.location.search).toBe('?select=relation:vell-fights-raiders&blocs=none');
  });

  it('opens with Enter on the bloc, and closes again from its details', async () => {
    const user = userEvent.setup();
    renderExplorer('?blocs=northland', northlandBloc());
    act(() => bloc().focus());
    await user.keyboard('{Enter}');
    expect(within(map()).getByRole('button', { name: 'Northland' })).toHaveAttribute('data-bloc', 'open');
    expect(within(map()).getByRole('button', { name: 'Harbour Militia' })).toBeInTheDocument();
    await user.click(await within(details()).findByRole('button', { name: 'Close into one bloc' }));
    expect(bloc()).toHaveAttribute('data-bloc', 'closed');
    expect(within(map()).queryByRole('button', { name: 'Harbour Militia' })).not.toBeInTheDocument();
    expect(window.location.search).toBe('?select=actor:northland&blocs=northland');
  });

  it('switches every bloc with Show blocs, and a deep link into a closed bloc opens it', async () => {
    const user = userEvent.setup();
    renderExplorer('', northlandBloc());
    const control = screen.getByRole('button', { name: 'Show blocs' });
    expect(control).toHaveAttribute('aria-pressed', 'false');
    await user.click(control);
    expect(control).toHaveAttribute('aria-pressed', 'true');
    expect(bloc()).toHaveAttribute('data-bloc', 'closed');
    expect(within(map()).getByRole('button', { name: /^Southland · 2, a bloc of 2 actors$/ })).toHaveAttribute('data-bloc', 'closed');
    expect(window.location.search).toBe('?blocs=all');
    await user.click(control);
    expect(within(map()).getByRole('button', { name: 'Harbour Militia' })).toBeInTheDocument();
  });

  it('a deep link to what a closed bloc holds opens that bloc only', () => {
    renderExplorer('?blocs=all&select=actor:mara-vell', northlandBloc());
    expect(within(map()).getByRole('button', { name: 'Mara Vell' })).toHaveAttribute('aria-pressed', 'true');
    expect(within(map()).getByRole('button', { name: /^Southland · 2/ })).toHaveAttribute('data-bloc', 'closed');
  });

  it('lists every actor in the table, each with its bloc, closed ones said so', async () => {
    const user = userEvent.setup();
    renderExplorer('?blocs=northland', northlandBloc());
    await user.click(screen.getByRole('button', { name: 'Show as a table' }));
    const actors = await screen.findByRole('table', { name: /^Actors/ });
    const row = within(actors).getByRole('button', { name: 'Mara Vell' }).closest('tr')!;
    expect(row).toHaveTextContent('Northland (closed on the map)');
    expect(within(actors).getAllByRole('row')).toHaveLength(1 + 6);
  });
});

describe('blocs in a story', () => {
  it('shows the blocs a step closes, and every actor at a step that closes none', async () => {
    const user = userEvent.setup();
    const data = northlandBloc();
    data.story[0].view = { blocs: ['northland'] };
    data.story[1].view = { blocs: [] };
    const { container } = renderExplorer('?present=1', data);
    await screen.findByRole('region', { name: 'Story step' });
    // The presentation's map is a picture: its actors are images, named as on the explorer's map.
    const northland = () => container.querySelector('[data-actor-id="northland"]')!;
    expect(northland()).toHaveAttribute('data-bloc', 'closed');
    expect(northland().getAttribute('aria-label')).toMatch(BLOC);
    expect(container.querySelector('[data-actor-id="mara-vell"]')).toBeNull();
    await user.keyboard('{ArrowRight}');
    await screen.findByText(/^Step 2 of/);
    expect(northland()).toHaveAttribute('data-bloc', 'open');
    expect(container.querySelector('[data-actor-id="mara-vell"]')).not.toBeNull();
  });
});

describe('a bloc’s details', () => {
  it('list the relations inside it: a tap on the bloc, a tap on the relation', async () => {
    const user = userEvent.setup();
    renderExplorer('?blocs=northland', northlandBloc());
    await user.click(screen.getByRole('button', { name: 'Show as a table' }));
    await user.click(await screen.findByRole('button', { name: 'Northland' }));
    const among = await within(details()).findByRole('heading', { level: 3, name: 'Inside this bloc' });
    expect(among.nextElementSibling).toHaveTextContent('Northland — offer → Harbour Militia');
    await user.click(within(details()).getByRole('button', { name: 'Northland — offer → Harbour Militia' }));
    expect(await within(details()).findByRole('heading', { level: 2, name: 'Northland — offer → Harbour Militia' })).toBeInTheDocument();
  });
});
