import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderExplorer, SMALL_FIXTURE } from './renderExplorer';

/** The harbour dispute with its actors confirmed and no relation mapped yet: where a journalist starts. */
const actorsOnly = () => {
  const data = structuredClone(SMALL_FIXTURE);
  data.relations = [];
  delete data.story;
  return data;
};
/** The harbour dispute before anything is mapped: no actors, no relations. */
const nothingMapped = () => ({ ...actorsOnly(), actors: [] });
const queue = () => screen.getByRole('complementary', { name: 'Suggestions from the text' });
const actorItems = () => within(within(queue()).getByRole('list', { name: 'Actor suggestions' })).getAllByRole('listitem');
const suggestions = () => within(within(queue()).getByRole('list', { name: 'Suggestions' })).queryAllByRole('listitem');
const map = () => screen.getByRole('group', { name: 'Map of actors and their stances' });

async function openQueue(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Edit' }));
  await user.click(await screen.findByRole('button', { name: 'Suggest from the text' }));
  return screen.findByRole('complementary', { name: 'Suggestions from the text' });
}

afterEach(() => {
  window.sessionStorage.clear();
  window.localStorage.clear();
});

describe('suggestions from the text', () => {
  it('lists each suggestion with its sentence and marked words, and accepts, rejects and edits by keyboard', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    renderExplorer('', actorsOnly());
    await openQueue(user);
    const first = suggestions()[0]!;
    expect(first).toHaveAccessibleName(`Northland — offer → Harbour Militia, proposed, 1 of ${suggestions().length}`);
    // The headline says it first: “Northland Offers Eastport’s Militia a Better Deal”.
    expect(within(first).getByText('Northland Offers Eastport’s Militia', { selector: 'mark' })).toBeInTheDocument();
    const before = suggestions().length;

    // A accepts: the relation is on the map, with the suggestion's words as its passage.
    first.focus();
    await user.keyboard('a');
    expect(await within(queue()).findByText('Accepted: Northland — offer → Harbour Militia.')).toBeInTheDocument();
    expect(suggestions()).toHaveLength(before - 1);
    expect(within(map()).getByRole('button', { name: /Northland — offer → Harbour Militia/ })).toBeInTheDocument();

    // R rejects, and the keyboard stays on the list, on the one that took its place.
    // (The body's own “has offered” stays: its sentence is another piece of evidence.)
    const other = suggestions().findIndex((item) => !item.getAttribute('aria-label')!.startsWith('Northland — offer → Harbour Militia'));
    const rejectedName = suggestions()[other]!.getAttribute('aria-label')!.split(',')[0]!;
    suggestions()[other]!.focus();
    await user.keyboard('r');
    expect(await within(queue()).findByText(`Rejected: ${rejectedName}.`)).toBeInTheDocument();
    expect(suggestions()).toHaveLength(before - 2);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(document.activeElement).toBe(suggestions()[other]);

    // E opens the relation form filled in from the suggestion.
    await user.keyboard('e');
    const form = await screen.findByRole('dialog', { name: 'New relation from this passage' });
    expect(within(form).getByLabelText('Stance')).toHaveValue(suggestions()[other]!.getAttribute('aria-label')!.split(' — ')[1]!.split(' ')[0]);
    await user.click(within(form).getByRole('button', { name: 'Cancel' }));

    // Undo takes the accepted relation back, and its suggestion returns; the rejected one does not.
    await user.keyboard('{Control>}z{/Control}');
    await within(queue()).findByText('Northland Offers Eastport’s Militia', { selector: 'mark' });
    expect(within(queue()).getAllByRole('listitem', { name: /^Northland — offer → Harbour Militia/ })).toHaveLength(2);
    expect(within(queue()).queryByRole('listitem', { name: new RegExp(`^${rejectedName}`) })).toBeNull();
  });

  it('accepts every suggestion of one stance in one edit, and remembers rejections across a reopening', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    renderExplorer('', actorsOnly());
    await openQueue(user);
    await user.selectOptions(within(queue()).getByLabelText('Stance'), 'hostility');
    const hostile = suggestions().filter((item) => item.getAttribute('aria-label')!.includes('— hostility →'));
    expect(hostile.length).toBeGreaterThan(1);
    await user.click(within(queue()).getByRole('button', { name: `Accept all ${hostile.length} hostility` }));
    expect(await within(queue()).findByText(`Accepted ${hostile.length} hostility suggestions.`)).toBeInTheDocument();
    expect(suggestions().some((item) => item.getAttribute('aria-label')!.includes('— hostility →'))).toBe(false);
    // One whose relation no other sentence suggests, so that its name alone finds it.
    const names = suggestions().map((item) => item.getAttribute('aria-label')!.split(',')[0]!);
    const unique = names.findIndex((name) => names.filter((other) => other === name).length === 1);
    const rejected = names[unique]!;
    await user.click(within(suggestions()[unique]!).getByRole('button', { name: 'Reject' }));
    await user.click(within(queue()).getByRole('button', { name: 'Close' }));
    await user.click(screen.getByRole('button', { name: 'Suggest from the text' }));
    expect(within(await screen.findByRole('complementary', { name: 'Suggestions from the text' })).queryByRole('listitem', { name: new RegExp(`^${rejected}`) })).toBeNull();
  });
});

