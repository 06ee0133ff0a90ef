/**
 * Keeps actors' labels from piling up: each actor occupies a box that holds its shape and the
 * label under it, and overlapping boxes are pushed apart along the axis where they overlap least.
 * d3's own collide force knows only circles, which either let wide labels overlap or waste room.
 * Mutates node velocities, like every d3 force. O(n²) per tick: meant for maps of a few hundred actors.
 */
import type { Force } from 'd3-force';
import { LABEL_LINE_HEIGHT } from './labelLines';
import type { SimNode } from './simulationGraph';

export function labelBox(node: SimNode): { halfWidth: number; top: number; bottom: number } {
  return {
    halfWidth: Math.max(node.radius, node.labelWidth / 2) + 3,
    top: node.radius + 2,
    bottom: node.radius + 3 + LABEL_LINE_HEIGHT * node.labelScale * node.labelLines.length,
  };
}

export function forceLabelCollide(strength = 0.6): Force<SimNode, undefined> {
  let nodes: SimNode[] = [];
  const force = () => {
    for (let i = 0; i < nodes.length; i++) {
      const a = nodes[i]!;
      const boxA = labelBox(a);
      for (let j = i + 1; j < nodes.length; j++) {
        const b = nodes[j]!;
        const boxB = labelBox(b);
        const ax = a.x! + a.vx!;
        const ay = a.y! + a.vy!;
        const bx = b.x! + b.vx!;
        const by = b.y! + b.vy!;
        const overlapX = boxA.halfWidth + boxB.halfWidth - Math.abs(ax - bx);
        if (overlapX <= 0) continue;
        // Boxes are not symmetric vertically: the label hangs below the shape.
        const overlapY = ay < by ? ay + boxA.bottom - (by - boxB.top) : by + boxB.bottom - (ay - boxA.top);
        if (overlapY <= 0) continue;
        if (overlapX < overlapY) {
          // Stryker disable next-line ArithmeticOperator: on one spot, either sign parts the pair; the order only breaks the tie.
          const push = (overlapX / 2) * strength * Math.sign(ax - bx || i - j);
          a.vx! += push;
          b.vx! -= push;
        } else {
          // Stryker disable next-line ArithmeticOperator: on one spot, either sign parts the pair; the order only breaks the tie.
          const push = (overlapY / 2) * strength * Math.sign(ay - by || i - j);
          a.vy! += push;
          b.vy! -= push;
        }
      }
    }
  };
  force.initialize = (initial: SimNode[]) => {
    nodes = initial;
  };
  return force;
}
