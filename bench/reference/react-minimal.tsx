/**
 * The smallest React page that draws a force layout: react + react-dom + d3-force, SVG circles.
 * Measured for its bundle size only, the baseline the issue compares stancemap's weight with.
 */
import { forceSimulation } from 'd3-force';
import { useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { applyForces, loadDataset, toGraph, type RefNode, type RefSpring } from './graph';

function Map({ nodes, springs }: { nodes: RefNode[]; springs: RefSpring[] }) {
  const [, setTick] = useState(0);
  useEffect(() => {
    const simulation = applyForces(forceSimulation<RefNode, RefSpring>(nodes), springs).on('tick', () => setTick((tick) => tick + 1));
    return () => void simulation.stop();
  }, [nodes, springs]);
  return (
    <svg width="100%" height="100%" viewBox="-600 -400 1200 800">
      {springs.map((spring, index) => (
        <line key={index} x1={spring.source.x} y1={spring.source.y} x2={spring.target.x} y2={spring.target.y} stroke="#999" />
      ))}
      {nodes.map((node) => (
        <circle key={node.id} cx={node.x} cy={node.y} r={node.radius} fill="#4e79a7" />
      ))}
    </svg>
  );
}

const graph = toGraph(await loadDataset());
createRoot(document.getElementById('map')!).render(<Map {...graph} />);