describe('actors suggested from the text', () => {
  it('come first on a map without actors: accepted by keyboard or all at once, rejected for good, then relations are suggested among them', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    renderExplorer('', nothingMapped());
    await openQueue(user);
    const items = actorItems;
    const names = () => items().map((item) => item.getAttribute('aria-label')!.split(',')[0]);
    expect(names()).toEqual(expect.arrayContaining(['Northland', 'Southland', 'Harbour Militia', 'Mara Vell']));
    expect(within(queue()).queryByRole('list', { name: 'Suggestions' })?.children ?? []).toHaveLength(0);

    // A accepts the one in focus: an actor on the map, with the first words that name it as its passage.
    const northland = items()[names().indexOf('Northland')]!;
    northland.focus();
    await user.keyboard('a');
    expect(await within(queue()).findByText('Added the actor Northland.')).toBeInTheDocument();
    expect(within(map()).getByRole('button', { name: 'Northland' })).toBeInTheDocument();
    expect(names()).not.toContain('Northland');

    // R rejects for good.
    const first = names()[0]!;
    items()[0]!.focus();
    await user.keyboard('r');
    expect(await within(queue()).findByText(`Rejected the actor ${first}.`)).toBeInTheDocument();
    expect(names()).not.toContain(first);

    await user.click(within(queue()).getByRole('button', { name: /^Accept all \d+ actors$/ }));
    expect(await within(queue()).findByText(/^Added \d+ actors\.$/)).toBeInTheDocument();
    expect(within(queue()).queryByRole('list', { name: 'Actor suggestions' })).toBeNull();
    // Now the relations among them.
    expect(suggestions().length).toBeGreaterThan(0);
  });
});

