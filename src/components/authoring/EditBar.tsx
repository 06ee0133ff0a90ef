import { useEffect } from 'react';
import { useMapStore } from '../../store/MapStoreProvider';
import { selectIndex } from '../../store/selectors';
import { useDatasetEditor } from '../DatasetEditor';
import { downloadBlob } from '../export/exportMap';
import { exportCsvFiles } from '../../model/formats/exportCsv';
import { EXPORT_FORMATS } from '../../model/formats/exportFormats';
import { parseDataset } from '../../model/parseDataset';

const time = (at: number) => new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** Undo, redo, where the work is kept and when, and the dataset as a file. Ctrl+Z / Ctrl+Shift+Z work anywhere but in a field. */
export function EditBar() {
  const editor = useDatasetEditor();
  const { dataset } = useMapStore(selectIndex);

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
  // The work as it stands; edits are checked before they are taken, so it always parses.
  const current = () => {
    const parsed = parseDataset(editor.current());
    return parsed.ok ? parsed.dataset : null;
  };
  const save = (files: { name: string; text: string; type: string }[]) => {
    for (const file of files) downloadBlob(new Blob([file.text], { type: file.type }), file.name);
  };
  return (
    <div className="edit-bar" role="group" aria-label="Your edits">
      <button type="button" onClick={editor.undo} disabled={!editor.canUndo}>
        Undo
      </button>
      <button type="button" onClick={editor.redo} disabled={!editor.canRedo}>
        Redo
      </button>
      <details className="export-menu download-menu">
        <summary>Download the data</summary>
        <div className="export-menu-body">
          {EXPORT_FORMATS.map((format) => (
            <button
              key={format.id}
              type="button"
              onClick={() => {
                const data = current();
                if (data) save([{ name: `${dataset.id}.${format.extension}`, text: format.write(data), type: format.mimeType }]);
              }}
            >
              {format.label}
            </button>
          ))}
          <button
            type="button"
            onClick={() => {
              const data = current();
              if (data) save(exportCsvFiles(data).map((file) => ({ ...file, type: file.name.endsWith('.csv') ? 'text/csv' : 'text/plain' })));
            }}
          >
            Spreadsheets (actors.csv, relations.csv, article.txt, article.json)
          </button>
        </div>
      </details>
      <span className="save-status" role="status">
        {editor.storageProblem
          ? `${editor.storageProblem} Download your work to keep it.`
          : editor.savedAt
            ? `Saved in this browser at ${time(editor.savedAt)}`
            : 'Select words in the article to map them; edits are saved in this browser.'}
      </span>
      {editor.restored && (
        <span className="restored-note">
          Your edits from {time(editor.restored.savedAt)} were restored.{' '}
          <button type="button" className="link-button" onClick={editor.restored.discard}>
            Discard them
          </button>
        </span>
      )}
    </div>
  );
}
