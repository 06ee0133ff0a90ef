import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { isSafeHttpUrl } from '../../src/model/textFragmentUrl';
import { renderExplorer, SMALL_FIXTURE } from './renderExplorer';

const PAYLOAD = '<img src=x onerror="window.pwned=1"><script>window.pwned=2</script>';

/** The shared fixture with a payload appended to every name, description, summary and metadata line. */
function hostileDataset() {
  const data = structuredClone(SMALL_FIXTURE);
  data.title += PAYLOAD;
  for (const key of ['outlet', 'author', 'rights']) data.article[key] += PAYLOAD;
  for (const actor of data.actors) {
    actor.name += PAYLOAD;
    actor.description += PAYLOAD;
  }
  for (const relation of data.relations) relation.summary += PAYLOAD;
  return data;
}

describe('a dataset full of HTML and script', () => {
  it('shows every payload as literal text and runs none of it', async () => {
    const user = userEvent.setup();
    renderExplorer('?select=relation:northland-offers-boats', hostileDataset());
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(`A fictional harbour dispute${PAYLOAD}`);
    const details = screen.getByRole('complementary', { name: 'Details' });
    await within(details).findByRole('heading', { level: 2 });
    expect(details).toHaveTextContent(`Offers boats if the militia stops working with Southland${PAYLOAD}`);
    await user.click(within(screen.getByRole('group', { name: 'Map of actors and their stances' })).getByRole('button', { name: `Northland${PAYLOAD}` }));
    expect(screen.getByRole('complementary', { name: 'Details' })).toHaveTextContent(`A state that wants the militia on its side.${PAYLOAD}`);
    expect(document.querySelectorAll('script, img[src="x"], [onerror]')).toHaveLength(0);
    expect((window as unknown as { pwned?: number }).pwned).toBeUndefined();
  });
});

describe('links from a dataset', () => {
  const HOSTILE = [
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    'jav&#x61;script:alert(1)',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    'file:///etc/passwd',
    'ftp://example.org/x',
    'blob:https://example.org/uuid',
    'about:blank',
    'chrome://settings',
    'mailto:someone@example.org',
    'tel:+123',
    '//evil.example/path',
    '/relative/path',
    'relative/path',
    '#fragment',
    'http//missing-colon.example',
    '\u0000javascript:alert(1)',
    'ws://example.org/socket',
    '',
  ];

  it(`accepts http and https only, and rejects ${HOSTILE.length} hostile or foreign addresses`, () => {
    expect(isSafeHttpUrl('https://www.thedailybeast.com/article')).toBe(true);
    expect(isSafeHttpUrl('http://example.org/a?b=c#d')).toBe(true);
    for (const url of HOSTILE) expect(isSafeHttpUrl(url), JSON.stringify(url)).toBe(false);
  });

  it('drops the link of an article whose address is not http(s), and keeps the credit', async () => {
    const data = structuredClone(SMALL_FIXTURE);
    data.article.url = 'javascript:alert(1)';
    renderExplorer('', data);
    // The validator refuses it outright; nothing on the page links to it.
    expect(await screen.findByRole('heading', { level: 1, name: 'This dataset cannot be shown yet' })).toBeInTheDocument();
    expect(document.querySelectorAll('a[href^="javascript"]')).toHaveLength(0);
  });
});
