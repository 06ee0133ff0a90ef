import { useId, useRef, useState } from 'react';
import { forgetRecent, listRecent, type RecentDataset } from '../../io/recentDatasets';
import { useDatasetOpener } from '../DatasetOpener';
import { useOpenOnRequest } from './DialogButton';
import { t, interfaceLocale } from '../../i18n/translate';
import { tElements } from '../../i18n/tElements';

/**
 * Opens another dataset: a file, a web address, or one opened before (kept in this browser).
 * Opened by the header's Open… button (a DialogButton), which loads this module on its first click.
 */
export function OpenDialog({ openRequests }: { openRequests: number }) {
  const opener = useDatasetOpener();
  const dialogRef = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const [recent, setRecent] = useState<RecentDataset[]>([]);
  const [storageNote, setStorageNote] = useState('');
  const refresh = async () => {
    const result = await listRecent();
    setRecent(result.ok ? result.value : []);
    setStorageNote(result.ok ? '' : `${result.reason} ${t('Recent datasets cannot be kept.')}`);
  };
  useOpenOnRequest(dialogRef, openRequests, () => void refresh());
  if (!opener) return null;
  const close = () => {
    const dialog = dialogRef.current!;
    if (typeof dialog.close === 'function') dialog.close();
    else dialog.removeAttribute('open');
  };

  return (
    <dialog ref={dialogRef} className="embed-dialog" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('Open a dataset')}</h2>
      <p>
        {tElements('{chooseFile} or drop a file anywhere on the page.', {
          chooseFile: (
            <label className="file-button">
              {t('Choose a file…')}
              <input
                type="file"
                accept=".json,.csv,.tsv,.txt,application/json,text/csv,text/plain"
                multiple
                onChange={(event) => {
                  close();
                  opener.openFiles([...(event.target.files ?? [])]);
                }}
              />
            </label>
          ),
        })}
      </p>
      <form method="get" className="url-form">
        <label>
          {t('Or a web address')}
          <input type="url" name="data" placeholder="https://…/dataset.json" required />
        </label>
        <button type="submit">{t('Open')}</button>
      </form>
      <p className="muted">{t('A file opened here becomes one of Your maps, kept in this browser as you work on it.')}</p>
      <h3>{t('Opened recently from the web')}</h3>
      {storageNote && <p className="muted">{storageNote}</p>}
      {!storageNote && recent.length === 0 && <p className="muted">{t('Nothing yet: datasets you open from a web address are listed here, in this browser only.')}</p>}
      <ul className="recent-list">
        {recent.map((item) => (
          <li key={item.id}>
            {/* One from a web address opens from there again, as a link a reader can keep; an older entry from a file opens as one of Your maps. */}
            {item.name.includes('://') ? (
              <a className="recent-link" href={`?data=${encodeURIComponent(item.name)}`}>
                {item.title} <span className="muted">({item.name}, {new Date(item.openedAt).toLocaleString(interfaceLocale())})</span>
              </a>
            ) : (
              <button
                type="button"
                onClick={() => {
                  close();
                  opener.openText(item.name, item.text);
                }}
              >
                {item.title} <span className="muted">({item.name}, {new Date(item.openedAt).toLocaleString(interfaceLocale())})</span>
              </button>
            )}{' '}
            <button type="button" aria-label={t('Forget {title}', { title: item.title })} onClick={() => void forgetRecent(item.id).then(refresh)}>
              ×
            </button>
          </li>
        ))}
      </ul>
      <div className="dialog-actions">
        <button type="button" onClick={close}>
          {t('Close')}
        </button>
      </div>
    </dialog>
  );
}
