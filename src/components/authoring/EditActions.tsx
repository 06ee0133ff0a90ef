import { Suspense, useState } from 'react';
import { t } from '../../i18n/translate';
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
  const remove = async () => {
    const question = item.kind === 'actor' ? t('Delete the actor “{name}”? Undo brings it back.', { name: item.actor.name }) : t('Delete the relation “{name}”? Undo brings it back.', { name: item.relation.summary });
    if (!window.confirm(question)) return;
    const reason = await editor.edit((dataset) => (item.kind === 'actor' ? deleteActor(dataset, item.actor.id) : deleteRelation(dataset, item.relation.id)));
    setProblem(reason ? t('It cannot be deleted. {reason}', { reason }) : '');
  };
  return (
    <div className="edit-actions">
      <button type="button" onClick={() => setEditing(true)}>
        {item.kind === 'actor' ? t('Edit the actor') : t('Edit the relation')}
      </button>
      <button type="button" onClick={() => void remove()}>
        {item.kind === 'actor' ? t('Delete the actor') : t('Delete the relation')}
      </button>
      {problem && <p role="alert">{problem}</p>}
      <Suspense>
        {editing && item.kind === 'actor' && <ActorForm actor={item.actor} onClose={() => setEditing(false)} />}
        {editing && item.kind === 'relation' && <RelationForm target={{ kind: 'edit', relation: item.relation }} onClose={() => setEditing(false)} />}
      </Suspense>
    </div>
  );
}
