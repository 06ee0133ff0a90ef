import { useState, type FormEvent } from 'react';
import { FormDialog } from './FormDialog';
import type { Evidence, Relation } from '../../model/datasetSchema';
import { addActor, addRelation, updateRelation, type RawDataset } from '../../model/edits';
import { ACTOR_KINDS, OUTLET_CLAIMANT, RELATION_STATUSES, STANCES, type ActorKind, type RelationStatus, type Stance } from '../../model/vocabulary';
import { useMapStore, useMapStoreApi } from '../../store/MapStoreProvider';
import { selectIndex } from '../../store/selectors';
import { useDatasetEditor } from '../DatasetEditor';
import { KIND_LABELS, statusLabel } from '../theme';

const NEW_ACTOR = '__new__';

interface RelationFormProps {
  /** A new relation from this passage, or an existing relation to edit. */
  target: { kind: 'new'; evidence: Evidence } | { kind: 'edit'; relation: Relation };
  onClose(): void;
}

interface NewActorFields {
  name: string;
  kind: ActorKind;
  description: string;
}

/** The form for a relation: who, which stance, toward whom, its status, when and whose claim. */
export function RelationForm({ target, onClose }: RelationFormProps) {
  const editor = useDatasetEditor();
  const store = useMapStoreApi();
  const index = useMapStore(selectIndex);
  const existing = target.kind === 'edit' ? target.relation : null;
  const actors = [...index.dataset.actors].sort((a, b) => a.name.localeCompare(b.name));
  const [source, setSource] = useState(existing?.source ?? (actors[0]?.id ?? NEW_ACTOR));
  const [targetActor, setTargetActor] = useState(existing?.target ?? (actors[1]?.id ?? NEW_ACTOR));
  const [newSource, setNewSource] = useState<NewActorFields>({ name: '', kind: 'state', description: '' });
  const [newTarget, setNewTarget] = useState<NewActorFields>({ name: '', kind: 'state', description: '' });
  const [stance, setStance] = useState<Stance>(existing?.stance ?? 'support');
  const [status, setStatus] = useState<RelationStatus>(existing?.status ?? 'ongoing');
  const [summary, setSummary] = useState(existing?.summary ?? '');
  const [whenText, setWhenText] = useState(existing?.when?.text ?? '');
  const [claimedBy, setClaimedBy] = useState(existing?.claimedBy ?? OUTLET_CLAIMANT);
  const [problem, setProblem] = useState('');
  const evidence = target.kind === 'new' ? [target.evidence] : target.relation.evidence;
  if (!editor) return null;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    let createdId: string | undefined;
    const reason = await editor.edit((dataset) => {
      let next: RawDataset = dataset;
      const resolve = (choice: string, fields: NewActorFields): string | { reason: string } => {
        if (choice !== NEW_ACTOR) return choice;
        if (!fields.name.trim()) return { reason: 'Give the new actor a name.' };
        const added = addActor(next, {
          name: fields.name.trim(),
          kind: fields.kind,
          aliases: [],
          description: fields.description.trim() || `Named in the passage “${evidence[0]!.quote}”.`,
          evidence: [evidence[0]!],
        });
        if (!added.ok) return { reason: added.reason };
        next = added.dataset;
        return added.id!;
      };
      const sourceId = resolve(source, newSource);
      if (typeof sourceId !== 'string') return { ok: false, reason: sourceId.reason };
      const targetId = resolve(targetActor, newTarget);
      if (typeof targetId !== 'string') return { ok: false, reason: targetId.reason };
      if (sourceId === targetId) return { ok: false, reason: 'A relation links two different actors.' };
      const fields = {
        source: sourceId,
        target: targetId,
        stance,
        status,
        summary: summary.trim(),
        claimedBy: claimedBy === NEW_ACTOR ? sourceId : claimedBy,
        ...(whenText.trim() ? { when: { ...(existing?.when ?? {}), text: whenText.trim() } } : {}),
      };
      if (!fields.summary) return { ok: false, reason: 'Write a one-line summary.' };
      if (existing) return updateRelation(next, existing.id, fields);
      const added = addRelation(next, { ...fields, evidence });
      createdId = added.id;
      return added;
    });
    if (reason) return setProblem(reason);
    store.getState().selectAfterEdit({ kind: 'relation', id: createdId ?? existing!.id });
    onClose();
  };

  const actorField = (label: string, value: string, onChange: (value: string) => void, fields: NewActorFields, setFields: (fields: NewActorFields) => void) => (
    <fieldset>
      <legend>{label}</legend>
      <select aria-label={label} value={value} onChange={(event) => onChange(event.target.value)} autoFocus={label.startsWith('Who')}>
        {actors.map((actor) => (
          <option key={actor.id} value={actor.id}>
            {actor.name}
          </option>
        ))}
        <option value={NEW_ACTOR}>A new actor…</option>
      </select>
      {value === NEW_ACTOR && (
        <>
          <label>
            Name <input value={fields.name} onChange={(event) => setFields({ ...fields, name: event.target.value })} required />
          </label>
          <label>
            Kind{' '}
            <select value={fields.kind} onChange={(event) => setFields({ ...fields, kind: event.target.value as ActorKind })}>
              {ACTOR_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {KIND_LABELS[kind]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Description <input value={fields.description} onChange={(event) => setFields({ ...fields, description: event.target.value })} />
          </label>
        </>
      )}
    </fieldset>
  );

  return (
    <FormDialog title={existing ? 'Edit the relation' : 'New relation from this passage'} submitLabel={existing ? 'Save the relation' : 'Add the relation'} problem={problem} onSubmit={submit} onClose={onClose}>
      <blockquote className="evidence-quote">“{evidence[0]!.quote}”</blockquote>
      {actorField('Who (source)', source, setSource, newSource, setNewSource)}
      <label>
        Stance{' '}
        <select value={stance} onChange={(event) => setStance(event.target.value as Stance)}>
          {STANCES.map((value) => (
            <option key={value}>{value}</option>
          ))}
        </select>
      </label>
      {actorField('Toward whom (target)', targetActor, setTargetActor, newTarget, setNewTarget)}
      <label>
        Status{' '}
        <select value={status} onChange={(event) => setStatus(event.target.value as RelationStatus)}>
          {RELATION_STATUSES.map((value) => (
            <option key={value} value={value}>
              {statusLabel(value)}
            </option>
          ))}
        </select>
      </label>
      <label>
        Summary <input value={summary} onChange={(event) => setSummary(event.target.value)} required placeholder="One neutral line" />
      </label>
      <label>
        When <input value={whenText} onChange={(event) => setWhenText(event.target.value)} placeholder="As the article says it (optional)" />
      </label>
      <label>
        Claimed by{' '}
        <select value={claimedBy} onChange={(event) => setClaimedBy(event.target.value)}>
          <option value={OUTLET_CLAIMANT}>{index.dataset.article.outlet} (the reporter)</option>
          {actors.map((actor) => (
            <option key={actor.id} value={actor.id}>
              {actor.name}
            </option>
          ))}
        </select>
      </label>
    </FormDialog>
  );
}
