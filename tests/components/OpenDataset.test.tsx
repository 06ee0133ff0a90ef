import 'fake-indexeddb/auto';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderExplorer, SMALL_FIXTURE } from './renderExplorer';

const BUNDLED = JSON.parse(JSON.stringify(SMALL_FIXTURE));
const otherDataset = () => {
  const data = structuredClone(BUNDLED);
  data.id = 'another-dispute';
  data.title = 'Another dispute';
  return data;
};
const fileOf = (data: unknown, name = 'another.json') => new File([JSON.stringify(data)], name, { type: 'application/json' });

describe('opening another dataset', () => {
  it('opens a file from the Open dialog as one of Your maps, named in the address', async () => {
    const user = userEvent.setup();
    renderExplorer();
    await user.click(screen.getByRole('button', { name: 'Open…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Open a dataset' });
    await user.upload(within(dialog).getByLabelText('Choose a file…'), fileOf(otherDataset()));
    expect(await screen.findByRole('heading', { level: 1, name: 'Another dispute' })).toBeInTheDocument();
    expect(new URLSearchParams(window.location.search).get('map')).toMatch(/^[a-z2-9]{8}$/);
    await user.click(screen.getByRole('button', { name: 'Your maps' }));
    const maps = await screen.findByRole('dialog', { name: 'Your maps' });
    expect(await within(maps).findByRole('button', { name: /^Another dispute/ })).toBeInTheDocument();
  });

  it('opens a dropped file', async () => {
    renderExplorer();
    const zone = document.querySelector('.drop-zone')!;
    fireEvent.drop(zone, { dataTransfer: { types: ['Files'], files: [fileOf(otherDataset())] } });
    expect(await screen.findByRole('heading', { level: 1, name: 'Another dispute' })).toBeInTheDocument();
  });

  it('lists the errors of a broken file with their paths, and offers another file', async () => {
    const user = userEvent.setup();
    renderExplorer();
    const broken = otherDataset();
    broken.relations[2].stance = 'war';
    await user.click(screen.getByRole('button', { name: 'Open…' }));
    await user.upload(within(await screen.findByRole('dialog', { name: 'Open a dataset' })).getByLabelText('Choose a file…'), fileOf(broken, 'broken.json'));
    expect(await screen.findByRole('heading', { level: 1, name: 'This dataset cannot be shown yet' })).toBeInTheDocument();
    expect(screen.getByText(/broken\.json has 1 error/)).toBeInTheDocument();
    expect(screen.getByRole('listitem')).toHaveTextContent('relations[2].stance “war” is not one of: support, hostility, offer, payment.');
    await user.upload(screen.getByLabelText('Open another file…'), fileOf(otherDataset()));
    expect(await screen.findByRole('heading', { level: 1, name: 'Another dispute' })).toBeInTheDocument();
  });

  it('opens a dataset with only warnings, the warnings one click away', async () => {
    const user = userEvent.setup();
    renderExplorer();
    const warned = otherDataset();
    warned.actors[0].aliases.push('the Northerners');
    fireEvent.drop(document.querySelector('.drop-zone')!, { dataTransfer: { types: ['Files'], files: [fileOf(warned)] } });
    await screen.findByRole('heading', { level: 1, name: 'Another dispute' });
    await user.click(screen.getByText('1 warning'));
    expect(screen.getByText(/“the Northerners” does not appear in the article/)).toBeVisible();
  });

  it('says which file could not be opened, and why', async () => {
    renderExplorer();
    fireEvent.drop(document.querySelector('.drop-zone')!, { dataTransfer: { types: ['Files'], files: [new File(['x'], 'photo.png')] } });
    expect(await screen.findByRole('heading', { level: 1, name: 'This dataset could not be opened' })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByText('photo.png cannot be opened: stancemap opens one .json dataset, or a spreadsheet pair (actors.csv and relations.csv) with the article as a .txt file and, optionally, its article.json.')).toBeInTheDocument());
  });
});

describe('starting a new map', () => {
  it('starts from the article’s text alone, with an empty map that says what to do, the article beside it, and Edit on', async () => {
    const user = userEvent.setup();
    renderExplorer();
    await user.click(screen.getByRole('button', { name: 'New map' }));
    const dialog = await screen.findByRole('dialog', { name: 'New map' });
    await user.type(within(dialog).getByRole('textbox', { name: /The article’s text/ }), 'A Port Changes Hands{Enter}The navy leaves{Enter}{Enter}The port was sold.{Enter}{Enter}The navy left.');
    await user.click(within(dialog).getByRole('button', { name: 'Start the map' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'A Port Changes Hands' })).toBeInTheDocument();
    const article = screen.getByRole('region', { name: 'Article' });
    expect(within(article).getByText('The navy left.')).toBeInTheDocument();
    expect(within(article).getByText('The navy leaves')).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Map of actors and their stances' })).queryAllByRole('button')).toHaveLength(0);
    expect(await screen.findByRole('note', { name: 'Your map is empty' })).toHaveTextContent('Select words in the article');
    // The credit can wait: a warning for each missing field, no error.
    expect(screen.getByText('5 warnings')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByRole('button', { name: 'Edit' })).toHaveAttribute('aria-pressed', 'true'));
    expect(new URLSearchParams(window.location.search).get('map')).toMatch(/^[a-z2-9]{8}$/);
  });

  it('asks for the text when there is none, and starts nothing', async () => {
    const user = userEvent.setup();
    renderExplorer();
    await user.click(screen.getByRole('button', { name: 'New map' }));
    const dialog = await screen.findByRole('dialog', { name: 'New map' });
    await user.click(within(dialog).getByRole('button', { name: 'Start the map' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Paste the article’s text to begin.');
    expect(screen.getByRole('heading', { level: 1, name: SMALL_FIXTURE.title })).toBeInTheDocument();
  });
});
