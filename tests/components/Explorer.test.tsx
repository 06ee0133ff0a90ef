import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderExplorer, SMALL_FIXTURE } from './renderExplorer';

const details = () => screen.getByRole('complementary', { name: 'Details' });
const article = () => screen.getByRole('region', { name: 'Article' });
const map = () => screen.getByRole('group', { name: 'Map of actors and their stances' });
const legend = () => screen.getByRole('region', { name: 'Legend and filters' });
/** The key on the map opens folded on a small screen (jsdom matches no media query): a reader unfolds it. */
const unfoldKey = (user: ReturnType<typeof userEvent.setup>) => user.click(screen.getByRole('button', { name: 'Key', expanded: false }));

describe('the explorer', () => {
  it('shows the dataset title, the article credit and an empty details panel', () => {
    renderExplorer();
    expect(screen.getByRole('heading', { level: 1, name: 'A fictional harbour dispute' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: '“Northland Offers Eastport’s Militia a Better Deal”' })).toHaveAttribute('href', 'https://example.org/harbour-dispute');
    expect(within(details()).getByText(/Select an actor or a line/)).toBeInTheDocument();
    expect(within(article()).getByText('Fictional text written for stancemap’s tests.')).toBeInTheDocument();
  });

  it('shows a relation’s quote, claimant and status when its line is clicked', async () => {
    const user = userEvent.setup();
    renderExplorer();
    await user.click(within(map()).getByRole('button', { name: 'Southland — payment → Harbour Militia' }));
    const panel = details();
    // The details load after the first frame: they appear a moment after the first click.
    expect(await within(panel).findByRole('heading', { level: 2, name: 'Southland — payment → Harbour Militia' })).toBeInTheDocument();
    expect(within(panel).getByText('“Southland has paid the militia a monthly stipend since 2018”')).toBeInTheDocument();
    expect(within(panel).getByText('“the last two payments never arrived”')).toBeInTheDocument();
    expect(within(panel).getByText('partly delivered')).toBeInTheDocument();
    expect(within(panel).getByRole('button', { name: 'Mara Vell' })).toBeInTheDocument();
    const publisherLinks = within(panel).getAllByRole('link', { name: 'Open at The Example Gazette' });
    expect(publisherLinks[0]).toHaveAttribute('href', 'https://example.org/harbour-dispute#:~:text=Southland%20has%20paid%20the%20militia%20a%20monthly%20stipend%20since%202018');
    expect(publisherLinks[0]).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('lists an actor’s relations grouped by stance, each selectable', async () => {
    const user = userEvent.setup();
    renderExplorer();
    await user.click(within(map()).getByRole('button', { name: 'Northland' }));
    const panel = details();
    expect(await within(panel).findByRole('heading', { level: 2, name: 'Northland' })).toBeInTheDocument();
    expect(within(panel).getByText('state')).toBeInTheDocument();
    const hostility = within(panel).getByRole('region', { name: 'hostility (2)' });
    // Each is named by what it shows: the direction, the other actor, the status, then the summary.
    expect(within(hostility).getAllByRole('button').map((button) => button.textContent)).toEqual([
      expect.stringMatching(/^→ Southland · ongoing\S/),
      expect.stringMatching(/^→ Southland · ongoing\S/),
    ]);
    within(panel).getByRole('region', { name: 'offer (1)' });
    await user.click(within(panel).getByRole('button', { name: /^→ Harbour Militia ?· proposed/ }));
    expect(within(details()).getByRole('heading', { level: 2, name: 'Northland — offer → Harbour Militia' })).toBeInTheDocument();
  });

  it('marks every cited passage in the article, and a click on one selects its relation', async () => {
    const user = userEvent.setup();
    renderExplorer();
    const marks = article().querySelectorAll('mark');
    expect(marks.length).toBeGreaterThanOrEqual(8);
    await user.click(within(article()).getByRole('link', { name: 'The militia has fought the Raiders along the coast for two years' }));
    expect(within(details()).getByRole('heading', { level: 2, name: 'Harbour Militia — hostility → The Raiders' })).toBeInTheDocument();
    const current = article().querySelector('mark[aria-current="true"]');
    expect(current).toHaveTextContent('The militia has fought the Raiders along the coast for two years');
  });

  it('selects the relations behind a shared passage in turn', async () => {
    const user = userEvent.setup();
    renderExplorer();
    // “Southland’s navy has shelled Raider camps” supports two relations.
    const shared = within(article()).getByRole('link', { name: 'Southland’s navy has shelled Raider camps' });
    await user.click(shared);
    expect(within(details()).getByRole('heading', { level: 2 })).toHaveAccessibleName('Southland’s navy — hostility → The Raiders');
    await user.click(shared);
    expect(within(details()).getByRole('heading', { level: 2 })).toHaveAccessibleName('Southland’s navy — support → Harbour Militia');
  });

  it('hides the lines of a stance from the legend and brings them back', async () => {
    const user = userEvent.setup();
    renderExplorer();
    await unfoldKey(user);
    const hostilityToggle = within(legend()).getByRole('button', { name: /hostility/ });
    expect(hostilityToggle).toHaveAttribute('aria-pressed', 'true');
    // Four hostile relations on three lines: Northland's two toward Southland share one.
    expect(within(map()).getAllByRole('button', { name: /— hostility →/ })).toHaveLength(3);
    await user.click(hostilityToggle);
    expect(hostilityToggle).toHaveAttribute('aria-pressed', 'false');
    expect(within(map()).queryAllByRole('button', { name: /— hostility →/ })).toHaveLength(0);
    expect(within(map()).getAllByRole('button', { name: /— support →/ })).toHaveLength(2);
    expect(screen.getByRole('status', { name: 'What the map shows' })).toHaveTextContent('4 stances hidden by the filters.');
    await user.click(hostilityToggle);
    expect(within(map()).getAllByRole('button', { name: /— hostility →/ })).toHaveLength(3);
  });

  it('hides actors of a kind, and their lines with them', async () => {
    const user = userEvent.setup();
    renderExplorer();
    await unfoldKey(user);
    await user.click(within(legend()).getByRole('button', { name: /government body/ }));
    expect(within(map()).queryByRole('button', { name: 'Southland’s navy' })).not.toBeInTheDocument();
    expect(within(map()).queryByRole('button', { name: /^Southland’s navy —/ })).not.toBeInTheDocument();
    expect(within(map()).getByRole('button', { name: 'Southland' })).toBeInTheDocument();
  });

  it('finds an actor by an alias and selects it', async () => {
    const user = userEvent.setup();
    renderExplorer();
    await user.type(screen.getByRole('combobox', { name: 'Find an actor' }), 'vell');
    await user.click(screen.getByRole('option', { name: /Mara Vell/ }));
    expect(within(details()).getByRole('heading', { level: 2, name: 'Mara Vell' })).toBeInTheDocument();
    expect(within(map()).getByRole('button', { name: 'Mara Vell' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('selects the first match with Enter, and says when nothing matches', async () => {
    const user = userEvent.setup();
    renderExplorer();
    const search = screen.getByRole('combobox', { name: 'Find an actor' });
    await user.type(search, 'zzz');
    expect(screen.getByRole('option', { name: 'No actor matches “zzz”' })).toBeInTheDocument();
    await user.clear(search);
    await user.type(search, 'the militia{Enter}');
    expect(within(details()).getByRole('heading', { level: 2, name: 'Harbour Militia' })).toBeInTheDocument();
  });

  it('opens a deep link with its selection, and keeps the view in the address bar', async () => {
    const user = userEvent.setup();
    renderExplorer('?select=relation:navy-shells-raiders&hideStances=offer');
    expect(within(details()).getByRole('heading', { level: 2, name: 'Southland’s navy — hostility → The Raiders' })).toBeInTheDocument();
    await unfoldKey(user);
    expect(within(legend()).getByRole('button', { name: /offer/ })).toHaveAttribute('aria-pressed', 'false');
    await user.click(within(map()).getByRole('button', { name: 'Northland' }));
    expect(window.location.search).toBe('?select=actor:northland&hideStances=offer');
  });

  it('opens the default view with a word of explanation for a deep link to an id the dataset does not have', async () => {
    const user = userEvent.setup();
    renderExplorer('?select=actor:atlantis&hideStances=<script>&focus=');
    expect(within(details()).getByText(/Select an actor or a line/)).toBeInTheDocument();
    const notice = screen.getByRole('status', { name: 'What the map shows' });
    expect(notice).toHaveTextContent('This map has no actor “atlantis”: the link may be old, or meant for another dataset.');
    await user.click(within(notice).getByRole('button', { name: 'Dismiss' }));
    expect(screen.queryByRole('status', { name: 'What the map shows' })).not.toBeInTheDocument();
  });

  it('shows only an actor’s neighbourhood on request, and the way back', async () => {
    const user = userEvent.setup();
    renderExplorer('?select=actor:raiders');
    await user.click(within(details()).getByRole('button', { name: 'Show only The Raiders and its ties' }));
    expect(within(map()).getAllByRole('button').map((element) => element.getAttribute('aria-label')).sort()).toEqual([
      'Harbour Militia',
      'Harbour Militia — hostility → The Raiders',
      'Southland’s navy',
      'Southland’s navy — hostility → The Raiders',
      'The Raiders',
    ]);
    await user.click(within(screen.getByRole('status', { name: 'What the map shows' })).getByRole('button', { name: 'Show the whole map' }));
    expect(within(map()).getByRole('button', { name: 'Northland' })).toBeInTheDocument();
  });

  it('clears the selection with Escape and with the close button', async () => {
    const user = userEvent.setup();
    renderExplorer('?select=actor:northland');
    await user.keyboard('{Escape}');
    expect(within(details()).getByText(/Select an actor or a line/)).toBeInTheDocument();
    await user.click(within(map()).getByRole('button', { name: 'The Raiders' }));
    await user.click(within(details()).getByRole('button', { name: 'Close details' }));
    expect(within(details()).getByText(/Select an actor or a line/)).toBeInTheDocument();
  });

  it('lists every problem of a broken dataset instead of a blank page', async () => {
    const broken = structuredClone(SMALL_FIXTURE);
    broken.relations[0].target = 'nowhere';
    broken.actors[0].kind = 'country';
    renderExplorer('', broken);
    expect(await screen.findByRole('heading', { level: 1, name: 'This dataset cannot be shown yet' })).toBeInTheDocument();
    const items = screen.getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual([
      'error actors[0].kind “country” is not one of: state, government-body, armed-group, person, organisation, other.',
      'error relations[0].target no actor has the id “nowhere”.',
    ]);
  });
});
