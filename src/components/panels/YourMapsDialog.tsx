import { useId, useRef, useState } from 'react';
import { createSavedMaps, type SavedMap, type SavedMapEntry, type SavedMaps } from '../../io/savedMaps';
import { useDatasetEditor } from '../DatasetEditor';
import { useDatasetOpener } from '../DatasetOpener';
import { useOpenOnRequest } from './DialogButton';
import './maps.css';
import '../authoring/forms.css';
import { interfaceLocale, t } from '../../i18n/translate';
import { tElements } from '../../i18n/tElements';

const changedAt = (at: number) => new Date(at).toLocaleString(interfaceLocale(), { dateStyle: 'medium', timeStyle: 'short' });
const changedTime = (at: number) => <time dateTime={new Date(at).toISOString()}>{changedAt(at)}</time>;

/**
 * "Your maps": the maps kept in this browser, each opened, renamed, duplicated or deleted. A
 * deleted map can be put back (Undo) until the dialog closes. The bundled map is one link away.
 * `maps` is this browser's storage unless a test gives its own.
 */
export function YourMapsDialog({ openRequests, maps: given }: { openRequests: number; maps?: SavedMaps }) {
  const [maps] = useState(() => given ?? createSavedMaps());
  const opener = useDatasetOpener();
  const editor = useDatasetEditor();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [entries, setEntries] = useState<SavedMapEntry[] | null>(null);
  const [problem, setProblem] = useState('');
  const [renaming, setRenaming] = useState<string | null>(null);
  const [deleted, setDeleted] = useState<SavedMap | null>(null);
  const refresh = async () => {
    const result = await maps.list();
    setEntries(result.ok ? result.value : []);
    if (!result.ok) setProblem(`${result.reason} ${t('Maps cannot be kept in this browser: download your work from Edit to keep it.')}`);
  };
  const run = async <T,>(pending: Promise<{ ok: true; value: T } | { ok: false; reason: string }>): Promise<T | undefined> => {
    const result = await pending;
    if (!result.ok) setProblem(result.reason);
    else setProblem('');
    await refresh();
    return result.ok ? result.value : undefined;
  };
  useOpenOnRequest(dialogRef, openRequests, () => {
    setDeleted(null);
    setRenaming(null);
    void refresh();
  });
  if (!opener) return null;
  const close = () => {
    const dialog = dialogRef.current!;
    if (typeof dialog.close === 'function') dialog.close();
    else dialog.removeAttribute('open');
  };
  const rename = async (entry: SavedMapEntry, title: string) => {
    setRenaming(null);
    if (!title.trim() || title === entry.title) return;
    // The map on screen is renamed as an edit (undoable), which keeps it as usual.
    if (entry.id === opener.currentMapId && editor) {
      const refused = await editor.edit((dataset) => ({ ok: true, dataset: { ...dataset, title: title.trim() } }));
      if (refused) setProblem(refused);
      return;
    }
    await run(maps.rename(entry.id, title.trim()));
  };

  return (
    <dialog ref={dialogRef} className="embed-dialog your-maps" aria-labelledby={titleId} onClose={() => setDeleted(null)}>
      <h2 id={titleId}>{t('Your maps')}</h2>
      <p className="muted">{t('Kept in this browser only. The map on screen is saved as you work.')}</p>
      {problem && (
        <p role="alert" className="form-problem">
          {problem}
        </p>
      )}
      <p role="status" className="undo-note">
        {deleted && (
          <>
            {t('Deleted ‘{title}’.', { title: deleted.title })}{' '}
            <button
              type="button"
              className="link-button"
              onClick={() => {
                const map = deleted;
                setDeleted(null);
                void run(maps.restore(map));
              }}
            >
              {t('Undo')}
            </button>
          </>
        )}
      </p>
      {entries?.length === 0 && <p className="muted">{t('No maps yet: start one with New map, or open a file.')}</p>}
      <ul className="your-maps-list">
        {entries?.map((entry) => (
          <li key={entry.id} aria-current={entry.id === opener.currentMapId ? 'true' : undefined}>
            {renaming === entry.id ? (
              <form
                className="rename-form"
                onSubmit={(event) => {
                  event.preventDefault();
                  void rename(entry, String(new FormData(event.currentTarget).get('title') ?? ''));
                }}
              >
                <label>
                  {t('New name for ‘{title}’', { title: entry.title })} <input name="title" defaultValue={entry.title} autoFocus required />
                </label>
                <button type="submit">{t('Save')}</button>
                <button type="button" onClick={() => setRenaming(null)}>
                  {t('Cancel')}
                </button>
              </form>
            ) : (
              <>
                <button
                  type="button"
                  className="your-map-open"
                  onClick={() => {
                    close();
                    if (entry.id !== opener.currentMapId) opener.openMap(entry.id);
                  }}
                >
                  <span className="your-map-title">{entry.title}</span>{' '}
                  <span className="muted">
                    {entry.id === opener.currentMapId ? tElements('on screen · changed {time}', { time: changedTime(entry.changedAt) }) : tElements('changed {time}', { time: changedTime(entry.changedAt) })}
                  </span>
                </button>
                <span className="your-map-actions">
                  <button type="button" aria-label={t('Rename ‘{title}’', { title: entry.title })} onClick={() => setRenaming(entry.id)}>
                    {t('Rename')}
                  </button>
                  <button type="button" aria-label={t('Duplicate ‘{title}’', { title: entry.title })} onClick={() => void run(maps.duplicate(entry.id))}>
                    {t('Duplicate')}
                  </button>
                  <button
                    type="button"
                    aria-label={t('Delete ‘{title}’', { title: entry.title })}
                    onClick={async () => {
                      const removed = await run(maps.remove(entry.id));
                      if (removed) setDeleted(removed);
                    }}
                  >
                    {t('Delete')}
                  </button>
                </span>
              </>
            )}
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <a className="header-button" href={typeof window === 'undefined' ? './' : window.location.pathname}>
          {t('Open the example map')}
        </a>
        <button type="button" onClick={close}>
          {t('Close')}
        </button>
      </div>
    </dialog>
  );
}
