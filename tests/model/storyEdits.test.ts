import { describe, expect, it } from 'vitest';
import { deleteActor, deleteRelation, type RawDataset } from '../../src/model/edits';
import { NO_FILTERS } from '../../src/model/filters';
import { parseDataset } from '../../src/model/parseDataset';
import { addStep, deleteStep, duplicateStep, moveStep, stepFromView, updateStep } from '../../src/model/storyEdits';
import { loadFixture, readFixtureJson } from '../fixtures';

const fresh = () => readFixtureJson('small') as RawDataset;
const titles = (dataset: RawDataset) => (dataset.story as { title: string }[]).map((step) => step.title);
const valid = (dataset: RawDataset) => {
  const result = parseDataset(dataset);
  return result.ok ? 'valid' : result.errors.map((error) => `${error.path.join('.')}: ${error.message}`);
};
const done = <T extends { ok: boolean }>(result: T) => {
  if (!result.ok) throw new Error(`refused: ${JSON.stringify(result)}`);
  return (result as unknown as { dataset: RawDataset }).dataset;
};

describe('story edits', () => {
  const index = loadFixture('small');
  const visible = new Set(index.dataset.actors.map((actor) => actor.id));

  it('adds a step of the live view, which the validator accepts', () => {
    const step = stepFromView({ selection: { kind: 'relation', id: 'northland-offers-boats' }, filters: { ...NO_FILTERS, hiddenKinds: ['person'] }, inView: ['northland', 'harbour-militia'] }, index, visible, 'The offer');
    expect(step).toEqual({
      title: 'The offer',
      caption: 'Offers boats if the militia stops working with Southland',
      actors: [],
      relations: ['northland-offers-boats'],
      view: { select: 'relation:northland-offers-boats', hiddenKinds: ['person'], frame: ['northland', 'harbour-militia'] },
    });
    const result = addStep(fresh(), step, 0);
    expect(result.index).toBe(1);
    const dataset = done(result);
    expect(titles(dataset)[1]).toBe('The offer');
    expect(valid(dataset)).toBe('valid');
  });

  it('brings forward the actors in view when nothing is selected', () => {
    const step = stepFromView({ selection: null, filters: NO_FILTERS, inView: ['southland', 'raiders'] }, index, visible, 'Rivals');
    expect(step.actors).toEqual(['southland', 'raiders']);
  });

  it('rewords, duplicates, moves and deletes steps, refusing a step that is not there', () => {
    let dataset = fresh();
    const before = titles(dataset);
    dataset = done(updateStep(dataset, 0, { title: 'Renamed', notes: 'Pause here.' }));
    expect((dataset.story as Record<string, unknown>[])[0]).toMatchObject({ title: 'Renamed', notes: 'Pause here.' });
    dataset = done(updateStep(dataset, 0, { notes: undefined }));
    expect((dataset.story as Record<string, unknown>[])[0]).not.toHaveProperty('notes');
    const duplicated = duplicateStep(dataset, 0);
    expect(duplicated.index).toBe(1);
    dataset = done(duplicated);
    const story = dataset.story as { id: string; title: string }[];
    expect(story[1]!.title).toBe('Renamed');
    expect(story[1]!.id).not.toBe(story[0]!.id);
    dataset = done(moveStep(dataset, 0, 2));
    expect(titles(dataset)).toEqual(['Renamed', before[1], 'Renamed', ...before.slice(2)]);
    dataset = done(deleteStep(dataset, 2));
    expect(titles(dataset)).toEqual(['Renamed', ...before.slice(1)]);
    expect(valid(dataset)).toBe('valid');
    expect(deleteStep(dataset, 9)).toEqual({ ok: false, reason: `There is no step 10: the story has ${before.length}.` });
    expect(moveStep(dataset, 0, -1).ok).toBe(false);
  });

  it('keeps the story valid when an actor or relation its views name is deleted', () => {
    let dataset = fresh();
    dataset = done(addStep(dataset, { title: 'Raiders', caption: 'The raiders.', actors: ['raiders'], relations: [], view: { select: 'actor:raiders', focus: 'raiders', frame: ['raiders', 'southland'] } }));
    dataset = done(addStep(dataset, { title: 'Stipend', caption: 'Paid, or not.', actors: ['southland'], relations: ['southland-pays-stipend'], view: { select: 'relation:southland-pays-stipend' } }));
    dataset = done(deleteRelation(dataset, 'southland-pays-stipend'));
    for (const id of ['militia-fights-raiders', 'navy-shells-raiders']) dataset = done(deleteRelation(dataset, id));
    dataset = done(deleteActor(dataset, 'raiders'));
    const story = dataset.story as Record<string, unknown>[];
    expect(story.at(-2)).toMatchObject({ actors: [], view: { frame: ['southland'] } });
    expect(story.at(-2)!.view).not.toHaveProperty('select');
    expect(story.at(-1)).toMatchObject({ relations: [], view: {} });
    // The emptied raiders step brings nothing forward: the validator says so, with its path.
    expect(valid(dataset)).toEqual([`story.${story.length - 2}: brings nothing forward: a step needs at least one actor or relation.`]);
  });
});
