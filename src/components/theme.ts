/**
 * How stances, statuses and kinds look. Colour is never the only signal: every stance also has
 * its own line pattern, every status its own arrowhead or mark, every kind its own shape.
 * The four stance colours are the Okabe–Ito hues that keep 3:1 contrast on white and on near-black.
 */
import type { ActorKind, RelationStatus, Stance, StatusModality } from '../model/vocabulary';
import { STATUS_MODALITY } from '../model/vocabulary';

export interface StanceStyle {
  colour: string;
  /** SVG stroke-dasharray; '' is a solid line. */
  dash: string;
  /** CSS border style for the same stance in text (the article's marks). */
  underline: 'solid' | 'dashed' | 'dotted' | 'double';
  description: string;
}

export const STANCE_STYLES: Record<Stance, StanceStyle> = {
  support: { colour: '#009E73', dash: '', underline: 'solid', description: 'backs, aids or cooperates with' },
  hostility: { colour: '#D55E00', dash: '10 5', underline: 'dashed', description: 'fights, opposes or distrusts' },
  offer: { colour: '#CC79A7', dash: '2 5', underline: 'dotted', description: 'proposes a deal to' },
  payment: { colour: '#0072B2', dash: '12 4 3 4', underline: 'double', description: 'pays or supplies in exchange' },
};

export interface ModalityStyle {
  label: string;
  /** Filled arrowheads for what happened; hollow for what was only proposed or promised. */
  arrow: 'filled' | 'hollow';
  /** A mark at the middle of the line for what only partly happened or failed. */
  mark: '' | '½' | '✕';
  opacity: number;
}

export const MODALITY_STYLES: Record<StatusModality, ModalityStyle> = {
  realised: { label: 'happened or happening', arrow: 'filled', mark: '', opacity: 0.95 },
  potential: { label: 'proposed, promised, considered or threatened', arrow: 'hollow', mark: '', opacity: 0.9 },
  partial: { label: 'partly delivered', arrow: 'filled', mark: '½', opacity: 0.95 },
  failed: { label: 'promised but not delivered', arrow: 'hollow', mark: '✕', opacity: 0.75 },
};

export const modalityStyle = (status: RelationStatus): ModalityStyle => MODALITY_STYLES[STATUS_MODALITY[status]];

/** A status of each look, for the swatches of a key. */
export const MODALITY_EXAMPLE = { realised: 'ongoing', potential: 'proposed', partial: 'partly-delivered', failed: 'not-delivered' } as const satisfies Record<StatusModality, RelationStatus>;

/** The status every relation of a grouped line shares the look of, or undefined when they differ (the line is then drawn as happening). */
export function sharedStatus(statuses: readonly RelationStatus[]): RelationStatus | undefined {
  const modalities = new Set(statuses.map((status) => modalityStyle(status)));
  return modalities.size === 1 ? statuses[0] : undefined;
}

// d3-shape's symbols (circle, square, triangle, diamond, cross), written out: the same paths to the
// character, with d3-path's rounding to three decimals, without d3-shape and d3-path in the bundle.
const round = (value: number) => Math.round(value * 1000) / 1000;
const polygon = (points: [number, number][]) => `M${points.map(([x, y]) => `${round(x)},${round(y)}`).join('L')}Z`;
const SQRT3 = Math.sqrt(3);
const TAN30 = Math.sqrt(1 / 3);

type Outline = 'circle' | readonly (readonly [number, number])[];

/**
 * Each kind's outline at radius 1, centred on 0,0: a circle, or a polygon's corners. Outlines grow
 * in proportion to the radius. The polygons are d3's symbols, sized by area so that each shape
 * looks about as big as a circle of the same radius.
 */
const OUTLINES: Record<ActorKind, Outline> = (() => {
  const square = Math.sqrt(3.2) / 2;
  const triangle = -Math.sqrt(3.6 / (SQRT3 * 3));
  const diamond = Math.sqrt(3.0 / (TAN30 * 2));
  const cross = Math.sqrt(2.2 / 5) / 2;
  return {
    state: 'circle',
    'government-body': [[-square, -square], [square, -square], [square, square], [-square, square]],
    'armed-group': [[0, triangle * 2], [-SQRT3 * triangle, -triangle], [SQRT3 * triangle, -triangle]],
    person: [[0, -diamond], [diamond * TAN30, 0], [0, diamond], [-diamond * TAN30, 0]],
    other: [[-3, -1], [-1, -1], [-1, -3], [1, -3], [1, -1], [3, -1], [3, 1], [1, 1], [1, 3], [-1, 3], [-1, 1], [-3, 1]].map(([x, y]) => [x! * cross, y! * cross] as const),
    organisation: Array.from({ length: 6 }, (_, i) => [Math.cos((Math.PI / 3) * i), Math.sin((Math.PI / 3) * i)] as const),
  };
})();

export const KIND_LABELS: Record<ActorKind, string> = {
  state: 'state',
  'government-body': 'government body',
  'armed-group': 'armed group',
  person: 'person',
  organisation: 'organisation',
  other: 'other',
};

/** As d3's symbol did, an unknown kind is drawn as a circle. */
export const kindOutline = (kind: ActorKind): Outline => OUTLINES[kind] ?? 'circle';

/** The outline of an actor of this kind as SVG path data, centred on 0,0, about `radius` across in each direction. */
export function kindPath(kind: ActorKind, radius: number): string {
  const outline = kindOutline(kind);
  if (outline === 'circle') {
    const [a, b] = [round(radius), round(-radius)];
    return `M${a},0A${a},${a},0,1,1,${b},0A${a},${a},0,1,1,${a},0`;
  }
  return polygon(outline.map(([x, y]) => [x * radius, y * radius]));
}

/** Light tints shared by an actor and everything that is part of it. */
const GROUP_TINTS = ['#FBE3CC', '#D4E8F7', '#D3F0E2', '#F6D8EA', '#F8EFC2', '#E5DBF1', '#CFEAE6', '#EADFD2'];
export const UNGROUPED_TINT = '#F2F2F0';

export function groupTints(groupIds: readonly string[]): Map<string, string> {
  return new Map(groupIds.map((id, i) => [id, GROUP_TINTS[i % GROUP_TINTS.length]!]));
}

export const statusLabel = (status: RelationStatus): string => status.replace(/-/g, ' ');
