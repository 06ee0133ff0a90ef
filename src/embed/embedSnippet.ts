import { embedFlagParams, type EmbedOptions } from './embedOptions';
import { serializeViewState, type UrlViewState } from './urlState';

export interface SnippetInput {
  /** Absolute address of embed.html. */
  embedPageUrl: string;
  /** Absolute address of embed.js. */
  hostScriptUrl: string;
  view: UrlViewState;
  options: EmbedOptions;
  /** The iframe's title, read by screen readers; dataset text, so it is escaped. */
  title: string;
  height: number;
  /** Where the embed fetches its dataset (`?data=`); without it the embed shows the dataset its page carries. */
  dataUrl?: string;
  /**
   * The explorer page's address, for an embed that plays the story step by step (`?embed=1&present=1`):
   * embed.html, one small file, shows the map only.
   */
  storyPageUrl?: string;
}

const escapeAttribute = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/'/g, '&#39;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/**
 * The query of an embed's address: the dataset's address (`?data=`, when it is fetched), the view
 * and the render flags; empty when there is nothing to say.
 * @example embedQuery({ selection: { kind: 'actor', id: 'russia' }, filters: NO_FILTERS }, options) // '?select=actor:russia'
 */
export function embedQuery(view: UrlViewState, options: EmbedOptions, dataUrl?: string): string {
  const params = new URLSearchParams(dataUrl ? { data: dataUrl } : {});
  for (const [name, value] of new URLSearchParams(serializeViewState(view))) params.set(name, value);
  // embed.html is the embed view already; the flag would only lengthen the address.
  for (const [name, value] of embedFlagParams({ ...options, embed: false })) params.set(name, value);
  const query = params.toString().replace(/%3A/gi, ':').replace(/%2C/gi, ',');
  return query ? `?${query}` : '';
}

/**
 * The address of an embed: embed.html with the view and the render flags.
 * @example embedUrl('https://maps.example/embed.html', { selection: { kind: 'actor', id: 'russia' }, filters: NO_FILTERS }, options)
 * @example embedUrl('https://maps.example/embed.html', view, options, 'https://news.example/dispute.json') // ?data=…&select=…
 */
export function embedUrl(embedPageUrl: string, view: UrlViewState, options: EmbedOptions, dataUrl?: string): string {
  const url = new URL(embedPageUrl);
  url.search = embedQuery(view, options, dataUrl);
  return url.href;
}

/**
 * The address of an embed that plays the story: the explorer page in its embed mode, at step 1.
 * @example storyEmbedUrl('https://maps.example/index.html', options) // 'https://maps.example/index.html?embed=1&present=1&step=1'
 */
export function storyEmbedUrl(explorerPageUrl: string, options: EmbedOptions, dataUrl?: string): string {
  const url = new URL(explorerPageUrl);
  const params = new URLSearchParams(dataUrl ? { data: dataUrl } : {});
  for (const [name, value] of embedFlagParams({ ...options, embed: true })) params.set(name, value);
  params.set('present', '1');
  params.set('step', '1');
  url.search = `?${params.toString()}`;
  return url.href;
}

/**
 * The HTML a journalist pastes into a CMS: the iframe (with a title for screen readers and a
 * height that works without any script), then the script that keeps its height right.
 * @example embedSnippet({ embedPageUrl, hostScriptUrl, view, options, title: 'Who backs whom', height: 640 })
 */
export function embedSnippet({ embedPageUrl, hostScriptUrl, view, options, title, height, dataUrl, storyPageUrl }: SnippetInput): string {
  const src = escapeAttribute(storyPageUrl ? storyEmbedUrl(storyPageUrl, options, dataUrl) : embedUrl(embedPageUrl, view, options, dataUrl));
  return [
    `<iframe src="${src}" title="${escapeAttribute(title)}" width="100%" height="${Math.round(height)}" style="border:0;width:100%;max-width:100%" loading="lazy" data-stancemap></iframe>`,
    `<script src="${escapeAttribute(hostScriptUrl)}" async></script>`,
  ].join('\n');
}
