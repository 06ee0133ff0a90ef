import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderExplorer } from './renderExplorer';

describe('the Embed dialog', () => {
  it('builds the iframe snippet for the current selection, with the flags the journalist picks', async () => {
    const user = userEvent.setup();
    renderExplorer('?select=relation:navy-shells-raiders');
    await user.click(screen.getByRole('button', { name: 'Embed' }));
    // The dialog's code loads on the first click.
    const dialog = await screen.findByRole('dialog', { name: 'Embed this map' });
    const code = () => (within(dialog).getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement).value;
    expect(within(dialog).getByRole('checkbox', { name: 'The current selection: Southland’s navy — hostility → The Raiders' })).toBeChecked();
    expect(code()).toBe(
      '<iframe src="http://localhost:3000/embed.html?select=relation:navy-shells-raiders" title="A fictional harbour dispute — interactive map" width="100%" height="640" style="border:0;width:100%;max-width:100%" loading="lazy" data-stancemap></iframe>\n' +
        '<script src="http://localhost:3000/embed.js" async></script>',
    );
    await user.click(within(dialog).getByRole('checkbox', { name: /Static/ }));
    await user.click(within(dialog).getByRole('checkbox', { name: /Plain/ }));
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Theme/ }), 'dark');
    await user.click(within(dialog).getByRole('checkbox', { name: /current selection/ }));
    expect(code()).toMatch(/^<iframe src="http:\/\/localhost:3000\/embed\.html\?plain=1&amp;static=1&amp;theme=dark" /);
    const height = within(dialog).getByRole('spinbutton', { name: /Height/ });
    await user.clear(height);
    await user.type(height, '720');
    expect(code()).toContain('height="720"');
  });

  it('says when the browser refuses to copy, so the code can be copied by hand', async () => {
    const user = userEvent.setup();
    renderExplorer();
    await user.click(screen.getByRole('button', { name: 'Embed' }));
    await screen.findByRole('dialog', { name: 'Embed this map' });
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new Error('denied')) }, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy code' }));
    expect(await screen.findByText(/did not allow copying/)).toBeInTheDocument();
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.resolve() }, configurable: true });
    await user.click(screen.getByRole('button', { name: 'Copy code' }));
    expect(await screen.findByText('Copied to the clipboard.')).toBeInTheDocument();
  });
});

describe('the embed view', () => {
  // The explorer loads its embed view when asked for (?embed=1): each test waits for its map.
  const renderEmbed = async (search: string) => {
    renderExplorer(search);
    return screen.findByRole('group', { name: 'Map of actors and their stances' });
  };

  it('shows the title, the map, the legend and the source line, and the passage of a deep link', async () => {
    await renderEmbed('?embed=1&select=relation:northland-offers-boats');
    expect(screen.getByRole('heading', { level: 1, name: 'A fictional harbour dispute' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Article' })).not.toBeInTheDocument();
    const details = screen.getByRole('complementary', { name: 'Details' });
    expect(within(details).getByText('“Northland has offered the Harbour Militia “all the boats it needs” if the militia stops working with Southland”')).toBeInTheDocument();
    expect(within(details).queryByRole('button', { name: 'Show in article' })).not.toBeInTheDocument();
    expect(within(details).getByRole('link', { name: 'Open in the full map with the article ↗' })).toHaveAttribute('href', './?select=relation:northland-offers-boats');
    const source = screen.getByRole('contentinfo');
    expect(within(source).getByRole('link', { name: 'Northland Offers Eastport’s Militia a Better Deal' })).toHaveAttribute('target', '_blank');
    expect(source).toHaveTextContent('The Example Gazette');
  });

  it('drops the title and source line when plain, and keeps the passage’s credit', async () => {
    await renderEmbed('?embed=1&plain=1&select=relation:northland-offers-boats');
    expect(screen.queryByRole('heading', { level: 1 })).not.toBeInTheDocument();
    expect(screen.queryByRole('contentinfo')).not.toBeInTheDocument();
    expect(within(screen.getByRole('complementary', { name: 'Details' })).getByRole('link', { name: 'Open at The Example Gazette' })).toBeInTheDocument();
  });

  it('offers nothing to press when static', async () => {
    const map = await renderEmbed('?embed=1&static=1');
    expect(within(map).queryAllByRole('button')).toHaveLength(0);
    // 6 actors and 7 lines: Northland's two hostile relations to Southland share one.
    expect(within(map).getAllByRole('img').length).toBe(6 + 7);
    expect(map).not.toHaveAttribute('tabindex');
    expect(screen.queryByRole('button', { name: 'Zoom in' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Legend and filters' })).queryAllByRole('button')).toHaveLength(0);
  });
});
