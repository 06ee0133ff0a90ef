import { useState, type FormEvent } from 'react';
import { FormDialog } from './FormDialog';
import type { Actor } from '../../model/datasetSchema';
import { updateActor } from '../../model/edits';
import { ACTOR_KINDS, type ActorKind } from '../../model/vocabulary';
import { useMapStore } from '../../store/MapStoreProvider';
import { selectIndex } from '../../store/selectors';
import { useDatasetEditor } from '../DatasetEditor';
import { KIND_LABELS } from '../theme';

const NONE = '';

/** Edits an actor's name, kind, aliases, description and what it is part of. */
export function ActorForm({ actor, onClose }: { actor: Actor; onClose(): void }) {
  const editor = useDatasetEditor();
  const index = useMapStore(selectIndex);
  const [name, setName] = useState(actor.name);
  const [kind, setKind] = useState<ActorKind>(actor.kind);
  const [aliases, setAliases] = useState(actor.aliases.join(' | '));
  const [description, setDescription] = useState(actor.description);
  const [partOf, setPartOf] = useState(actor.partOf ?? NONE);
  const [problem, setProblem] = useState('');
  if (!editor) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const reason = await editor.edit((dataset) => {
      const next = updateActor(dataset, actor.id, {
        name: name.trim(),
        kind,
        aliases: aliases.split('|').map((alias) => alias.trim()).filter(Boolean),
        description: description.trim(),
      });
      if (!next.ok) return next;
      const actors = next.dataset.actors.map((item) => {
        if (item.id !== actor.id) return item;
        const { partOf: _previous, ...rest } = item;
        return partOf === NONE ? rest : { ...rest, partOf };
      });
      return { ok: true, dataset: { ...next.dataset, actors } };
    });
    if (reason) setProblem(reason);
    else onClose();
  };

  return (
    <FormDialog title={`Edit ${actor.name}`} submitLabel="Save the actor" problem={problem} onSubmit={submit} onClose={onClose}>
      <label>
        Name <input value={name} onChange={(event) => setName(event.target.value)} required autoFocus />
      </label>
      <label>
        Kind{' '}
        <select value={kind} onChange={(event) => setKind(event.target.value as ActorKind)}>
          {ACTOR_KINDS.map((value) => (
            <option key={value} value={value}>
              {KIND_LABELS[value]}
            </option>
          ))}
        </select>
      </label>
      <label>
        Other names in the article (separated by |) <input value={aliases} onChange={(event) => setAliases(event.target.value)} />
      </label>
      <label>
        Description <input value={description} onChange={(event) => setDescription(event.target.value)} required />
      </label>
      <label>
        Part of{' '}
        <select value={partOf} onChange={(event) => setPartOf(event.target.value)}>
          <option value={NONE}>nothing</option>
          {index.dataset.actors
            .filter((candidate) => candidate.id !== actor.id)
            .map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.name}
              </option>
            ))}
        </select>
      </label>
    </FormDialog>
  );
}
