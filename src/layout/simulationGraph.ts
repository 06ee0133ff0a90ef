/**
 * The one place where the model's words (actor, relation) become d3's (node, link). The
 * simulation mutates what it is given, so it gets fresh objects, never model or store objects.
 */
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3-force';
import type { DatasetIndex } from '../model/indexDataset';
import type { ActorKind, Stance } from '../model/vocabulary';
import { labelLines } from './labelLines';

export interface SimNode extends SimulationNodeDatum {
  id: string;
  kind: ActorKind;
  radius: number;
  /** The label's lines and its estimated width in pixels, for keeping labels apart without measuring text. */
  labelLines: string[];
  labelWidth: number;
  labelScale: number;
  /** The top of its partOf chain; members are drawn near their group and tinted alike. */
  group: string;
}

export interface SimLink extends SimulationLinkDatum<SimNode> {
  id: string;
  source: SimNode;
  target: SimNode;
  /** `relation`: a stance drawn as an arrow; `member`: the partOf tie that keeps a group together. */
  role: 'relation' | 'member';
  stance?: Stance;
  /** Signed distance of the curve's control point from the straight line, so parallel relations never overlap. */
  curveOffset: number;
}

/** What the link force pulls on: one spring per pair of actors, however many relations join them. */
export interface Spring extends SimulationLinkDatum<SimNode> {
  source: SimNode;
  target: SimNode;
  role: 'relation' | 'member';
}

export interface SimulationGraph {
  nodes: SimNode[];
  /** What is drawn: every relation, and every partOf tie. */
  links: SimLink[];
  springs: Spring[];
  nodeById: Map<string, SimNode>;
  linkById: Map<string, SimLink>;
}

export const PARALLEL_SPACING = 26;
/** Average advance of a character of the 12px semibold label font. */
const LABEL_CHAR_WIDTH = 7.2;

export function nodeRadius(relationCount: number): number {
  return 9 + 3.2 * Math.sqrt(relationCount);
}

export interface GraphOptions {
  /** Positions to start from instead of d3's phyllotaxis. */
  saved?: ReadonlyMap<string, { x: number; y: number }>;
  /** Label size relative to the explorer's 12px (presentation mode uses 1.5), so the layout makes room. */
  labelScale?: number;
}

export function createSimulationGraph(index: DatasetIndex, { saved, labelScale = 1 }: GraphOptions = {}): SimulationGraph {
  const nodes: SimNode[] = index.dataset.actors.map((actor) => {
    const radius = nodeRadius(index.relationIdsByActor.get(actor.id)?.length ?? 0);
    const position = saved?.get(actor.id);
    const lines = labelLines(actor.name);
    return {
      id: actor.id,
      kind: actor.kind,
      radius,
      labelLines: lines,
      labelWidth: Math.max(...lines.map((line) => line.length)) * LABEL_CHAR_WIDTH * labelScale,
      labelScale,
      group: index.groupOf.get(actor.id) ?? actor.id,
      ...(position ? { x: position.x, y: position.y } : {}),
    };
  });
  const nodeById = new Map(nodes.map((node) => [node.id, node]));

  const links: SimLink[] = [];
  const pairCounts = new Map<string, number>();
  const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);
  for (const relation of index.dataset.relations) {
    const key = pairKey(relation.source, relation.target);
    pairCounts.set(key, (pairCounts.get(key) ?? 0) + 1);
  }
  const pairSeen = new Map<string, number>();
  for (const relation of index.dataset.relations) {
    const source = nodeById.get(relation.source);
    const target = nodeById.get(relation.target);
    if (!source || !target) continue;
    const key = pairKey(relation.source, relation.target);
    const count = pairCounts.get(key)!;
    const position = pairSeen.get(key) ?? 0;
    pairSeen.set(key, position + 1);
    // Offsets are laid out along the pair's canonical direction, then flipped for arrows that run
    // the other way, so A→B and B→A land on different sides rather than on top of each other.
    const canonical = relation.source < relation.target ? 1 : -1;
    const curveOffset = (position - (count - 1) / 2) * PARALLEL_SPACING * canonical;
    links.push({ id: relation.id, source, target, role: 'relation', stance: relation.stance, curveOffset });
  }
  for (const actor of index.dataset.actors) {
    const parent = actor.partOf ? nodeById.get(actor.partOf) : undefined;
    const member = nodeById.get(actor.id);
    if (parent && member) links.push({ id: `member:${actor.id}`, source: member, target: parent, role: 'member', curveOffset: 0 });
  }
  const springs = new Map<string, Spring>();
  for (const link of links) {
    const key = link.role === 'member' ? link.id : pairKey(link.source.id, link.target.id);
    if (!springs.has(key)) springs.set(key, { source: link.source, target: link.target, role: link.role });
  }
  return { nodes, links, springs: [...springs.values()], nodeById, linkById: new Map(links.map((link) => [link.id, link])) };
}
