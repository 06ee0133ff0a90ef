import { INTERFACE_LOCALES } from '../../i18n/interfaceLanguage';
import { relationName } from '../theme';
import { lazy, Suspense, useId, useMemo, useRef, useState } from 'react';
import { BUNDLED_DATASET } from '../../app/bundledDataset';
import { useOpenOnRequest } from './DialogButton';
import { DEFAULT_EMBED_OPTIONS, type EmbedOptions, type Theme } from '../../embed/embedOptions';
import { embedQuery, embedSnippet } from '../../embed/embedSnippet';
import type { Dataset } from '../../model/datasetSchema';
import { NO_FILTERS } from '../../model/filters';
import { formatBlocs } from '../../model/blocs';
import { interfaceLocale, t, tn } from '../../i18n/translate';
import { useMapStore } from '../../store/MapStoreProvider';
import { copyToClipboard } from './copyToClipboard';
import { tElements } from '../../i18n/tElements';

// Publishing one's own map (the checks, the page writer) loads only when such a map is open.
const loadPublishing = () => import('./PublishOwnMap');
const PublishOwnMap = lazy(() => loadPublishing().then((module) => ({ default: module.PublishOwnMap })));
const PublishLacks = lazy(() => loadPublishing().then((module) => ({ default: module.PublishLacks })));

/**
 * Whether the map is the one the deployed embed.html carries, unchanged: only then does a bare
 * embed.html address show it. Anything else (opened, made or edited here) must travel with its data.
 */
const isBundledDataset = (dataset: Dataset) => dataset === BUNDLED_DATASET || canonicalJson(dataset) === canonicalJson(BUNDLED_DATASET);

