import { Suspense, useEffect, useState } from 'react';
import { interfaceLocale, t } from '../../i18n/translate';
import { useMapStore } from '../../store/MapStoreProvider';
import { selectIndex } from '../../store/selectors';
import { exportJson } from '../../model/formats/exportJson';
import { useDatasetEditor } from '../DatasetEditor';
import { downloadBlob } from '../export/exportMap';
import '../panels/maps.css';
import { preloadable } from '../preloadable';
import { ActorForm, RelationForm } from './lazyForms';
import { StoryEditor, SuggestionQueue } from './whenEditing';

// What the edit bar opens, fetched in idle time once it is shown, so each opens at its first click.
const DataDownloads = preloadable(() => import('./DataDownloads').then((module) => module.DataDownloads));
const ArticleDetailsForm = preloadable(() => import('./ArticleDetailsForm').then((module) => module.ArticleDetailsForm));

const time = (at: number) => new Intl.DateTimeFormat(interfaceLocale(), { hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(new Date(at));

/** Undo, redo, where the work is kept and when, and the dataset as a file. Ctrl+Z / Ctrl+Shift+Z work anywhere but in a field. */
export function EditBar() {
  const editor = useDatasetEditor();
  const { dataset } = useMapStore(selectIndex);
  const [downloadsWanted, setDownloadsWanted] = useState(false);
  const [detailsOpen, setDetailsOpen] = useState(false);
  const sidePanel = useMapStore((state) => state.sidePanel);
  const setSidePanel = useMapStore((state) => state.setSidePanel);

  useEffect(() => [DataDownloads, ArticleDetailsForm, ActorForm, RelationForm, SuggestionQueue, StoryEditor].forEach((tool) => tool.preload()), []);
  useEffect(() => {
    if (!editor) return;
    const handleKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || (event.target as HTMLElement | null)?.closest?.('input, textarea, select')) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) editor.undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') editor.redo();
      else return;
      event.preventDefault();
    };
    document.addEventListener('keydown', handleKeyDown);
    return () => document.removeEventListener('keydown', handleKeyDown);
  }, [editor]);

  if (!editor) return null;
  // The work as it stands: edits are checked before they are taken, and the map shows the result.
  const current = () => dataset;
  return (
    <div className="edit-bar" role="group" aria-label={t('Your edits')}>
      <button type="button" onClick={editor.undo} disabled={!editor.canUndo}>
        {t('Undo')}
      </button>
      <button type="button" onClick={editor.redo} disabled={!editor.canRedo}>
        {t('Redo')}
      </button>
      <button type="button" aria-pressed={sidePanel === 'story'} onClick={() => setSidePanel(sidePanel === 'story' ? null : 'story')}>
        {t('Story')}
      </button>
      <button type="button" aria-pressed={sidePanel === 'suggestions'} onClick={() => setSidePanel(sidePanel === 'suggestions' ? null : 'suggestions')}>
        {t('Suggest from the text')}
      </button>
      <button type="button" aria-haspopup="dialog" onClick={() => setDetailsOpen(true)}>
        {t('Article details…')}
      </button>
      {detailsOpen && (
        <Suspense>
          <ArticleDetailsForm onClose={() => setDetailsOpen(false)} />
        </Suspense>
      )}
      <details className="export-menu download-menu" onToggle={(event) => event.currentTarget.open && setDownloadsWanted(true)}>
        <summary>{t('Download the data')}</summary>
        <div className="export-menu-body">
          <Suspense>{downloadsWanted && <DataDownloads datasetId={dataset.id} current={current} />}</Suspense>
        </div>
      </details>
      <span className="save-status" role="status">
        {editor.storageProblem
          ? t('{problem} Download your work to keep it.', { problem: editor.storageProblem })
          : editor.savedAt
            ? t('Saved in this browser at {time}', { time: time(editor.savedAt) })
            : t('Select words in the article to map them; edits are saved in this browser.')}
      </span>
      {/* Work the browser will not keep is never dropped: it is one click from a file. */}
      {editor.storageProblem && (
        <button type="button" className="save-download" onClick={() => downloadBlob(new Blob([exportJson(dataset)], { type: 'application/json' }), `${dataset.id}.json`)}>
          {t('Download your work (JSON)')}
        </button>
      )}
      {editor.restored && (
        <span className="restored-note">
          {t('Your edits from {time} were restored.', { time: time(editor.restored.savedAt) })}{' '}
          <button type="button" className="link-button" onClick={editor.restored.discard}>
            {t('Discard them')}
          </button>
        </span>
      )}
    </div>
  );
}
