/**
 * force-graph (canvas) with stancemap's forces. Marks `bench:first-frame` after the first frame
 * it draws and `bench:settled` when its engine stops.
 */
import ForceGraph from 'force-graph';
import { forceX, forceY } from 'd3-force';
import { chargeStrength, initialScale, loadDataset, springDistance, springStrength, toGraph, type RefNode } from './graph';

const { nodes, springs } = toGraph(await loadDataset());
const container = document.getElementById('map')!;
const width = container.clientWidth;
const height = container.clientHeight;

let drawn = false;
const graph = new ForceGraph(container)
  .width(width)
  .height(height)
  .nodeId('id')
  .nodeLabel('name')
  .nodeRelSize(1)
  .nodeVal((node) => (node as RefNode).radius ** 2)
  // d3's own stopping rule (alpha below 0.001) instead of force-graph's 15-second cut-off.
  .d3AlphaMin(0.001)
  .cooldownTime(Infinity)
  .onRenderFramePost(() => {
    if (drawn) return;
    drawn = true;
    performance.mark('bench:first-frame');
  })
  .onEngineStop(() => {
    graph.zoomToFit(0, 20);
    performance.mark('bench:settled');
  });

// The forces go in before the data, so the first tick already runs with them.
type Configurable = { distance: (f: unknown) => Configurable; strength: (f: unknown) => Configurable; distanceMax: (d: number) => Configurable };
(graph.d3Force('link') as unknown as Configurable).distance(springDistance).strength(springStrength);
(graph.d3Force('charge') as unknown as Configurable).strength(chargeStrength).distanceMax(500);
graph.d3Force('center', null);
graph.d3Force('x', forceX(0).strength(0.05) as never);
graph.d3Force('y', forceY(0).strength(0.06) as never);
graph.zoom(initialScale(nodes.length, width, height), 0).centerAt(0, 0, 0);
// force-graph's node type wants fx without null; the objects are the same.
graph.graphData({ nodes, links: springs } as unknown as Parameters<typeof graph.graphData>[0]);

window.benchHitAt = (x, y) => {
  const box = container.getBoundingClientRect();
  const point = graph.screen2GraphCoords(x - box.left, y - box.top);
  const slack = 2 / graph.zoom();
  return nodes.some((node) => Math.hypot((node.x ?? 0) - point.x, (node.y ?? 0) - point.y) <= node.radius + slack);
};
window.benchStopLayout = () => {
  graph.pauseAnimation();
  graph.zoomToFit(0, 20);
  graph.resumeAnimation();
  // force-graph has no public stop for its engine; cooling it to its floor makes the next tick its last.
  graph.d3AlphaMin(1);
};
