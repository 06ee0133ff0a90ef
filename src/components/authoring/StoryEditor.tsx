import { useEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent } from 'react';
import { t, tn } from '../../i18n/translate';
import type { StoryStep } from '../../model/datasetSchema';
import type { RawDataset } from '../../model/edits';
import { storySteps } from '../../model/steps';
import { addStep, CAPTION_COMFORTABLE_LENGTH, deleteStep, duplicateStep, moveStep, stepFromView, updateStep, type StepInput } from '../../model/storyEdits';
import { useMapStore, useMapStoreApi } from '../../store/MapStoreProvider';
import { selectIndex } from '../../store/selectors';
import { useDatasetEditor } from '../DatasetEditor';
import { mapViewOf } from '../graph/mapView';
import { evidenceAt } from '../../model/evidenceAt';
import { selectedPassage } from './selectedPassage';
import './StoryEditor.css';
import './forms.css';

/**
 * The story, built from the live map: each step is a view captured with "Add this view as a step",
 * worded with a title, a caption and speaker notes, and put in order by drag or by keyboard
 * (Alt+↑ / Alt+↓ on a step). Choosing a step shows it on the map as the presentation will.
 */
export function StoryEditor() {
  const editor = useDatasetEditor();
  const store = useMapStoreApi();
  const index = useMapStore(selectIndex);
  const story = index.dataset.story ?? [];
  const steps = useMemo(() => storySteps(index), [index]);
  const [current, setCurrent] = useState<number | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [slidesStatus, setSlidesStatus] = useState('');
  const [handoutNotes, setHandoutNotes] = useState(true);
  const [problem, setProblem] = useState('');
  const dragged = useRef<number | null>(null);
  const list = useRef<HTMLOListElement>(null);

  const shown = current !== null && current < story.length ? current : null;

  // The chosen step is shown on the map as the presentation shows it; closing the editor leaves it.
  useEffect(() => {
    const step = shown === null ? undefined : steps[shown];
    if (step) store.getState().showStep(step);
    else store.getState().leaveStep();
  }, [store, steps, shown]);
  useEffect(() => () => store.getState().leaveStep(), [store]);

  // A moved step keeps the keyboard's focus in its new place, once the list is drawn in its new
  // order: after the commit that brings the edited dataset, which may come before or after the
  // edit's promise settles (a frame's wait once focused the step that took its old place).
  const focusAfterEdit = useRef<number | null>(null);
  useEffect(() => {
    const at = focusAfterEdit.current;
    if (at === null) return;
    focusAfterEdit.current = null;
    list.current?.querySelectorAll<HTMLButtonElement>('.story-step-choose')[at]?.focus();
  }, [index]);

  if (!editor) return null;

  const run = async (change: (dataset: RawDataset) => ReturnType<typeof addStep>, after?: { select?: number; say?: string; focus?: number }) => {
    focusAfterEdit.current = after?.focus ?? null;
    const refused = await editor.edit(change);
    setProblem(refused ?? '');
    if (refused) {
      focusAfterEdit.current = null;
      return;
    }
    if (after?.select !== undefined) setCurrent(after.select);
    if (after?.say) setAnnouncement(after.say);
  };

  const liveStep = (title: string): StepInput => {
    const state = store.getState();
    const inView = mapViewOf(store)?.actorsInView?.() ?? [...state.visibility.actorIds];
    return stepFromView({ selection: state.selection, filters: state.filters, inView, closedBlocs: state.blocs.size ? state.closedBlocs : undefined }, index, state.visibility.actorIds, title);
  };

  const addView = () => {
    // Captured before the editor shows another step.
    const step = liveStep(t('Step {number}', { number: story.length + 1 }));
    const at = shown === null ? story.length : shown + 1;
    void run((dataset) => addStep(dataset, step, shown ?? undefined), { select: at, say: t('Added step {position} of {count}.', { position: at + 1, count: story.length + 1 }) });
  };

  const move = (from: number, to: number) => {
    if (to < 0 || to >= story.length || from === to) return;
    const title = story[from]!.title;
    void run((dataset) => moveStep(dataset, from, to), { select: to, focus: to, say: t('Moved “{title}” to step {position} of {count}.', { title, position: to + 1, count: story.length }) });
  };

  const handleStepKey = (event: KeyboardEvent, at: number) => {
    if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
    event.preventDefault();
    move(at, event.key === 'ArrowUp' ? at - 1 : at + 1);
  };

  const drop = (event: DragEvent, at: number) => {
    event.preventDefault();
    if (dragged.current !== null) move(dragged.current, at);
    dragged.current = null;
  };

  const step = shown === null ? null : story[shown]!;
  // After slides or handouts went through every step, the map shows the chosen one again.
  const restoreShown = () => {
    const chosen = shown === null ? undefined : steps[shown];
    if (chosen) store.getState().showStep(chosen, 'cut');
    else store.getState().leaveStep();
  };

  return (
    <aside className="details-panel story-editor" aria-labelledby="story-editor-title">
      <div className="story-editor-head">
        <h2 id="story-editor-title">{t('Story')}</h2>
        <span className="story-editor-count">{tn(story.length, '{count} step', '{count} steps')}</span>
        <button type="button" onClick={() => store.getState().setSidePanel(null)}>
          {t('Close the story')}
        </button>
      </div>
      <p className="story-editor-help">{t('Set the map as the audience should see it — select, filter, zoom — then add it as a step. Alt+↑ and Alt+↓ move the chosen step.')}</p>
      <button type="button" className="story-add" onClick={addView}>
        {t('Add this view as a step')}
      </button>
      {story.length > 0 && (
        <ol ref={list} className="story-steps" aria-label={t('Steps')}>
          {story.map((item, at) => (
            <li
              key={item.id ?? `${at}`}
              draggable
              onDragStart={() => (dragged.current = at)}
              onDragOver={(event) => event.preventDefault()}
              onDrop={(event) => drop(event, at)}
              data-current={at === shown || undefined}
            >
              <button type="button" className="story-step-choose" aria-current={at === shown ? 'step' : undefined} aria-label={t('{title}, step {position} of {count}', { title: item.title, position: at + 1, count: story.length })} onClick={() => setCurrent(at === shown ? null : at)} onKeyDown={(event) => handleStepKey(event, at)}>
                {item.title}
              </button>
            </li>
          ))}
        </ol>
      )}
      {story.length > 0 && (
        <button
          type="button"
          className="story-slides"
          onClick={() => {
            setSlidesStatus(t('Making the slides…'));
            void import('../export/saveSlides').then(async ({ saveStorySlides }) => setSlidesStatus(await saveStorySlides(document.querySelector('.explorer'), store, restoreShown)));
          }}
        >
          {t('Save as slides (a 16:9 PNG a step)')}
        </button>
      )}
      {story.length > 0 && (
        <div className="story-handouts">
          <button
            type="button"
            onClick={() => {
              setSlidesStatus(t('Making the handouts…'));
              void import('../export/printHandouts').then(async ({ printHandouts }) => setSlidesStatus(await printHandouts(document.querySelector('.explorer'), store, restoreShown, { notes: handoutNotes })));
            }}
          >
            {t('Print handouts')}
          </button>
          <label>
            <input type="checkbox" checked={handoutNotes} onChange={(event) => setHandoutNotes(event.target.checked)} /> {t('with speaker notes')}
          </label>
        </div>
      )}
      {slidesStatus && (
        <p className="story-slides-status" role="status">
          {slidesStatus}
        </p>
      )}
      {step && shown !== null && (
        <StepFields
          key={step.id ?? shown}
          at={shown}
          count={story.length}
          step={step}
          onChange={(patch) => void run((dataset) => updateStep(dataset, shown, patch))}
          onUpdateView={() => {
            const live = liveStep(step.title);
            void run((dataset) => updateStep(dataset, shown, { actors: live.actors, relations: live.relations, view: live.view }), { say: t('Step {position} now shows this view.', { position: shown + 1 }) });
          }}
          onDuplicate={() => void run((dataset) => duplicateStep(dataset, shown), { select: shown + 1, say: t('Duplicated step {position}.', { position: shown + 1 }) })}
          onDelete={() => {
            void run((dataset) => deleteStep(dataset, shown), { say: t('Deleted “{title}”. Undo brings it back.', { title: step.title }) });
            setCurrent(null);
          }}
          onMove={(to) => move(shown, to)}
          onUsePassage={() => {
            const container = document.querySelector<HTMLElement>('.article-reader');
            const passage = container ? selectedPassage(container, window.getSelection()) : null;
            if (!passage) return setProblem(t('Select the words in the article first, then use them as the passage.'));
            const evidence = evidenceAt(passage, index.parts);
            void run((dataset) => updateStep(dataset, shown, { passage: evidence }), { say: t('The selected words are this step’s passage.') });
          }}
        />
      )}
      {problem && (
        <p role="alert" className="form-problem">
          {problem}
        </p>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </aside>
  );
}

interface StepFieldsProps {
  at: number;
  count: number;
  step: StoryStep;
  onChange(patch: Partial<StepInput>): void;
  onUpdateView(): void;
  onDuplicate(): void;
  onDelete(): void;
  onMove(to: number): void;
  onUsePassage(): void;
}

/** A step's words, kept as typed and saved when a field is left, so undo takes back a whole field. */
function StepFields({ at, count, step, onChange, onUpdateView, onDuplicate, onDelete, onMove, onUsePassage }: StepFieldsProps) {
  const [title, setTitle] = useState(step.title);
  const [caption, setCaption] = useState(step.caption);
  const [notes, setNotes] = useState(step.notes ?? '');
  const tooLong = caption.length > CAPTION_COMFORTABLE_LENGTH;
  return (
    <div className="story-step-fields" role="group" aria-label={t('Step {position} of {count}', { position: at + 1, count })}>
      <div className="story-step-actions">
        <button type="button" onClick={onUpdateView}>
          {t('Update step from this view')}
        </button>
        <button type="button" onClick={() => onMove(at - 1)} disabled={at === 0}>
          {t('Move up')}
        </button>
        <button type="button" onClick={() => onMove(at + 1)} disabled={at === count - 1}>
          {t('Move down')}
        </button>
        <button type="button" onClick={onDuplicate}>
          {t('Duplicate')}
        </button>
        <button type="button" onClick={onDelete}>
          {t('Delete step')}
        </button>
      </div>
      <label>
        {t('Title')}
        <input value={title} onChange={(event) => setTitle(event.target.value)} onBlur={() => title.trim() && title !== step.title && onChange({ title: title.trim() })} />
      </label>
      <label>
        {t('Caption')}
        <textarea rows={3} value={caption} aria-describedby="story-caption-guide" onChange={(event) => setCaption(event.target.value)} onBlur={() => caption.trim() && caption !== step.caption && onChange({ caption: caption.trim() })} />
      </label>
      <p id="story-caption-guide" className="story-caption-guide" data-too-long={tooLong || undefined}>
        {tooLong
          ? tn(caption.length, '{count} character: too long to read on a projector at the presentation’s type size; about {comfortable} fit.', '{count} characters: too long to read on a projector at the presentation’s type size; about {comfortable} fit.', { comfortable: CAPTION_COMFORTABLE_LENGTH })
          : // The noun goes with the comfortable length, the count of the plural.
            tn(CAPTION_COMFORTABLE_LENGTH, '{length} of about {count} character that reads comfortably on a projector.', '{length} of about {count} characters that read comfortably on a projector.', { length: caption.length })}
      </p>
      <div className="story-passage">
        <span>{step.passage ? t('Passage: “{quote}”', { quote: step.passage.quote }) : t('Passage: none yet')}</span>
        <button type="button" onClick={onUsePassage}>
          {t('Use the selected text as this step’s passage')}
        </button>
      </div>
      <label>
        {t('Speaker notes (never shown to the audience)')}
        <textarea rows={3} value={notes} onChange={(event) => setNotes(event.target.value)} onBlur={() => notes !== (step.notes ?? '') && onChange({ notes: notes.trim() || undefined })} />
      </label>
    </div>
  );
}
