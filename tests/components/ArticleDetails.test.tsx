import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { renderExplorer, SMALL_FIXTURE } from './renderExplorer';

afterEach(() => window.sessionStorage.clear());

/** A map started from the article's text: no outlet, author, date, address or rights yet. */
const draft = () => {
  const data = structuredClone(SMALL_FIXTURE);
  for (const field of ['outlet', 'author', 'published', 'url', 'rights']) delete data.article[field];
  return data;
};

describe('article details', () => {
  it('fills in the credit a draft left out, reporting every malformed field at once, and the map credits it', { timeout: 20_000 }, async () => {
    const user = userEvent.setup();
    renderExplorer('', draft());
    await user.click(screen.getByRole('button', { name: 'Edit' }));
    await user.click(await screen.findByRole('button', { name: 'Article details…' }));
    const form = await screen.findByRole('dialog', { name: 'Article details' });
    const outlet = within(form).getByRole('textbox', { name: 'Outlet' });
    expect(outlet).toHaveAccessibleDescription('Can wait while you draft; needed to publish.');
    await user.type(outlet, 'The Example Gazette');
    await user.type(within(form).getByRole('textbox', { name: 'Author (byline)' }), 'A. Reporter');
    await user.type(within(form).getByRole('textbox', { name: 'Address of the article' }), 'example.org/harbour');
    await user.clear(within(form).getByRole('textbox', { name: 'Headline' }));
    await user.click(within(form).getByRole('button', { name: 'Save the details' }));
    // Both problems beside their fields, the first one focused.
    expect(within(form).getByRole('textbox', { name: 'Headline' })).toHaveAccessibleDescription('The headline is needed.');
    expect(within(form).getByRole('textbox', { name: 'Address of the article' })).toHaveAccessibleDescription('An address starts with https:// or http://.');
    expect(within(form).getByRole('textbox', { name: 'Headline' })).toHaveFocus();

    await user.type(within(form).getByRole('textbox', { name: 'Headline' }), 'Northland Offers Eastport’s Militia a Better Deal');
    const address = within(form).getByRole('textbox', { name: 'Address of the article' });
    await user.clear(address);
    await user.type(address, 'https://example.org/harbour');
    await user.click(within(form).getByRole('button', { name: 'Save the details' }));
    expect(screen.queryByRole('dialog', { name: 'Article details' })).not.toBeInTheDocument();
    // The header credits what was filled in.
    expect(await screen.findByText(/A\. Reporter, The Example Gazette/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.queryByText(/A\. Reporter, The Example Gazette/)).not.toBeInTheDocument();
  });
});
