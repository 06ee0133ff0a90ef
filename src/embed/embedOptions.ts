/**
 * The render flags of the embed view, read from its URL. They are public: journalists' embeds
 * are built on them, so names and meanings never change.
 *
 *   embed=1          the embed view: map, legend, passage overlay, title and source line
 *   plain=1          no title and no source line (the passage keeps its credit)
 *   static=1         no interaction: for print, AMP and screenshots
 *   transparent=1    no page background, for hosts with their own
 *   theme=light|dark|auto
 *   motion=reduce    no animation, whatever the reader's system says
 *   lang=ar|fr|es…   the interface's language (src/i18n/); left out, the reader's browser's
 */

export type Theme = 'light' | 'dark' | 'auto';

export interface EmbedOptions {
  embed: boolean;
  plain: boolean;
  static: boolean;
  transparent: boolean;
  theme: Theme;
  reduceMotion: boolean;
  /** The interface's language, as `lang` gives it; null for the reader's browser's. */
  language: string | null;
}

export const DEFAULT_EMBED_OPTIONS: EmbedOptions = { embed: false, plain: false, static: false, transparent: false, theme: 'auto', reduceMotion: false, language: null };

// Stryker disable next-line StringLiteral: a missing flag is off whatever text stands in for it
const isOn = (params: URLSearchParams, name: string) => ['1', 'true', 'yes'].includes(params.get(name) ?? '');

/**
 * Reads the flags of a query string; anything unknown is ignored.
 * @example parseEmbedOptions('?embed=1&plain=1&theme=dark') // { embed: true, plain: true, theme: 'dark', … }
 */
export function parseEmbedOptions(search: string, { embedPage = false } = {}): EmbedOptions {
  const params = new URLSearchParams(search);
  const theme = params.get('theme');
  return {
    embed: embedPage || isOn(params, 'embed'),
    plain: isOn(params, 'plain'),
    static: isOn(params, 'static'),
    transparent: isOn(params, 'transparent'),
    theme: theme === 'light' || theme === 'dark' ? theme : 'auto',
    reduceMotion: params.get('motion') === 'reduce',
    language: params.get('lang'),
  };
}

/**
 * The flags as query parameters, defaults left out, in a fixed order.
 * @example embedFlagParams({ ...DEFAULT_EMBED_OPTIONS, embed: true, static: true }) // [['embed', '1'], ['static', '1']]
 */
export function embedFlagParams(options: EmbedOptions): [string, string][] {
  const params: [string, string][] = [];
  if (options.embed) params.push(['embed', '1']);
  if (options.plain) params.push(['plain', '1']);
  if (options.static) params.push(['static', '1']);
  if (options.transparent) params.push(['transparent', '1']);
  if (options.theme !== 'auto') params.push(['theme', options.theme]);
  if (options.reduceMotion) params.push(['motion', 'reduce']);
  if (options.language) params.push(['lang', options.language]);
  return params;
}

/**
 * Applies theme, transparency and motion to the page, where CSS and the map read them. `auto`
 * follows the reader's system setting, now and when it changes.
 * @example applyPageFlags(document.documentElement, parseEmbedOptions(location.search))
 */
export function applyPageFlags(root: HTMLElement, options: EmbedOptions): void {
  const systemDark = typeof window.matchMedia === 'function' ? window.matchMedia('(prefers-color-scheme: dark)') : null;
  const applyTheme = () => {
    root.dataset.theme = options.theme === 'auto' ? (systemDark?.matches ? 'dark' : 'light') : options.theme;
  };
  applyTheme();
  if (options.theme === 'auto') systemDark?.addEventListener?.('change', applyTheme);
  root.toggleAttribute('data-transparent', options.transparent);
  if (options.reduceMotion) root.dataset.motion = 'reduce';
  else delete root.dataset.motion;
  root.toggleAttribute('data-embed', options.embed);
}
