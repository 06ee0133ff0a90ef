import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { App } from '../../src/app/App';
import { SMALL_FIXTURE } from '../components/renderExplorer';

// A page that hands the app a dataset nobody has checked yet (not the bundled one, which the
// build checks): the app loads the validator and checks it before anything of it is shown.
describe('a dataset handed to the app unchecked', () => {
  it('is said to be opening, then shown once it has been validated', async () => {
    window.history.replaceState(null, '', '/');
    render(<App data={SMALL_FIXTURE} sourceName="small.json" />);
    expect(screen.getByRole('status')).toHaveTextContent('Opening small.json…');
    expect(await screen.findByRole('group', { name: 'Map of actors and their stances' })).toBeInTheDocument();
  });

  it('is never shown when it is broken: its problems are listed, with where they are', async () => {
    window.history.replaceState(null, '', '/');
    const broken = structuredClone(SMALL_FIXTURE);
    broken.relations[0].stance = 'friendship';
    render(<App data={broken} sourceName="small.json" />);
    expect(await screen.findByText(/relations\[0\]\.stance/)).toBeInTheDocument();
    expect(screen.queryByRole('group', { name: 'Map of actors and their stances' })).not.toBeInTheDocument();
  });
});
