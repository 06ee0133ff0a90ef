/**
 * The one place where the model's words (actor, relation) become d3's (node, link). The
 * simulation mutates what it is given, so it gets fresh objects, never model or store objects.
 */
import type { SimulationLinkDatum, SimulationNodeDatum } from 'd3-force';
import type { DatasetIndex } from '../model/indexDataset';
import { aggregateRelations } from '../model/blocs';
import { lineOfRelation, relationLines, type LineMode } from '../model/relationLines';
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
  /** The relations this line draws: one, or several of the same ends, direction and stance (empty for a member tie). */
  relationIds: string[];
  /** Signed distance of the curve's control point from the straight line, so parallel relations never overlap. */
  curveOffset: number;
}

/** What the link force pulls on: one spring per pair of actors, however many relations join them. */
export interface Spring extends SimulationLinkDatum<SimNode> {
  source: SimNode;
  target: SimNode;
  role: 'relation' | 'member';
  /** Lines drawn between the pair when grouped (one per direction and stance): each needs room to bow apart. */
  lines: number;
}

export interface SimulationGraph {
  nodes: SimNode[];
  /** What is drawn: every relation, and every partOf tie. */
  links: SimLink[];
  springs: Spring[];
  nodeById: Map<string, SimNode>;
  linkById: Map<string, SimLink>;
  /** The line that draws each relation (itself, or its group's). */
  lineByRelation: Map<string, SimLink>;
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
  /** One line per relation (the default here; the SVG map draws them grouped), or one per ends, direction and stance. */
  lines?: LineMode;
}

export function createSimulationGraph(index: DatasetIndex, { saved, labelScale = 1, lines: lineMode = 'all' }: GraphOptions = {}): SimulationGraph {
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

  const links = relationLinks(index, nodeById, lineMode);
  for (const actor of index.dataset.actors) {
    const parent = actor.partOf ? nodeById.get(actor.partOf) : undefined;
    const member = nodeById.get(actor.id);
    if (parent && member) links.push({ id: `member:${actor.id}`, source: member, target: parent, role: 'member', relationIds: [], curveOffset: 0 });
  }
  const springs = new Map<string, Spring>();
  // Counted as grouped lines whatever the mode, so both modes lay the map out alike.
  const groupedLines = new Map<string, Set<string>>();
  for (const link of links) {
    const key = link.role === 'member' ? link.id : pairKey(link.source.id, link.target.id);
    if (!springs.has(key)) springs.set(key, { source: link.source, target: link.target, role: link.role, lines: 0 });
    if (!groupedLines.has(key)) groupedLines.set(key, new Set());
    // Stryker disable next-line StringLiteral: only a partOf tie has no stance, and it is alone under its key.
    groupedLines.get(key)!.add(`${link.source.id}>${link.target.id}:${link.stance ?? ''}`);
  }
  for (const [key, spring] of springs) spring.lines = groupedLines.get(key)!.size;
  return withLinks({ nodes, springs: [...springs.values()], nodeById }, links);
}

function withLinks(graph: Pick<SimulationGraph, 'nodes' | 'springs' | 'nodeById'>, links: SimLink[]): SimulationGraph {
  return { ...graph, links, linkById: new Map(links.map((link) => [link.id, link])), lineByRelation: lineOfRelation(links) };
}

/**
 * The same actors and springs, drawn with the other line mode: switching between grouped and
 * separate lines moves no actor.
 */
export function withLineMode(graph: SimulationGraph, index: DatasetIndex, lines: LineMode, drawn: ReadonlyMap<string, string> | null = null): SimulationGraph {
  // A member drawn inside a closed bloc has no partOf tie to draw. (Whatever holds its bloc holds
  // the member too, so a member drawn as itself has its bloc drawn as itself.)
  const members = graph.links.filter((link) => link.role === 'member' && (!drawn || drawn.get(link.source.id) === link.source.id));
  return withLinks(graph, [...relationLinks(index, graph.nodeById, lines, drawn), ...members]);
}

// Stryker disable next-line EqualityOperator: any order does, as long as both ways round give one key.
const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

/** One link per drawn line; lines between the same two actors bow apart, so none lies on another. */
function relationLinks(index: DatasetIndex, nodeById: ReadonlyMap<string, SimNode>, mode: LineMode, drawn: ReadonlyMap<string, string> | null = null): SimLink[] {
  // With blocs closed, relations run between the blocs that hold their ends; those inside one are not lines.
  const relations = drawn ? aggregateRelations(index.dataset.relations, drawn).between : index.dataset.relations;
  const lines = relationLines(relations, mode).filter((line) => nodeById.has(line.source) && nodeById.has(line.target));
  const pairCounts = new Map<string, number>();
  for (const line of lines) {
    const key = pairKey(line.source, line.target);
    pairCounts.set(key, (pairCounts.get(key) ?? 0) + 1);
  }
  const pairSeen = new Map<string, number>();
  return lines.map((line) => {
    const key = pairKey(line.source, line.target);
    const count = pairCounts.get(key)!;
    const position = pairSeen.get(key) ?? 0;
    pairSeen.set(key, position + 1);
    // Offsets are laid out along the pair's canonical direction, then flipped for arrows that run
    // the other way, so A→B and B→A land on different sides rather than on top of each other.
    const canonical = line.source < line.target ? 1 : -1;
    // Stryker disable next-line ArithmeticOperator: dividing by ±1 is multiplying by it.
    const curveOffset = (position - (count - 1) / 2) * PARALLEL_SPACING * canonical;
    return { id: line.id, source: nodeById.get(line.source)!, target: nodeById.get(line.target)!, role: 'relation', stance: line.stance, relationIds: line.relationIds, curveOffset };
  });
}