describe('a suggested actor put right before it joins the map', () => {
  it('is renamed, given other names and a larger actor, or merged with an actor or another suggestion, by keyboard', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    renderExplorer('', nothingMapped());
    await openQueue(user);
    const items = actorItems;
    const item = (name: string) => items().find((candidate) => candidate.getAttribute('aria-label')!.startsWith(`${name},`))!;
    const names = () => items().map((candidate) => candidate.getAttribute('aria-label')!.split(',')[0]);

    item('Northland').focus();
    await user.keyboard('a');
    expect(await within(queue()).findByText('Added the actor Northland.')).toBeInTheDocument();

    // E edits the one in focus: a new name, other names, and a place inside Northland.
    item('Mara Vell').focus();
    await user.keyboard('e');
    const form = within(queue()).getByRole('form', { name: 'Edit the suggested actor Mara Vell' });
    expect(within(form).getByLabelText('Name')).toHaveFocus();
    await user.clear(within(form).getByLabelText('Name'));
    await user.type(within(form).getByLabelText('Name'), 'Minister Mara Vell');
    await user.clear(within(form).getByLabelText('Other names, separated by commas'));
    await user.type(within(form).getByLabelText('Other names, separated by commas'), 'Vell, Mara Vell');
    await user.selectOptions(within(form).getByLabelText('Part of'), 'Northland');
    await user.click(within(form).getByRole('button', { name: 'Accept' }));
    expect(await within(queue()).findByText('Added the actor Minister Mara Vell.')).toBeInTheDocument();
    expect(names()).not.toContain('Mara Vell');
    await user.click(within(queue()).getByRole('button', { name: 'Close' }));
    await user.click(within(map()).getByRole('button', { name: /^Minister Mara Vell/ }));
    const details = screen.getByRole('complementary', { name: 'Details' });
    expect(within(details).getByText('Part of').nextElementSibling).toHaveTextContent('Northland');
    expect(within(details).getByText('Also called').nextElementSibling).toHaveTextContent('Vell · Mara Vell');

    // The same actor as one on the map: its names become that actor's other names.
    await user.click(await screen.findByRole('button', { name: 'Suggest from the text' }));
    const merged = names()[0]!;
    await user.click(within(item(merged)).getByRole('button', { name: 'Edit' }));
    const merging = within(queue()).getByRole('form', { name: `Edit the suggested actor ${merged}` });
    await user.selectOptions(within(merging).getByLabelText('The same actor as'), 'Northland');
    await user.click(within(merging).getByRole('button', { name: 'Merge' }));
    expect(await within(queue()).findByText(`Merged ${merged} into Northland.`)).toBeInTheDocument();
    expect(names()).not.toContain(merged);
    await user.click(within(queue()).getByRole('button', { name: 'Close' }));
    await user.click(within(map()).getByRole('button', { name: /^Northland/ }));
    expect(within(screen.getByRole('complementary', { name: 'Details' })).getByText('Also called').nextElementSibling).toHaveTextContent(merged);
    await user.click(await screen.findByRole('button', { name: 'Suggest from the text' }));

    // Escape leaves the editor without a change, back on the suggestion.
    const first = names()[0]!;
    item(first).focus();
    await user.keyboard('e');
    await user.keyboard('{Escape}');
    expect(within(queue()).queryByRole('form')).toBeNull();
    expect(names()).toContain(first);
  });

  it('merged with another suggestion, lends it its names and leaves the list', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    renderExplorer('', nothingMapped());
    await openQueue(user);
    const items = actorItems;
    const names = () => items().map((candidate) => candidate.getAttribute('aria-label')!.split(',')[0]!);
    const [from, into] = [names().find((name) => name !== 'Northland')!, 'Northland'];
    await user.click(within(items()[names().indexOf(from)]!).getByRole('button', { name: 'Edit' }));
    const form = within(queue()).getByRole('form', { name: `Edit the suggested actor ${from}` });
    await user.selectOptions(within(form).getByLabelText('The same actor as'), into);
    await user.click(within(form).getByRole('button', { name: 'Merge' }));
    expect(await within(queue()).findByText(`Merged ${from} into ${into}.`)).toBeInTheDocument();
    expect(names()).not.toContain(from);
    expect(within(items()[names().indexOf(into)]!).getByText(new RegExp(`Also: .*${from.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`))).toBeInTheDocument();
  });
});

describe('what the map leaves out', () => {
  it('counts the sentences that name two actors and carry no relation, and lists them', async () => {
    const user = userEvent.setup();
    renderExplorer('', actorsOnly());
    await openQueue(user);
    const summary = within(queue()).getByText(/^What the map leaves out: \d+ sentences name two of its actors and carry no relation$/);
    await user.click(summary);
    const listed = within(summary.closest('details')!).getAllByRole('listitem');
    expect(listed.length).toBe(Number(/(\d+) sentences/.exec(summary.textContent!)![1]));
    expect(listed[0]).toHaveTextContent(/^Northland · Harbour Militia: /);
  });
});
