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

  it('captions a step from the selected actor’s description, or a first caption to reword, and keeps only actors shown', () => {
    const actor = stepFromView({ selection: { kind: 'actor', id: 'raiders' }, filters: NO_FILTERS, inView: ['raiders'] }, index, visible, 'Raiders');
    expect(actor).toMatchObject({ caption: index.actorsById.get('raiders')!.description, actors: ['raiders'], relations: [] });
    // An actor hidden by the filters is not brought forward; with none in view that is shown, every shown actor is.
    const few = new Set(['southland', 'northland']);
    expect(stepFromView({ selection: null, filters: NO_FILTERS, inView: ['southland', 'raiders'] }, index, few, 'Rivals').actors).toEqual(['southland']);
    expect(stepFromView({ selection: null, filters: NO_FILTERS, inView: ['raiders'] }, index, few, 'Rivals')).toMatchObject({ actors: ['southland', 'northland'], caption: 'What the map shows at this step.' });
    // A selection the map no longer has still gives a caption to reword.
    expect(stepFromView({ selection: { kind: 'relation', id: 'gone' }, filters: NO_FILTERS, inView: [] }, index, few, 'Gone').caption).toBe('What the map shows at this step.');
    expect(stepFromView({ selection: { kind: 'actor', id: 'gone' }, filters: NO_FILTERS, inView: [] }, index, few, 'Gone').caption).toBe('What the map shows at this step.');
  });

  it('gives a new or copied step an id from its title, free in the story, and a plain id for a title with no letters', () => {
    let dataset = fresh();
    dataset = done(addStep(dataset, { title: 'A rival’s offer', caption: 'Again.', actors: ['northland'], relations: [] }));
    dataset = done(addStep(dataset, { title: '—', caption: 'Dash.', actors: ['northland'], relations: [] }));
    dataset = done(duplicateStep(dataset, 3));
    // A step without a title or an id (from a hand-written file): its copy's id is a plain one.
    dataset = done(duplicateStep({ ...dataset, story: [...(dataset.story as Record<string, unknown>[]), { caption: 'Untitled', actors: ['northland'], relations: [] }] }, 6));
    expect((dataset.story as { id?: string }[]).map((step) => step.id)).toEqual(['the-offer', 'the-money', 'the-war', 'a-rivals-offer', 'a-rivals-offer-2', 'step', undefined, 'step-2']);
  });

  it('refuses a step one past the last, and adds after the last or before the first when asked to go further', () => {
    const dataset = fresh();
    expect(updateStep(dataset, 3, { title: 'x' })).toEqual({ ok: false, reason: 'There is no step 4: the story has 3.' });
    expect(duplicateStep(dataset, 3).ok).toBe(false);
    expect(moveStep(dataset, 3, 0).ok).toBe(false);
    const step = { title: 'Last', caption: 'Last.', actors: ['northland'], relations: [] };
    expect(addStep(dataset, step, 10).index).toBe(3);
    expect(addStep(dataset, step, -5).index).toBe(0);
    expect(titles(done(addStep(dataset, step, -5)))[0]).toBe('Last');
  });

  it('takes a deleted actor out of a step’s focus, selection and frame, and a deleted relation out of its selection only', () => {
    const story = [
      { id: 'a', title: 'A', caption: 'A.', actors: ['raiders', 'southland'], relations: ['navy-shells-raiders'], view: { select: 'actor:raiders', focus: 'raiders', frame: ['raiders', 'southland'] } },
      { id: 'b', title: 'B', caption: 'B.', actors: ['southland'], relations: ['navy-shells-raiders'], view: { select: 'relation:navy-shells-raiders', focus: 'southland' } },
      { id: 'c', title: 'C', caption: 'C.', actors: ['raiders'], relations: [], view: 'not an object' },
    ];
    const dataset = { ...fresh(), story, relations: [] };
    const withoutRaiders = done(deleteActor(dataset, 'raiders')).story as Record<string, unknown>[];
    expect(withoutRaiders[0]).toMatchObject({ actors: ['southland'], relations: ['navy-shells-raiders'], view: { frame: ['southland'] } });
    expect(withoutRaiders[0]!.view).toEqual({ frame: ['southland'] });
    expect(withoutRaiders[1]!.view).toEqual({ select: 'relation:navy-shells-raiders', focus: 'southland' });
    expect(withoutRaiders[2]).toEqual({ id: 'c', title: 'C', caption: 'C.', actors: [], relations: [], view: 'not an object' });
    const withoutRelation = done(deleteRelation({ ...fresh(), story }, 'navy-shells-raiders')).story as Record<string, unknown>[];
    expect(withoutRelation[0]).toMatchObject({ actors: ['raiders', 'southland'], relations: [], view: { select: 'actor:raiders', focus: 'raiders', frame: ['raiders', 'southland'] } });
    expect(withoutRelation[1]!.view).toEqual({ focus: 'southland' });
  });
});

