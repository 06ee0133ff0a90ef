/**
 * Two straight lines that leave one actor in almost the same direction lie on top of each other
 * (the Pentagon's line to a brigade's leader runs along its line to the brigade, when the leader
 * sits between them): the one underneath cannot be seen or clicked. Such lines are bowed apart,
 * each away from the other, as parallel lines between one pair already are. Mutates the links'
 * `curveOffset`; run again whenever the actors have moved (it starts from the offsets the links
 * were made with).
 */
import type { SimLink } from './simulationGraph';
import { PARALLEL_SPACING } from './simulationGraph';

/** Lines whose directions from a shared actor differ by less than this many degrees overlap near it. */
export const OVERLAP_DEGREES = 8;

const madeWith = new WeakMap<SimLink, number>();

export function bowApartOverlappingLines(links: readonly SimLink[]): void {
  const straight = new Map<string, SimLink[]>();
  for (const link of links) {
    if (link.role !== 'relation') continue;
    if (!madeWith.has(link)) madeWith.set(link, link.curveOffset);
    link.curveOffset = madeWith.get(link)!;
    if (link.curveOffset !== 0) continue;
    for (const end of [link.source.id, link.target.id]) {
      const list = straight.get(end);
      if (list) list.push(link);
      else straight.set(end, [link]);
    }
  }
  const cosine = Math.cos((OVERLAP_DEGREES * Math.PI) / 180);
  for (const [actorId, incident] of straight) {
    for (let i = 0; i < incident.length; i++) {
      for (let j = i + 1; j < incident.length; j++) {
        const a = incident[i]!;
        const b = incident[j]!;
        const farA = a.source.id === actorId ? a.target : a.source;
        const farB = b.source.id === actorId ? b.target : b.source;
        if (farA === farB) continue;
        const at = a.source.id === actorId ? a.source : a.target;
        const ax = farA.x! - at.x!;
        const ay = farA.y! - at.y!;
        const bx = farB.x! - at.x!;
        const by = farB.y! - at.y!;
        const lengths = Math.sqrt(ax * ax + ay * ay) * Math.sqrt(bx * bx + by * by);
        if (lengths === 0 || (ax * bx + ay * by) / lengths < cosine) continue;
        // The shorter line bows away from the longer one, on the side the longer one is not.
        const [short, long] = ax * ax + ay * ay <= bx * bx + by * by ? [a, b] : [b, a];
        if (short.curveOffset !== 0) continue;
        const dx = short.target.x! - short.source.x!;
        const dy = short.target.y! - short.source.y!;
        const other = long.source === short.source || long.source === short.target ? long.target : long.source;
        const side = dx * (other.y! - short.source.y!) - dy * (other.x! - short.source.x!);
        short.curveOffset = side > 0 ? -PARALLEL_SPACING : PARALLEL_SPACING;
      }
    }
  }
}
