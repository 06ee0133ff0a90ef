import { Suspense, useEffect, useState } from 'react';
import { t } from '../../i18n/translate';
import { addEvidence } from '../../model/edits';
import { useMapStore, useMapStoreApi } from '../../store/MapStoreProvider';
import { selectIndex } from '../../store/selectors';
import { useDatasetEditor } from '../DatasetEditor';
import { RelationForm } from './lazyForms';
import { evidenceAt } from '../../model/evidenceAt';
import { selectedPassage, type SelectedPassage } from './selectedPassage';

/**
 * Select words in the article and this menu offers to make them a relation's evidence: a new
 * relation, or one more quote for the selected relation. The quote is the article's own text.
 */
export function PassageMenu({ container }: { container: HTMLElement | null }) {
  const editor = useDatasetEditor();
  const store = useMapStoreApi();
  const index = useMapStore(selectIndex);
  const selectedRelation = useMapStore((state) => (state.selection?.kind === 'relation' ? state.selection.id : null));
  // Words selected before the menu loaded (it loads when Edit mode is switched on) count too.
  const [passage, setPassage] = useState<SelectedPassage | null>(() => (container && typeof window !== 'undefined' ? selectedPassage(container, window.getSelection()) : null));
  const [form, setForm] = useState<SelectedPassage | null>(null);
  const [problem, setProblem] = useState('');

  useEffect(() => {
    if (!container || !editor) return;
    const update = () => {
      setPassage(selectedPassage(container, window.getSelection()));
      setProblem('');
    };
    container.addEventListener('mouseup', update);
    container.addEventListener('keyup', update);
    // Words selected while this menu was loading, after its first render, count too.
    update();
    return () => {
      container.removeEventListener('mouseup', update);
      container.removeEventListener('keyup', update);
    };
  }, [container, editor]);

  if (!editor) return null;
  const evidence = (chosen: SelectedPassage) => evidenceAt(chosen, index.parts);
  // Measured only while a passage is selected: measuring during every render forced a layout of
  // the whole page before its first paint (~150 ms).
  const box = passage ? container?.getBoundingClientRect() : undefined;
  return (
    <>
      {passage && box && (
        <div className="passage-menu" role="toolbar" aria-label={t('Passage')} style={{ top: passage.rect.bottom - box.top + container!.scrollTop + 6 }}>
          <button
            type="button"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              setForm(passage);
              setPassage(null);
            }}
          >
            {t('New relation from this passage')}
          </button>
          {selectedRelation && (
            <button
              type="button"
              onMouseDown={(event) => event.preventDefault()}
              onClick={async () => {
                const reason = await editor.edit((dataset) => addEvidence(dataset, selectedRelation, evidence(passage)));
                if (reason) setProblem(reason);
                else {
                  setPassage(null);
                  store.getState().selectAfterEdit({ kind: 'relation', id: selectedRelation });
                }
              }}
            >
              {t('Add to the selected relation')}
            </button>
          )}
          {problem && <span role="alert">{problem}</span>}
        </div>
      )}
      <Suspense>{form && <RelationForm target={{ kind: 'new', evidence: evidence(form) }} onClose={() => setForm(null)} />}</Suspense>
    </>
  );
}
