import { describe, expect, it } from 'vitest';
import { fitTransform, nodeBounds, nodesInView } from '../../src/layout/edgeGeometry';
import { createSimulation, settle } from '../../src/layout/createSimulation';
import { createSimulationGraph } from '../../src/layout/simulationGraph';
import { computeVisibility, NO_FILTERS } from '../../src/model/filters';
import { applyStepView, captureStepView } from '../../src/model/stepView';
import { loadFixture } from '../fixtures';

const index = loadFixture('small');

describe('step views', () => {
  it('round-trips: applying a captured view gives the same visible map, selection and actors in view', () => {
    const graph = createSimulationGraph(index);
    settle(createSimulation(graph));
    const nodes = graph.nodes.map((node) => ({ id: node.id, x: node.x!, y: node.y!, radius: node.radius, labelWidth: node.labelWidth, labelLineCount: node.labelLines.length }));
    // A reader zoomed in on part of the map, hid offers and selected a relation.
    const width = 640;
    const height = 400;
    const whole = fitTransform(nodeBounds(nodes), width, height);
    const zoomed = { k: whole.k * 2.2, x: whole.x * 2.2 - width * 0.4, y: whole.y * 2.2 - height * 0.7 };
    const inView = nodesInView(nodes, zoomed, width, height);
    expect(inView.length, 'the zoomed view shows part of the map').toBeGreaterThan(0);
    expect(inView.length).toBeLessThan(nodes.length);
    const live = { selection: { kind: 'relation', id: 'southland-pays-stipend' } as const, filters: { ...NO_FILTERS, hiddenStances: ['offer'] as const }, inView };

    const applied = applyStepView(captureStepView(live, index), index);
    expect(applied.selection).toEqual(live.selection);
    expect(computeVisibility(index, applied.filters)).toEqual(computeVisibility(index, live.filters));
    // Its camera fits the captured actors, on another screen too.
    for (const [w, h] of [[640, 400], [1920, 1080], [390, 500]] as const) {
      const camera = fitTransform(nodeBounds(nodes.filter((node) => applied.frame!.includes(node.id))), w, h);
      expect(nodesInView(nodes, camera, w, h), `${w}×${h}`).toEqual(expect.arrayContaining(inView));
    }
  });

  it('writes only what differs from the plain map, and nothing for the whole map in view', () => {
    const everyone = index.dataset.actors.map((actor) => actor.id);
    expect(captureStepView({ selection: null, filters: NO_FILTERS, inView: everyone }, index)).toEqual({});
    // Nothing in view (the map panned away) is no camera either.
    expect(captureStepView({ selection: null, filters: NO_FILTERS, inView: [] }, index)).toEqual({});
    expect(captureStepView({ selection: { kind: 'actor', id: 'northland' }, filters: { hiddenStances: ['payment', 'support'], hiddenKinds: ['person'], focusActorId: 'northland' }, inView: ['southland', 'northland'] }, index)).toEqual({
      select: 'actor:northland',
      hiddenStances: ['support', 'payment'],
      hiddenKinds: ['person'],
      focus: 'northland',
      // In the dataset's order of actors.
      frame: ['northland', 'southland'],
    });
  });

  it('leaves out what the dataset no longer has when applying', () => {
    expect(applyStepView({ select: 'relation:gone', focus: 'gone-too', frame: ['gone', 'northland'], blocs: ['gone'] }, index)).toEqual({ selection: null, filters: NO_FILTERS, frame: ['northland'], blocs: [] });
    expect(applyStepView(undefined, index)).toEqual({ selection: null, filters: NO_FILTERS, frame: null, blocs: null });
  });

  it('keeps which blocs are closed, none included, so a lesson may open in blocs and end with every actor', () => {
    const bundled = loadFixture('russia-poach-rebels-2016');
    const everyone = bundled.dataset.actors.map((actor) => actor.id);
    const live = { selection: null, filters: NO_FILTERS, inView: everyone };
    const captured = captureStepView({ ...live, closedBlocs: new Set(['russia', 'united-states']) }, bundled);
    // In the dataset's order of actors.
    expect(captured).toEqual({ blocs: ['russia', 'united-states'] });
    expect(applyStepView(captured, bundled).blocs).toEqual(['russia', 'united-states']);
    expect(applyStepView(captureStepView({ ...live, closedBlocs: [] }, bundled), bundled).blocs).toEqual([]);
    // Left out, the map keeps its blocs; an actor no other is part of is no bloc.
    expect(applyStepView({}, bundled).blocs).toBeNull();
    expect(applyStepView({ blocs: ['isis', 'russia'] }, bundled).blocs).toEqual(['russia']);
  });
});
