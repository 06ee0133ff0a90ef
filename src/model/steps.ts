/**
 * The two ways of walking through a dataset one step at a time: its authored story, and the
 * article itself paragraph by paragraph (read-along), where the map grows as the text introduces
 * actors and relations. Pure: both are computed once per dataset.
 */
import { t } from '../i18n/translate';
import type { Evidence } from './datasetSchema';
import type { DatasetIndex } from './indexDataset';
import { locateQuote, type ArticlePartKey } from './locateQuote';
import { applyStepView, type AppliedView } from './stepView';

export interface Step {
  title: string;
  caption: string;
  /** What the step brings forward; the rest stays faded. */
  spotlight: { actorIds: ReadonlySet<string>; relationIds: ReadonlySet<string> };
  /** What may be shown at all at this step; null for everything (story steps). */
  revealed: { actorIds: ReadonlySet<string>; relationIds: ReadonlySet<string> } | null;
  passage?: Evidence;
  /** Read-along: the part of the article this step reads. */
  part?: ArticlePartKey;
  /** A story step's captured view: selection, filters and camera. */
  view?: AppliedView;
  /** Speaker notes, for the presenter only. */
  notes?: string;
}

/** The authored story; a step's relations bring their two actors forward with them. */
export function storySteps(index: DatasetIndex): Step[] {
  return (index.dataset.story ?? []).map((step) => {
    const actorIds = new Set(step.actors);
    for (const id of step.relations) {
      const relation = index.relationsById.get(id);
      if (relation) actorIds.add(relation.source).add(relation.target);
    }
    return {
      title: step.title,
      caption: step.caption,
      spotlight: { actorIds, relationIds: new Set(step.relations) },
      revealed: null,
      ...(step.passage ? { passage: step.passage } : {}),
      ...(step.view ? { view: applyStepView(step.view, index) } : {}),
      ...(step.notes ? { notes: step.notes } : {}),
    };
  });
}

/**
 * The article as steps: first the headline and dek, then each paragraph. A relation appears at
 * its first passage; an actor at its own first passage or its first relation's, whichever is earlier.
 */
export function readAlongSteps(index: DatasetIndex): Step[] {
  const { dataset, parts } = index;
  const order = (part: ArticlePartKey) => (part === 'title' ? 0 : part === 'dek' ? 0 : part + 1);
  const firstStep = (evidence: readonly Evidence[]) => {
    let first = Infinity;
    for (const item of evidence) {
      const lookup = locateQuote(parts, item);
      if (lookup.found !== 'none') first = Math.min(first, order(lookup.span.part));
    }
    return first;
  };
  const relationStep = new Map(dataset.relations.map((relation) => [relation.id, firstStep(relation.evidence)]));
  const actorStep = new Map(dataset.actors.map((actor) => [actor.id, firstStep(actor.evidence)]));
  for (const relation of dataset.relations) {
    const at = relationStep.get(relation.id)!;
    for (const id of [relation.source, relation.target]) actorStep.set(id, Math.min(actorStep.get(id) ?? Infinity, at));
  }
  // The relations cited in each step's text, for the spotlight.
  const citedIn = new Map<number, Set<string>>();
  for (const [part, spans] of index.passagesByPart) {
    const at = order(part);
    for (const span of spans) citedIn.set(at, (citedIn.get(at) ?? new Set()).add(span.key));
  }

  const stepCount = dataset.article.paragraphs.length + 1;
  return Array.from({ length: stepCount }, (_, at) => {
    const relationIds = new Set([...relationStep].filter(([, step]) => step <= at).map(([id]) => id));
    const actorIds = new Set([...actorStep].filter(([, step]) => step <= at).map(([id]) => id));
    const current = citedIn.get(at) ?? new Set<string>();
    const spotlightActors = new Set<string>();
    for (const id of current) {
      const relation = index.relationsById.get(id)!;
      spotlightActors.add(relation.source).add(relation.target);
    }
    for (const [id, step] of actorStep) if (step === at) spotlightActors.add(id);
    return {
      title: at === 0 ? t('The headline') : t('Paragraph {at} of {count}', { at, count: stepCount - 1 }),
      caption: at === 0 ? `${dataset.article.title} — ${dataset.article.dek}` : dataset.article.paragraphs[at - 1]!,
      spotlight: { actorIds: spotlightActors, relationIds: current },
      revealed: { actorIds, relationIds },
      part: at === 0 ? 'title' : at - 1,
    };
  });
}