/** JSON with every object's keys in order, so that a dataset read back by the validator compares equal to its file. */
const canonicalJson = (value: unknown) =>
  JSON.stringify(value, (_key, part: unknown) =>
    part && typeof part === 'object' && !Array.isArray(part) ? Object.fromEntries(Object.entries(part).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : part,
  );

const DEFAULT_HEIGHT = 640;
type FlagName = 'plain' | 'static' | 'transparent' | 'reduceMotion';
const FLAG_LABELS: [FlagName, () => string][] = [
  ['plain', () => t('Plain: no title or source line')],
  ['static', () => t('Static: no interaction (print, AMP, screenshots)')],
  ['transparent', () => t('Transparent background')],
  ['reduceMotion', () => t('No animation')],
];

/**
 * Builds the iframe snippet for the current view, with the render flags the journalist picks; for
 * a map of one's own, the ways to publish it with its data (PublishOwnMap). Opened by the header's Embed button (a DialogButton), which loads this module on its first click.
 */
export function EmbedDialog({ pageUrl, openRequests }: { pageUrl: string; openRequests: number }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const index = useMapStore((state) => state.index);
  const selection = useMapStore((state) => state.selection);
  const filters = useMapStore((state) => state.filters);
  const lines = useMapStore((state) => state.lineMode);
  const blocs = useMapStore((state) => state.blocs);
  const closedBlocs = useMapStore((state) => state.closedBlocs);
  // Left out, the embed opens as its size has it: in blocs in a narrow column.
  const [blocsChoice, setBlocsChoice] = useState<'size' | 'now' | 'none'>('size');
  const blocsNow = formatBlocs(closedBlocs, blocs);
  const [withSelection, setWithSelection] = useState(true);
  const [withFilters, setWithFilters] = useState(true);
  const hasStory = (index.dataset.story?.length ?? 0) > 0;
  const [playStory, setPlayStory] = useState(false);
  const [options, setOptions] = useState<EmbedOptions>(DEFAULT_EMBED_OPTIONS);
  // Kept as typed, so that clearing the field to type a new number does not snap back.
  const [heightText, setHeightText] = useState(String(DEFAULT_HEIGHT));
  const typedHeight = Number(heightText);
  const height = heightText && Number.isFinite(typedHeight) ? Math.min(2000, Math.max(300, typedHeight)) : DEFAULT_HEIGHT;
  const [copyStatus, setCopyStatus] = useState('');

  const selectionName =
    selection?.kind === 'relation'
      ? relationName(index, index.relationsById.get(selection.id)!)
      : selection?.kind === 'actor'
        ? index.actorsById.get(selection.id)?.name
        : undefined;
  const filtered = filters.hiddenStances.length > 0 || filters.hiddenKinds.length > 0 || filters.focusActorId !== null;
  const bundled = useMemo(() => isBundledDataset(index.dataset), [index.dataset]);
  const view = { selection: withSelection ? selection : null, filters: withFilters ? filters : NO_FILTERS, lines, blocs: blocsChoice === 'size' ? undefined : blocsChoice === 'now' ? blocsNow : 'none' };
  const snippetFor = (dataUrl?: string) =>
    embedSnippet({
      embedPageUrl: new URL('embed.html', pageUrl).href,
      hostScriptUrl: new URL('embed.js', pageUrl).href,
      view,
      options,
      title: t('{title} — interactive map', { title: index.dataset.title }),
      height,
      dataUrl,
      ...(playStory && hasStory ? { storyPageUrl: new URL('index.html', pageUrl).href } : {}),
    });
  const snippet = bundled ? snippetFor() : '';

  const [offlineStatus, setOfflineStatus] = useState('');
  const downloadOffline = async () => {
    setOfflineStatus(t('Preparing the file…'));
    try {
      const [{ selfContainedPage }, { downloadBlob }] = await Promise.all([import('../../embed/selfContainedPage'), import('../export/exportMap')]);
      const response = await fetch(new URL('stancemap.html', pageUrl), { cache: 'no-cache' });
      if (!response.ok) throw new Error(t('the server answered {status}', { status: String(response.status) }));
      const fileName = `${index.dataset.id}-offline.html`;
      downloadBlob(new Blob([selfContainedPage(await response.text(), index.dataset)], { type: 'text/html' }), fileName);
      setOfflineStatus(t('Downloaded {fileName}.', { fileName }));
    } catch (cause) {
      setOfflineStatus(t('The file could not be made ({reason}). It is built from this site’s stancemap.html: check the connection and try again.', { reason: cause instanceof Error ? cause.message : String(cause) }));
    }
  };

  useOpenOnRequest(dialogRef, openRequests, () => setCopyStatus(''));
  const close = () => {
    const dialog = dialogRef.current!;
    if (typeof dialog.close === 'function') dialog.close();
    else dialog.removeAttribute('open');
  };
  const copy = async () => setCopyStatus(await copyToClipboard(snippet));

  return (
    <dialog ref={dialogRef} className="embed-dialog" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('Embed this map')}</h2>
      {bundled ? (
        <p>{t('Paste this into your page. The iframe works alone; the script keeps its height right as readers explore.')}</p>
      ) : (
        <Suspense fallback={<p role="status">{t('Checking the map…')}</p>}>
          <PublishLacks dataset={index.dataset} />
        </Suspense>
      )}
      <fieldset>
        <legend>{t('Start with')}</legend>
        <label>
          <input type="checkbox" checked={withSelection && selection !== null} disabled={selection === null} onChange={(event) => setWithSelection(event.target.checked)} />
          {selectionName ? t('The current selection: {name}', { name: selectionName }) : t('The current selection (nothing is selected)')}
        </label>
        <label>
          <input type="checkbox" checked={withFilters && filtered} disabled={!filtered} onChange={(event) => setWithFilters(event.target.checked)} />
          {filtered ? t('The current filters') : t('The current filters (none)')}
        </label>
        <label>
          <input type="checkbox" checked={playStory && hasStory} disabled={!hasStory} onChange={(event) => setPlayStory(event.target.checked)} />
          {hasStory ? t('The story, step by step under the map') : t('The story (this map has none)')}
        </label>
        {blocs.size > 0 && (
          <label>
            {t('Blocs')}{' '}
            <select value={blocsChoice} onChange={(event) => setBlocsChoice(event.target.value as typeof blocsChoice)}>
              <option value="size">{t('closed where the embed is too small for every name')}</option>
              <option value="now">{closedBlocs.size === 0 ? t('as on this map now (every actor)') : tn(closedBlocs.size, 'as on this map now ({count} bloc closed)', 'as on this map now ({count} blocs closed)')}</option>
              <option value="none">{t('every actor')}</option>
            </select>
          </label>
        )}
      </fieldset>
      <fieldset>
        <legend>{t('Look')}</legend>
        {FLAG_LABELS.map(([flag, label]) => (
          <label key={flag}>
            <input type="checkbox" checked={options[flag]} onChange={(event) => setOptions({ ...options, [flag]: event.target.checked })} />
            {label()}
          </label>
        ))}
        <label>
          {t('Theme')}{' '}
          <select value={options.theme} onChange={(event) => setOptions({ ...options, theme: event.target.value as Theme })}>
            <option value="auto">{t('follow the reader’s system')}</option>
            <option value="light">{t('light')}</option>
            <option value="dark">{t('dark')}</option>
          </select>
        </label>
        <label>
          {t('Language')}{' '}
          <select value={options.language ?? ''} onChange={(event) => setOptions({ ...options, language: event.target.value || null })}>
            <option value="">{t('the reader’s browser’s')}</option>
            {INTERFACE_LOCALES.map((locale) => (
              <option key={locale} value={locale}>
                {languageName(locale)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('Height without the script (px)')}{' '}
          <input type="number" min={300} max={2000} step={10} value={heightText} onChange={(event) => setHeightText(event.target.value)} />
        </label>
      </fieldset>
      {bundled ? (
        <>
          <label className="snippet-label">
            {t('Embed code')}
            <textarea readOnly rows={5} value={snippet} onFocus={(event) => event.target.select()} />
          </label>
          <p className="muted">
            {tElements('Hosts with a Content-Security-Policy need this map’s address in {frameSrc} and {scriptSrc}.', { frameSrc: <code>frame-src</code>, scriptSrc: <code>script-src</code> })}
          </p>
        </>
      ) : (
        <Suspense fallback={null}>
          <PublishOwnMap dataset={index.dataset} pageUrl={pageUrl} snippetFor={snippetFor} viewQuery={embedQuery(view, options)} />
        </Suspense>
      )}
      <section className="offline-download" aria-label={t('Offline')}>
        <p className="muted">{t('Without a connection: the whole explorer with this map, in one file that opens from disk.')}</p>
        <div className="dialog-actions">
          <button type="button" onClick={downloadOffline}>
            {t('Download for offline use')}
          </button>
          <span role="status">{offlineStatus}</span>
        </div>
      </section>
      <div className="dialog-actions">
        {bundled && (
          <button type="button" onClick={copy}>
            {t('Copy code')}
          </button>
        )}
        <button type="button" onClick={close}>
          {t('Close')}
        </button>
        <span role="status">{copyStatus}</span>
      </div>
    </dialog>
  );
}

/** A language's name in the interface's language, and in its own: “Arabic (العربية)”. */
function languageName(locale: string): string {
  const inInterface = new Intl.DisplayNames([interfaceLocale()], { type: 'language' }).of(locale) ?? locale;
  const inItself = new Intl.DisplayNames([locale], { type: 'language' }).of(locale) ?? locale;
  return inInterface === inItself ? inItself : `${inInterface} (${inItself})`;
}
