import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { BUNDLED_DATASET } from '../../src/app/bundledDataset';
import type { Dataset } from '../../src/model/datasetSchema';
import { renderExplorer, SMALL_FIXTURE } from './renderExplorer';

describe('the Embed dialog', () => {
  it('builds the iframe snippet for the current selection of the bundled map, with the flags the journalist picks', async () => {
    const user = userEvent.setup();
    renderExplorer('?select=relation:russia-tries-to-poach-brigade', BUNDLED_DATASET);
    await user.click(screen.getByRole('button', { name: 'Embed' }));
    // The dialog's code loads on the first click.
    const dialog = await screen.findByRole('dialog', { name: 'Embed this map' });
    const code = () => (within(dialog).getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement).value;
    expect(within(dialog).getByRole('checkbox', { name: /^The current selection: Russia/ })).toBeChecked();
    expect(code()).toBe(
      '<iframe src="http://localhost:3000/embed.html?select=relation:russia-tries-to-poach-brigade" title="Russia courts a U.S.-trained Syrian rebel brigade — interactive map" width="100%" height="640" style="border:0;width:100%;max-width:100%" loading="lazy" data-stancemap></iframe>\n' +
        '<script src="http://localhost:3000/embed.js" async></script>',
    );
    await user.click(within(dialog).getByRole('checkbox', { name: /Static/ }));
    await user.click(within(dialog).getByRole('checkbox', { name: /Plain/ }));
    await user.selectOptions(within(dialog).getByRole('combobox', { name: /Theme/ }), 'dark');
    await user.click(within(dialog).getByRole('checkbox', { name: /current selection/ }));
    expect(code()).toMatch(/^<iframe src="http:\/\/localhost:3000\/embed\.html\?plain=1&amp;static=1&amp;theme=dark" /);
    // The interface's language, named in English and in itself; left alone, the reader's browser chooses.
    const language = within(dialog).getByRole('combobox', { name: /Language/ });
    expect(within(language).getByRole('option', { name: 'Arabic (العربية)' })).toBeInTheDocument();
    await user.selectOptions(language, 'ar');
    expect(code()).toMatch(/embed\.html\?plain=1&amp;static=1&amp;theme=dark&amp;lang=ar" /);
    const height = within(dialog).getByRole('spinbutton', { name: /Height/ });
    await user.clear(height);
    await user.type(height, '720');
    expect(code()).toContain('height="720"');
  });

  it('says when the browser refuses to copy, so the code can be copied by hand', async () => {
    const user = userEvent.setup();
    renderExplorer('', BUNDLED_DATASET);
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

describe('the Embed dialog for a map of one’s own', () => {
  const openDialog = async (data: unknown, search = '') => {
    const user = userEvent.setup();
    // Opened as checked: a draft that lacks its credit opens as a map (the validator's draft rule), and the dialog still stops it.
    window.history.replaceState(null, '', `/${search}`);
    render(<App data={data} checked={{ ok: true, dataset: data as Dataset, warnings: [] }} sourceName="mine.json" search={search} />);
    await user.click(screen.getByRole('button', { name: 'Embed' }));
    const dialog = await screen.findByRole('dialog', { name: 'Embed this map' });
    await within(dialog).findByRole('heading', { name: '1. A page with the map inside' });
    return { user, dialog };
  };

  it('lists what the map lacks, says where to fix it, and offers no way to publish until it is fixed', async () => {
    const draft = { ...SMALL_FIXTURE, article: { ...SMALL_FIXTURE.article, rights: '', author: ' ' } };
    const { user, dialog } = await openDialog(draft);
    // No embed code for the bundled map: it would show someone else's map.
    expect(within(dialog).queryByRole('textbox', { name: 'Embed code' })).not.toBeInTheDocument();
    const lacks = within(dialog).getByRole('region', { name: 'Before publishing, the map still lacks' });
    expect(within(lacks).getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'article.author is missing: add the article’s author (the byline), credited under the map.',
      'article.rights is missing: add the rights line (for example “© The Gazette, used with permission”), shown wherever the text is.',
    ]);
    expect(lacks).toHaveTextContent(/Article details… in the edit bar/);
    expect(within(dialog).getByRole('button', { name: 'Download the embed page' })).toBeDisabled();
    await user.type(within(dialog).getByRole('textbox', { name: 'Address of the dataset' }), 'https://news.example/dispute.json');
    expect(within(dialog).queryByRole('textbox', { name: 'Embed code' })).not.toBeInTheDocument();
  });

  it('explains both ways, and gives embed code with ?data= for an address the rules allow', async () => {
    const { user, dialog } = await openDialog(SMALL_FIXTURE, '?select=actor:northland');
    expect(within(dialog).queryByRole('region', { name: /still lacks/ })).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Download the embed page' })).toBeEnabled();
    expect(dialog).toHaveTextContent('followed by ?select=actor:northland');
    expect(dialog).toHaveTextContent(/Access-Control-Allow-Origin \(CORS\)/);
    const address = within(dialog).getByRole('textbox', { name: 'Address of the dataset' });
    await user.type(address, 'http://elsewhere.example/dispute.json');
    expect(address).toHaveAccessibleDescription('http://elsewhere.example/dispute.json is a plain http address on another site; stancemap fetches datasets from other sites over https only.');
    expect(within(dialog).queryByRole('textbox', { name: 'Embed code' })).not.toBeInTheDocument();
    await user.clear(address);
    await user.type(address, 'https://news.example/maps/dispute.json');
    expect((within(dialog).getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement).value).toBe(
      '<iframe src="http://localhost:3000/embed.html?data=https:%2F%2Fnews.example%2Fmaps%2Fdispute.json&amp;select=actor:northland" title="A fictional harbour dispute — interactive map" width="100%" height="640" style="border:0;width:100%;max-width:100%" loading="lazy" data-stancemap></iframe>\n' +
        '<script src="http://localhost:3000/embed.js" async></script>',
    );
    // A path on this site is allowed over http too, and written out whole.
    await user.clear(address);
    await user.type(address, 'data/dispute.json');
    expect((within(dialog).getByRole('textbox', { name: 'Embed code' }) as HTMLTextAreaElement).value).toContain('embed.html?data=http:%2F%2Flocalhost:3000%2Fdata%2Fdispute.json&amp;select=actor:northland');
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
