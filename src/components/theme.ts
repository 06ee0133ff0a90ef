/**
 * How stances, statuses and kinds look. Colour is never the only signal: every stance also has
 * its own line pattern, every status its own arrowhead or mark, every kind its own shape.
 * The four stance colours are the Okabe–Ito hues that keep 3:1 contrast on white and on near-black.
 */
import { t } from '../i18n/translate';
import type { DatasetIndex } from '../model/indexDataset';
import type { Relation } from '../model/datasetSchema';
import type { ActorKind, RelationStatus, Stance, StatusModality } from '../model/vocabulary';
import { STATUS_MODALITY } from '../model/vocabulary';

export interface StanceStyle {
  colour: string;
  /** SVG stroke-dasharray; '' is a solid line. */
  dash: string;
  /** CSS border style for the same stance in text (the article's marks). */
  underline: 'solid' | 'dashed' | 'dotted' | 'double';
}

/**
 * A word of the vocabulary as shown to a person: a stance, a status or an actor's kind, its id with
 * spaces ("partly-delivered" → "partly delivered"), in the interface's language. The id itself
 * (data attributes, the URL, the file) stays English. scripts/interfaceMessages.ts gives the
 * catalogues every such word (vocabulary.ts lists them).
 */
export const vocabularyWord = (id: string): string => t(id.replace(/-/g, ' '));
export const stanceLabel: (stance: Stance) => string = vocabularyWord;
export const statusLabel: (status: RelationStatus) => string = vocabularyWord;
export const kindLabel: (kind: ActorKind) => string = vocabularyWord;

/** What a stance means, after its word: “support: backs, aids or cooperates with”. */
export function stanceDescription(stance: Stance): string {
  const descriptions: Record<Stance, string> = {
    support: t('backs, aids or cooperates with'),
    hostility: t('fights, opposes or distrusts'),
    offer: t('proposes a deal to'),
    payment: t('pays or supplies in exchange'),
  };
  return descriptions[stance] ?? '';
}

export const STANCE_STYLES: Record<Stance, StanceStyle> = {
  support: { colour: '#009E73', dash: '', underline: 'solid' },
  hostility: { colour: '#D55E00', dash: '10 5', underline: 'dashed' },
  offer: { colour: '#CC79A7', dash: '2 5', underline: 'dotted' },
  payment: { colour: '#0072B2', dash: '12 4 3 4', underline: 'double' },
};

/**
 * A relation's accessible name, the model's relationLabel with the stance in the interface's
 * language: “Russia — offer → Liwa al-Mu’tasim Brigade”. (Type-only imports: the paint worker loads this file.)
 */
export function relationName(index: DatasetIndex, relation: Pick<Relation, 'source' | 'target' | 'stance'>): string {
  const name = (id: string) => index.actorsById.get(id)?.name ?? id;
  return t('{source} — {stance} → {target}', { source: name(relation.source), stance: stanceLabel(relation.stance), target: name(relation.target) });
}

export interface ModalityStyle {
  /** Filled arrowheads for what happened; hollow for what was only proposed or promised. */
  arrow: 'filled' | 'hollow';
  /** A mark at the middle of the line for what only partly happened or failed. */
  mark: '' | '½' | '✕';
  opacity: number;
}

/** What a modality's statuses have in common, in words: the key's line for it. */
export function modalityLabel(modality: StatusModality): string {
  const labels: Record<StatusModality, string> = {
    realised: t('happened or happening'),
    potential: t('proposed, promised, considered or threatened'),
    partial: t('partly delivered'),
    failed: t('promised but not delivered'),
  };
  return labels[modality] ?? modality;
}

export const MODALITY_STYLES: Record<StatusModality, ModalityStyle> = {
  realised: { arrow: 'filled', mark: '', opacity: 0.95 },
  potential: { arrow: 'hollow', mark: '', opacity: 0.9 },
  partial: { arrow: 'filled', mark: '½', opacity: 0.95 },
  failed: { arrow: 'hollow', mark: '✕', opacity: 0.75 },
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
