import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderExplorer, SMALL_FIXTURE } from './renderExplorer';

const map = () => screen.getByRole('group', { name: 'Map of actors and their stances' });
const storyPanel = () => screen.getByRole('complementary', { name: 'Story' });
const steps = () => within(screen.getByRole('list', { name: 'Steps' })).getAllByRole('button').map((button) => button.getAttribute('aria-label'));

/** The fixture without its story: a teacher starting a lesson from scratch. */
const withoutStory = () => {
  const data = structuredClone(SMALL_FIXTURE);
  delete data.story;
  return data;
};

async function openStoryEditor(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Edit' }));
  await user.click(await screen.findByRole('button', { name: 'Story' }));
  return screen.findByRole('complementary', { name: 'Story' });
}

afterEach(() => window.sessionStorage.clear());

describe('the story editor', () => {
  it('adds the live view as a step, words it, and the step keeps the selection it was made of', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    renderExplorer('', withoutStory());
    const panel = await openStoryEditor(user);
    expect(within(panel).getByText('0 steps')).toBeInTheDocument();
    await user.click(within(map()).getByRole('button', { name: 'Northland' }));
    await user.click(within(storyPanel()).getByRole('button', { name: 'Add this view as a step' }));
    expect(await within(storyPanel()).findByText('1 step')).toBeInTheDocument();
    expect(steps()).toEqual(['Step 1, step 1 of 1']);
    const fields = within(storyPanel()).getByRole('group', { name: 'Step 1 of 1' });
    const title = within(fields).getByRole('textbox', { name: 'Title' });
    await user.clear(title);
    await user.type(title, 'Northland’s offer');
    const caption = within(fields).getByRole('textbox', { name: 'Caption' });
    // A first caption comes from what was selected, for the teacher to reword.
    expect(caption).toHaveValue(SMALL_FIXTURE.actors[0].description);
    await user.clear(caption);
    await user.type(caption, 'x'.repeat(230));
    // The guide says as one types that it will not fit on a projector.
    expect(within(fields).getByText(/230 characters: too long to read on a projector/)).toBeInTheDocument();
    await user.clear(caption);
    await user.type(caption, 'Northland courts the militia.');
    await user.type(within(fields).getByRole('textbox', { name: /Speaker notes/ }), 'Ask who gains.');
    await user.tab();
    expect(await within(storyPanel()).findByRole('button', { name: 'Northland’s offer, step 1 of 1' })).toBeInTheDocument();
    // Shown as the presentation will show it: the selection it was made of is selected again.
    expect(within(map()).getByRole('button', { name: 'Northland' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('reorders by keyboard with an announcement, duplicates, deletes, and undo brings a step back', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    renderExplorer();
    const panel = await openStoryEditor(user);
    const before = steps();
    expect(before.length).toBeGreaterThan(2);
    const first = within(panel).getAllByRole('button', { name: /, step 1 of / })[0]!;
    first.focus();
    await user.keyboard('{Alt>}{ArrowDown}{/Alt}');
    const title = before[0]!.replace(/, step 1 of \d+$/, '');
    expect(await within(panel).findByText(`Moved “${title}” to step 2 of ${before.length}.`)).toBeInTheDocument();
    expect(steps()[1]).toBe(`${title}, step 2 of ${before.length}`);
    // Focus follows the step it moved, in the effect after the move is drawn.
    await waitFor(() => expect(document.activeElement).toHaveAccessibleName(`${title}, step 2 of ${before.length}`));

    await user.click(within(panel).getByRole('button', { name: 'Duplicate' }));
    expect(await within(panel).findByText(`${before.length + 1} steps`)).toBeInTheDocument();
    await user.click(within(panel).getByRole('button', { name: 'Delete step' }));
    await user.click(within(panel).getAllByRole('button', { name: /, step 1 of / })[0]!);
    await user.click(within(panel).getByRole('button', { name: 'Delete step' }));
    expect(await within(panel).findByText(`${before.length - 1} steps`)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(await within(panel).findByText(`${before.length} steps`)).toBeInTheDocument();
  });
});
