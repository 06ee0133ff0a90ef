import { useId, useRef, useState } from 'react';
import { useOpenOnRequest } from './DialogButton';
import { DEFAULT_EMBED_OPTIONS, type EmbedOptions, type Theme } from '../../embed/embedOptions';
import { embedSnippet } from '../../embed/embedSnippet';
import { NO_FILTERS } from '../../model/filters';
import { relationLabel } from '../../model/indexDataset';
import { useMapStore } from '../../store/MapStoreProvider';

const DEFAULT_HEIGHT = 640;
type FlagName = 'plain' | 'static' | 'transparent' | 'reduceMotion';
const FLAG_LABELS: [FlagName, string][] = [
  ['plain', 'Plain: no title or source line'],
  ['static', 'Static: no interaction (print, AMP, screenshots)'],
  ['transparent', 'Transparent background'],
  ['reduceMotion', 'No animation'],
];

/**
 * Builds the iframe snippet for the current view, with the render flags the journalist picks.
 * Opened by the header's Embed button (a DialogButton), which loads this module on its first click.
 */
export function EmbedDialog({ pageUrl, openRequests }: { pageUrl: string; openRequests: number }) {
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const index = useMapStore((state) => state.index);
  const selection = useMapStore((state) => state.selection);
  const filters = useMapStore((state) => state.filters);
  const lines = useMapStore((state) => state.lineMode);
  const [withSelection, setWithSelection] = useState(true);
  const [withFilters, setWithFilters] = useState(true);
  const [options, setOptions] = useState<EmbedOptions>(DEFAULT_EMBED_OPTIONS);
  // Kept as typed, so that clearing the field to type a new number does not snap back.
  const [heightText, setHeightText] = useState(String(DEFAULT_HEIGHT));
  const typedHeight = Number(heightText);
  const height = heightText && Number.isFinite(typedHeight) ? Math.min(2000, Math.max(300, typedHeight)) : DEFAULT_HEIGHT;
  const [copyStatus, setCopyStatus] = useState('');

  const selectionName =
    selection?.kind === 'relation'
      ? relationLabel(index, index.relationsById.get(selection.id)!)
      : selection?.kind === 'actor'
        ? index.actorsById.get(selection.id)?.name
        : undefined;
  const filtered = filters.hiddenStances.length > 0 || filters.hiddenKinds.length > 0 || filters.focusActorId !== null;
  const snippet = embedSnippet({
    embedPageUrl: new URL('embed.html', pageUrl).href,
    hostScriptUrl: new URL('embed.js', pageUrl).href,
    view: { selection: withSelection ? selection : null, filters: withFilters ? filters : NO_FILTERS, lines },
    options,
    title: `${index.dataset.title} — interactive map`,
    height,
  });

  useOpenOnRequest(dialogRef, openRequests, () => setCopyStatus(''));
  const close = () => {
    const dialog = dialogRef.current!;
    if (typeof dialog.close === 'function') dialog.close();
    else dialog.removeAttribute('open');
  };
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopyStatus('Copied to the clipboard.');
    } catch {
      setCopyStatus('This browser did not allow copying: select the code and press Ctrl+C (⌘C on a Mac).');
    }
  };

  return (
    <dialog ref={dialogRef} className="embed-dialog" aria-labelledby={titleId}>
      <h2 id={titleId}>Embed this map</h2>
      <p>Paste this into your page. The iframe works alone; the script keeps its height right as readers explore.</p>
      <fieldset>
        <legend>Start with</legend>
        <label>
          <input type="checkbox" checked={withSelection && selection !== null} disabled={selection === null} onChange={(event) => setWithSelection(event.target.checked)} />
          {selectionName ? `The current selection: ${selectionName}` : 'The current selection (nothing is selected)'}
        </label>
        <label>
          <input type="checkbox" checked={withFilters && filtered} disabled={!filtered} onChange={(event) => setWithFilters(event.target.checked)} />
          {filtered ? 'The current filters' : 'The current filters (none)'}
        </label>
      </fieldset>
      <fieldset>
        <legend>Look</legend>
        {FLAG_LABELS.map(([flag, label]) => (
          <label key={flag}>
            <input type="checkbox" checked={options[flag]} onChange={(event) => setOptions({ ...options, [flag]: event.target.checked })} />
            {label}
          </label>
        ))}
        <label>
          Theme{' '}
          <select value={options.theme} onChange={(event) => setOptions({ ...options, theme: event.target.value as Theme })}>
            <option value="auto">follow the reader’s system</option>
            <option value="light">light</option>
            <option value="dark">dark</option>
          </select>
        </label>
        <label>
          Height without the script (px){' '}
          <input type="number" min={300} max={2000} step={10} value={heightText} onChange={(event) => setHeightText(event.target.value)} />
        </label>
      </fieldset>
      <label className="snippet-label">
        Embed code
        <textarea readOnly rows={5} value={snippet} onFocus={(event) => event.target.select()} />
      </label>
      <p className="muted">
        Hosts with a Content-Security-Policy need this map’s address in <code>frame-src</code> and <code>script-src</code>.
      </p>
      <div className="dialog-actions">
        <button type="button" onClick={copy}>
          Copy code
        </button>
        <button type="button" onClick={close}>
          Close
        </button>
        <span role="status">{copyStatus}</span>
      </div>
    </dialog>
  );
}
