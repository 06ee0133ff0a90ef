import { useEffect, useState } from 'react';
import { useMapStore } from '../../store/MapStoreProvider';
import { selectIndex } from '../../store/selectors';
import { useDatasetEditor } from '../DatasetEditor';

const time = (at: number) => new Date(at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** Undo, redo, where the work is kept and when, and the dataset as a file. Ctrl+Z / Ctrl+Shift+Z work anywhere but in a field. */
export function EditBar() {
  const editor = useDatasetEditor();
  const { dataset } = useMapStore(selectIndex);
  const [, tick] = useState(0);

  useEffect(() => {
    if (!editor) return;
    const handleKeyDown = (event: KeyboardEvent) => {
      if (!(event.ctrlKey || event.metaKey) || (event.target as HTMLElement | null)?.closest?.('input, textarea, select')) return;
      const key = event.key.toLowerCase();
      if (key === 'z' && !event.shiftKey) editor.undo();
      else if ((key === 'z' && event.shiftKey) || key === 'y') editor.redo();
      else return;
      event.preventDefault();
      tick((n) => n + 1);
    };
    document.addEventListener('keydown', handleKeyDown);
    return () => document.removeEventListener('keydown', handleKeyDown);
  }, [editor]);

  if (!editor) return null;
  const download = () => {
    const blob = new Blob([`${JSON.stringify(editor.current(), null, 2)}\n`], { type: 'application/json' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = `${dataset.id}.json`;
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
  };
  return (
    <div className="edit-bar" role="group" aria-label="Your edits">
      <button type="button" onClick={editor.undo} disabled={!editor.canUndo}>
        Undo
      </button>
      <button type="button" onClick={editor.redo} disabled={!editor.canRedo}>
        Redo
      </button>
      <button type="button" onClick={download}>
        Download JSON
      </button>
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
