import { describe, expect, it } from 'vitest';
import { DEFAULT_EMBED_OPTIONS, embedFlagParams, parseEmbedOptions } from '../../src/embed/embedOptions';
import { embedSnippet, embedUrl, storyEmbedUrl } from '../../src/embed/embedSnippet';
import { heightMessages } from '../../src/embed/heightMessages';
import { NO_FILTERS } from '../../src/model/filters';

describe('embed flags', () => {
  it('reads every flag, and nothing else', () => {
    expect(parseEmbedOptions('?embed=1&plain=1&static=true&transparent=yes&theme=dark&motion=reduce&lang=ar&evil=<script>')).toEqual({
      embed: true,
      plain: true,
      static: true,
      transparent: true,
      theme: 'dark',
      reduceMotion: true,
      language: 'ar',
    });
    expect(parseEmbedOptions('')).toEqual(DEFAULT_EMBED_OPTIONS);
    expect(parseEmbedOptions('?theme=purple&plain=0&embed=no')).toEqual(DEFAULT_EMBED_OPTIONS);
    expect(parseEmbedOptions('?theme=light').theme).toBe('light');
    expect(parseEmbedOptions('?theme=auto').theme).toBe('auto');
  });

  it('treats embed.html as the embed view whatever its query says', () => {
    expect(parseEmbedOptions('?select=actor:russia', { embedPage: true }).embed).toBe(true);
  });

  it('writes flags back in a fixed order, defaults left out', () => {
    expect(embedFlagParams({ ...DEFAULT_EMBED_OPTIONS, theme: 'light', static: true, embed: true, language: 'fr' })).toEqual([
      ['embed', '1'],
      ['static', '1'],
      ['theme', 'light'],
      ['lang', 'fr'],
    ]);
    expect(embedFlagParams(DEFAULT_EMBED_OPTIONS)).toEqual([]);
    expect(embedFlagParams({ ...DEFAULT_EMBED_OPTIONS, plain: true, transparent: true, reduceMotion: true, theme: 'dark' })).toEqual([
      ['plain', '1'],
      ['transparent', '1'],
      ['theme', 'dark'],
      ['motion', 'reduce'],
    ]);
  });
});

describe('the embed snippet', () => {
  const base = {
    embedPageUrl: 'https://maps.example/stancemap/embed.html',
    hostScriptUrl: 'https://maps.example/stancemap/embed.js',
    view: { selection: { kind: 'relation' as const, id: 'russia-offers-weapons' }, filters: { ...NO_FILTERS, hiddenStances: ['payment' as const] } },
    options: { ...DEFAULT_EMBED_OPTIONS, static: true, theme: 'dark' as const },
    title: 'Who backs whom',
    height: 640,
  };

  it('addresses embed.html with the view and the flags', () => {
    expect(embedUrl(base.embedPageUrl, base.view, base.options)).toBe(
      'https://maps.example/stancemap/embed.html?select=relation:russia-offers-weapons&hideStances=payment&static=1&theme=dark',
    );
  });

  it('is an iframe with a title and a height, then the resizing script', () => {
    expect(embedSnippet(base)).toBe(
      '<iframe src="https://maps.example/stancemap/embed.html?select=relation:russia-offers-weapons&amp;hideStances=payment&amp;static=1&amp;theme=dark" title="Who backs whom" width="100%" height="640" style="border:0;width:100%;max-width:100%" loading="lazy" data-stancemap></iframe>\n' +
        '<script src="https://maps.example/stancemap/embed.js" async></script>',
    );
  });

  it('plays the story from the explorer page in its embed mode, at step 1, with the look and the dataset’s address kept', () => {
    const snippet = embedSnippet({ ...base, storyPageUrl: 'https://maps.example/stancemap/index.html', dataUrl: 'https://news.example/a.json' });
    const src = new URL(/src="([^"]+)"/.exec(snippet)![1]!.replace(/&amp;/g, '&'));
    expect(src.pathname).toBe('/stancemap/index.html');
    expect(Object.fromEntries(src.searchParams)).toEqual({ data: 'https://news.example/a.json', embed: '1', static: '1', theme: 'dark', present: '1', step: '1' });
    // A story starts where its first step does, not on the explorer's selection.
    expect(src.searchParams.has('select')).toBe(false);
    expect(storyEmbedUrl('https://maps.example/index.html', DEFAULT_EMBED_OPTIONS)).toBe('https://maps.example/index.html?embed=1&present=1&step=1');
  });

  it('keeps commas in the address readable, and the dataset’s address first', () => {
    const view = { selection: null, filters: { ...NO_FILTERS, hiddenStances: ['payment' as const, 'offer' as const] } };
    expect(embedUrl(base.embedPageUrl, view, DEFAULT_EMBED_OPTIONS)).toBe('https://maps.example/stancemap/embed.html?hideStances=offer,payment');
    expect(embedUrl(base.embedPageUrl, { selection: null, filters: NO_FILTERS }, DEFAULT_EMBED_OPTIONS)).toBe('https://maps.example/stancemap/embed.html');
    expect(embedSnippet({ ...base, dataUrl: 'https://news.example/a.json' })).toContain('embed.html?data=https:%2F%2Fnews.example%2Fa.json&amp;select=relation:russia-offers-weapons');
  });

  it('escapes a dataset title, which is untrusted text', () => {
    const snippet = embedSnippet({ ...base, title: '"><script>alert(1)</script> Who\'s who' });
    expect(snippet).toContain('title="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt; Who&#39;s who"');
    expect(snippet.match(/<script/g)).toHaveLength(1);
  });
});

describe('height messages', () => {
  it('speaks our protocol, AMP’s and the Embedly/Medium one', () => {
    expect(heightMessages(512, 'https://maps.example/embed.html')).toEqual([
      { type: 'stancemap:resize', height: 512 },
      { sentinel: 'amp', type: 'embed-size', height: 512 },
      { context: 'iframe.resize', src: 'https://maps.example/embed.html', height: 512 },
    ]);
  });
});
