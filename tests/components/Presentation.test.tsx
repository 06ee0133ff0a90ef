import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderExplorer, SMALL_FIXTURE } from './renderExplorer';

/** The fictional harbour story, with speaker notes on its first two steps. */
const withNotes = () => {
  const data = structuredClone(SMALL_FIXTURE);
  data.story[0].notes = 'Ask the class: why boats?';
  data.story[1].notes = 'Two payments missed: who noticed first?';
  return data;
};
const story: { title: string; caption: string }[] = SMALL_FIXTURE.story;

afterEach(() => vi.restoreAllMocks());

describe('presentation', () => {
  it('shows the audience the step’s words but never its notes, and says only where the story is', async () => {
    renderExplorer('?present=1', withNotes());
    const caption = await screen.findByRole('region', { name: 'Story step' });
    expect(within(caption).getByRole('heading', { level: 1 })).toHaveTextContent(story[0]!.title);
    expect(screen.queryByText('Ask the class: why boats?')).toBeNull();
    expect(screen.getByText(`Step 1 of ${story.length}: ${story[0]!.title}`)).toHaveAttribute('aria-live', 'polite');
    // A key of what the step's lines mean: the offer is proposed, so both looks are explained.
    const key = screen.getByRole('region', { name: 'Key' });
    const entries = within(key).getAllByRole('listitem').map((item) => item.textContent?.trim());
    expect(entries).toEqual(['offer: proposes a deal to', 'proposed, promised, considered or threatened']);
  });

  it('blanks the audience screen with B, and shows it again with B', async () => {
    const user = userEvent.setup();
    const { container } = renderExplorer('?present=1', withNotes());
    await screen.findByRole('region', { name: 'Story step' });
    await user.keyboard('b');
    expect(container.querySelector('.presentation')).toHaveAttribute('data-blanked', 'true');
    expect(screen.getByRole('status')).toHaveTextContent('The screen is blank');
    await user.keyboard('b');
    expect(container.querySelector('.presentation')).not.toHaveAttribute('data-blanked');
  });

  it('opens the presenter window with P, at the current step; a refused pop-up says how to open it', async () => {
    const user = userEvent.setup();
    const open = vi.spyOn(window, 'open').mockReturnValue(null);
    renderExplorer('?present=1&step=2', withNotes());
    await screen.findByRole('region', { name: 'Story step' });
    await user.keyboard('p');
    expect(open).toHaveBeenCalledTimes(1);
    expect(new URL(open.mock.calls[0]![0] as string, 'http://x').search).toBe('?present=1&step=2&presenter=1');
    const alert = screen.getByRole('alert');
    expect(within(alert).getByRole('link', { name: 'the presenter view' })).toHaveAttribute('href', expect.stringContaining('presenter=1'));
  });
});

describe('the presenter view', () => {
  it('shows the step with its notes, the next step’s title and a clock, and steps on', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true });
    const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime });
    renderExplorer('?present=1&presenter=1', withNotes());
    expect(await screen.findByRole('heading', { level: 1, name: 'Presenter view' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 2, name: story[0]!.title })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Notes' })).getByText('Ask the class: why boats?')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Next' })).getByText(story[1]!.title)).toBeInTheDocument();
    expect(screen.getByRole('timer')).toHaveTextContent('0:00');
    await act(() => vi.advanceTimersByTimeAsync(61_000));
    expect(screen.getByRole('timer')).toHaveTextContent('1:01');

    await user.click(screen.getByRole('button', { name: 'Next →' }));
    expect(screen.getByRole('heading', { level: 2, name: story[1]!.title })).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Notes' })).getByText('Two payments missed: who noticed first?')).toBeInTheDocument();
    expect(window.location.search).toBe('?present=1&step=2&presenter=1');
    await user.keyboard('{End}');
    expect(within(screen.getByRole('region', { name: 'Notes' })).getByText('No notes for this step.')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Next' })).getByText('This is the last step.')).toBeInTheDocument();

    const blank = screen.getByRole('button', { name: 'Blank audience screen' });
    await user.click(blank);
    expect(blank).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByText('The audience screen is blank.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Restart clock' }));
    expect(screen.getByRole('timer')).toHaveTextContent('0:00');
    vi.useRealTimers();
  });
});

describe('a story in an embed', () => {
  it('shows the step under the map with its own ← → controls, and none of the presenter’s tools or notes', async () => {
    const user = userEvent.setup();
    renderExplorer('?embed=1&present=1', withNotes());
    const step = await screen.findByRole('region', { name: 'Story step' });
    expect(within(step).getByRole('heading', { level: 2 })).toHaveTextContent(story[0]!.title);
    expect(within(step).getByRole('button', { name: 'Previous step' })).toBeDisabled();
    await user.click(within(step).getByRole('button', { name: 'Next step' }));
    expect(within(step).getByRole('heading', { level: 2 })).toHaveTextContent(story[1]!.title);
    await user.keyboard('{ArrowRight}');
    expect(within(step).getByRole('heading', { level: 2 })).toHaveTextContent(story[2]!.title);
    expect(screen.queryByRole('button', { name: /Presenter view|full screen|Leave/ })).toBeNull();
    expect(screen.queryByText(/Ask the class/)).toBeNull();
    // B and P mean nothing in a reader's article.
    const open = vi.spyOn(window, 'open');
    await user.keyboard('bp');
    expect(open).not.toHaveBeenCalled();
    expect(document.querySelector('[data-blanked]')).toBeNull();
  });
});
