import { describe, expect, it } from 'vitest';
import { readAlongSteps, storySteps, type Step } from '../../src/model/steps';
import { indexDataset } from '../../src/model/indexDataset';
import { loadFixture, parseFixture, readFixtureJson } from '../fixtures';

const sorted = (ids: ReadonlySet<string> | undefined) => [...(ids ?? [])].sort();

describe('read-along steps', () => {
  // Made inside each test, not as the file loads: mutation testing credits code only to the tests that run it.
  const dataset = loadFixture('small').dataset;

  it('walks the headline and dek, then each paragraph, with its own text', () => {
    const steps = readAlongSteps(loadFixture('small'));
    expect(steps.map((step) => step.title)).toEqual(['The headline', 'Paragraph 1 of 4', 'Paragraph 2 of 4', 'Paragraph 3 of 4', 'Paragraph 4 of 4']);
    expect(steps.map((step) => step.part)).toEqual(['title', 0, 1, 2, 3]);
    expect(steps[0]!.caption).toBe(`${dataset.article.title} — ${dataset.article.dek}`);
    expect(steps.slice(1).map((step) => step.caption)).toEqual(dataset.article.paragraphs);
  });

  it('reveals a relation at its first passage, and an actor at its own first passage or its first relation’s', () => {
    const steps = readAlongSteps(loadFixture('small'));
    const revealed = (step: Step) => `${sorted(step.revealed?.relationIds).join(' ')} | ${sorted(step.revealed?.actorIds).join(' ')}`;
    expect(steps.map(revealed)).toEqual([
      // The dek quotes the militia on the old alliance: the relation and its two ends.
      'militia-supports-southland | harbour-militia southland',
      'militia-supports-southland northland-offers-boats | harbour-militia mara-vell northland southland',
      'militia-supports-southland northland-offers-boats southland-pays-stipend | harbour-militia mara-vell northland southland',
      'militia-fights-raiders militia-supports-southland navy-shells-raiders navy-supports-militia northland-offers-boats southland-pays-stipend | harbour-militia mara-vell northland raiders southland southland-navy',
      'militia-fights-raiders militia-supports-southland navy-shells-raiders navy-supports-militia northland-disparages-southland northland-offers-boats northland-rivals-southland southland-pays-stipend | harbour-militia mara-vell northland raiders southland southland-navy',
    ]);
  });

  it('brings forward what the step’s own text cites, and the actors it first names', () => {
    const steps = readAlongSteps(loadFixture('small'));
    const spotlight = (step: Step) => `${sorted(step.spotlight.relationIds).join(' ')} | ${sorted(step.spotlight.actorIds).join(' ')}`;
    expect(steps.map(spotlight)).toEqual([
      'militia-supports-southland | harbour-militia southland',
      // Mara Vell is first named here, with no relation of her own; Southland, named here, was first named in the dek.
      'northland-offers-boats | harbour-militia mara-vell northland',
      'southland-pays-stipend | harbour-militia southland',
      'militia-fights-raiders navy-shells-raiders navy-supports-militia | harbour-militia raiders southland-navy',
      'northland-disparages-southland northland-rivals-southland | northland southland',
    ]);
  });
});

describe('story steps', () => {
  it('spotlights each step’s actors and its relations’ two ends, and reveals everything', () => {
    const steps = storySteps(loadFixture('small'));
    expect(steps.map((step) => step.title)).toEqual(['A rival’s offer', 'Southland’s money', 'The war on the coast']);
    expect(steps.map((step) => `${sorted(step.spotlight.relationIds).join(' ')} | ${sorted(step.spotlight.actorIds).join(' ')}`)).toEqual([
      'northland-offers-boats | harbour-militia northland',
      'southland-pays-stipend | harbour-militia southland',
      'militia-fights-raiders navy-shells-raiders navy-supports-militia | harbour-militia raiders southland-navy',
    ]);
    expect(steps.every((step) => step.revealed === null)).toBe(true);
    expect(steps[1]!.caption).toBe('Southland pays a monthly stipend, but the last two payments never came.');
  });

  it('carries a step’s passage, view and notes only when it has them', () => {
    const json = readFixtureJson('small');
    json.story[0].notes = 'Ask who needs boats.';
    json.story[0].relations = [];
    json.story[0].actors = ['raiders'];
    json.story[1].view = { select: 'actor:southland', hiddenStances: ['payment'] };
    json.story[2].actors = [];
    const steps = storySteps(indexDataset(parseFixture(json)));
    // A step that names relations alone still brings their two ends forward.
    expect(sorted(steps[2]!.spotlight.actorIds)).toEqual(['harbour-militia', 'raiders', 'southland-navy']);
    expect(steps[0]).toMatchObject({ notes: 'Ask who needs boats.', passage: { quote: 'Northland has offered the Harbour Militia “all the boats it needs”' } });
    expect(sorted(steps[0]!.spotlight.actorIds)).toEqual(['raiders']);
    expect(steps[1]!.view).toMatchObject({ selection: { kind: 'actor', id: 'southland' }, frame: null, blocs: null });
    expect(Object.keys(steps[2]!).sort()).toEqual(['caption', 'revealed', 'spotlight', 'title']);
    expect('view' in steps[0]! || 'notes' in steps[1]!).toBe(false);
  });
});
