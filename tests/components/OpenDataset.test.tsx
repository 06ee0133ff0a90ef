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
  it('opens a file from the Open dialog, and lists it among recent datasets', async () => {
    const user = userEvent.setup();
    renderExplorer();
    await user.click(screen.getByRole('button', { name: 'Open…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Open a dataset' });
    await user.upload(within(dialog).getByLabelText('Choose a file…'), fileOf(otherDataset()));
    expect(await screen.findByRole('heading', { level: 1, name: 'Another dispute' })).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Open…' }));
    expect(await within(await screen.findByRole('dialog', { name: 'Open a dataset' })).findByRole('button', { name: /^Another dispute/ })).toBeInTheDocument();
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
  it('starts from an article’s text and metadata, with an empty map and the article beside it', async () => {
    const user = userEvent.setup();
    renderExplorer();
    await user.click(screen.getByRole('button', { name: 'Open…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Open a dataset' });
    await user.click(within(dialog).getByText('Start a new map from an article'));
    await user.type(within(dialog).getByLabelText('Headline'), 'A Port Changes Hands');
    await user.type(within(dialog).getByLabelText('Outlet'), 'The Example Gazette');
    await user.type(within(dialog).getByLabelText('Author'), 'A. Reporter');
    fireEvent.change(within(dialog).getByLabelText('Published'), { target: { value: '2021-03-04' } });
    await user.type(within(dialog).getByLabelText('Address of the article'), 'https://example.org/port');
    await user.type(within(dialog).getByLabelText('Rights line, shown with the text'), '© The Example Gazette');
    await user.type(within(dialog).getByLabelText(/The article’s text/), 'The port was sold.{Enter}{Enter}The navy left.');
    await user.click(within(dialog).getByRole('button', { name: 'Start the map' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'A Port Changes Hands' })).toBeInTheDocument();
    const article = screen.getByRole('region', { name: 'Article' });
    expect(within(article).getByText('The navy left.')).toBeInTheDocument();
    expect(within(screen.getByRole('group', { name: 'Map of actors and their stances' })).queryAllByRole('button')).toHaveLength(0);
  });
});
