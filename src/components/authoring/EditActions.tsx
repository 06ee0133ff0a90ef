import { Suspense, useState } from 'react';
import { deleteActor, deleteRelation } from '../../model/edits';
import { useDatasetEditor } from '../DatasetEditor';
import type { SelectedItem } from '../panels/DetailsPanel';
import { ActorForm, RelationForm } from './lazyForms';

/** Edit and Delete for the selected actor or relation, in the details panel. */
export function EditActions({ item }: { item: SelectedItem }) {
  const editor = useDatasetEditor();
  const [editing, setEditing] = useState(false);
  const [problem, setProblem] = useState('');
  if (!editor) return null;
  const noun = item.kind === 'actor' ? 'actor' : 'relation';
  const remove = async () => {
    const name = item.kind === 'actor' ? item.actor.name : item.relation.summary;
    if (!window.confirm(`Delete the ${noun} “${name}”? Undo brings it back.`)) return;
    const reason = await editor.edit((dataset) => (item.kind === 'actor' ? deleteActor(dataset, item.actor.id) : deleteRelation(dataset, item.relation.id)));
    setProblem(reason ? `It cannot be deleted. ${reason}` : '');
  };
  return (
    <div className="edit-actions">
      <button type="button" onClick={() => setEditing(true)}>
        Edit the {noun}
      </button>
      <button type="button" onClick={() => void remove()}>
        Delete the {noun}
      </button>
      {problem && <p role="alert">{problem}</p>}
      <Suspense>
        {editing && item.kind === 'actor' && <ActorForm actor={item.actor} onClose={() => setEditing(false)} />}
        {editing && item.kind === 'relation' && <RelationForm target={{ kind: 'edit', relation: item.relation }} onClose={() => setEditing(false)} />}
      </Suspense>
    </div>
  );
}
