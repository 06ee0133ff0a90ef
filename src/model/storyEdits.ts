/**
 * Building a story in the app: steps added from the live view, reworded, reordered, duplicated
 * and deleted, as pure transitions on the dataset's raw JSON like every other edit (edits.ts), so
 * each is checked, undoable and saved the same way.
 */
import type { Evidence, StepView } from './datasetSchema';
import type { EditResult, RawDataset } from './edits';
import { kebabCase, uniqueId } from './kebabCase';
import type { DatasetIndex } from './indexDataset';
import { captureStepView, type LiveView } from './stepView';

export interface StepInput {
  title: string;
  caption: string;
  actors: string[];
  relations: string[];
  passage?: Evidence;
  view?: StepView;
  notes?: string;
}

type RawStep = Record<string, unknown>;

/** About what fits beside the map at a projector's type size (issue: a comfortable caption). */
export const CAPTION_COMFORTABLE_LENGTH = 200;

const storyOf = (dataset: RawDataset): RawStep[] => (Array.isArray(dataset.story) ? (dataset.story as RawStep[]) : []);
const withStory = (dataset: RawDataset, story: RawStep[]): EditResult => ({ ok: true, dataset: { ...dataset, story } });
const missing = (story: RawStep[], index: number): EditResult | null =>
  index >= 0 && index < story.length ? null : { ok: false, reason: `There is no step ${index + 1}: the story has ${story.length}.` };
const freeStepId = (story: RawStep[], title: string) => uniqueId(kebabCase(title, 'step'), new Set(story.map((step) => String(step.id ?? ''))));

/**
 * A step of what the map shows now: what it brings forward is the selection, or, with nothing
 * selected, the actors in view; the view keeps the selection, filters and camera.
 */
export function stepFromView(live: LiveView, index: DatasetIndex, visibleActorIds: ReadonlySet<string>, title: string): StepInput {
  const view = captureStepView(live, index);
  const { selection } = live;
  const inView = [...live.inView].filter((id) => visibleActorIds.has(id));
  // A first caption from what the step shows, for the teacher to reword: the format asks for one.
  const caption =
    selection?.kind === 'relation'
      ? (index.relationsById.get(selection.id)?.summary ?? '')
      : selection?.kind === 'actor'
        ? (index.actorsById.get(selection.id)?.description ?? '')
        : '';
  return {
    title,
    caption: caption || 'What the map shows at this step.',
    actors: selection?.kind === 'actor' ? [selection.id] : selection ? [] : inView.length ? inView : [...visibleActorIds],
    relations: selection?.kind === 'relation' ? [selection.id] : [],
    view,
  };
}

/** Adds a step after `after` (at the end when left out); says where it went. */
export function addStep(dataset: RawDataset, step: StepInput, after?: number): EditResult & { index?: number } {
  const story = storyOf(dataset);
  const index = after === undefined ? story.length : Math.max(0, Math.min(story.length, after + 1));
  const added: RawStep = { id: freeStepId(story, step.title), ...step };
  return { ...withStory(dataset, [...story.slice(0, index), added, ...story.slice(index)]), index };
}

/** Changes some of a step's fields; a field given as undefined is removed (an emptied passage or notes). */
export function updateStep(dataset: RawDataset, index: number, patch: Partial<StepInput>): EditResult {
  const story = storyOf(dataset);
  const refused = missing(story, index);
  if (refused) return refused;
  const next: RawStep = { ...story[index]!, ...patch };
  for (const [key, value] of Object.entries(patch)) if (value === undefined) delete next[key];
  return withStory(dataset, story.map((step, at) => (at === index ? next : step)));
}

export function duplicateStep(dataset: RawDataset, index: number): EditResult & { index?: number } {
  const story = storyOf(dataset);
  const refused = missing(story, index);
  if (refused) return refused;
  const copy = structuredClone(story[index]!);
  copy.id = freeStepId(story, String(copy.title ?? 'step'));
  return { ...withStory(dataset, [...story.slice(0, index + 1), copy, ...story.slice(index + 1)]), index: index + 1 };
}

export function deleteStep(dataset: RawDataset, index: number): EditResult {
  const story = storyOf(dataset);
  return missing(story, index) ?? withStory(dataset, story.filter((_, at) => at !== index));
}

/** Moves a step from one place in the story to another (both counted from 0). */
export function moveStep(dataset: RawDataset, from: number, to: number): EditResult {
  const story = storyOf(dataset);
  const refused = missing(story, from) ?? missing(story, to);
  if (refused) return refused;
  const next = story.filter((_, at) => at !== from);
  next.splice(to, 0, story[from]!);
  return withStory(dataset, next);
}

/**
 * The story without an actor or relation that is being deleted: out of what each step brings
 * forward and out of its view (the selection, focus and frame that named it).
 */
export function storyWithout(story: RawStep[], removed: { actor: string } | { relation: string }): RawStep[] {
  const kind = 'actor' in removed ? 'actor' : 'relation';
  const id = 'actor' in removed ? removed.actor : removed.relation;
  return story.map((step) => {
    const next: RawStep = { ...step };
    const listKey = kind === 'actor' ? 'actors' : 'relations';
    if (Array.isArray(step[listKey])) next[listKey] = (step[listKey] as unknown[]).filter((item) => item !== id);
    const view = step.view && typeof step.view === 'object' ? { ...(step.view as Record<string, unknown>) } : null;
    if (view) {
      if (view.select === `${kind}:${id}`) delete view.select;
      if (kind === 'actor' && view.focus === id) delete view.focus;
      if (kind === 'actor' && Array.isArray(view.frame)) view.frame = (view.frame as unknown[]).filter((item) => item !== id);
      next.view = view;
    }
    return next;
  });
}
