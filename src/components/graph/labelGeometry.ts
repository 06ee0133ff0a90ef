/**
 * What an actor's label and shape measure, shared by the SVG map (its CSS and label painter), the
 * canvas map and the export, so that every drawing puts labels in the same place.
 */
import { t } from '../../i18n/translate';
import type { ActorKind } from '../../model/vocabulary';
import { kindOutline } from '../theme';

/** The label's type on screen, in CSS pixels, before presentation's label scale. */
export const LABEL_FONT_PX = 12;
/** One line of a label, in ems (styles.css and ActorNode's tspans say the same). */
export const LABEL_LINE_EM = 1.17;
/** Between the shape and its label, in ems. */
export const LABEL_GAP_EM = 0.25;
/** Kept free around a label, in ems: two labels are at least twice this apart (half an em). */
export const LABEL_PADDING_EM = 0.25;

export interface ShapeExtent {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The invisible circle that takes an actor's clicks and taps, a little wider than a small shape. */
export const actorHitRadius = (radius: number) => Math.max(radius + 4, 14);

const round = (value: number) => Math.round(value * 100) / 100;
const extents = new Map<ActorKind, ShapeExtent>();

/** How far an actor's shape reaches from its centre on each side, in the units of `radius`. */
export function shapeExtent(kind: ActorKind, radius: number): ShapeExtent {
  let unit = extents.get(kind);
  if (!unit) {
    const outline = kindOutline(kind);
    unit =
      outline === 'circle'
        ? { left: 1, right: 1, top: 1, bottom: 1 }
        : {
            left: Math.max(...outline.map(([x]) => -x)),
            right: Math.max(...outline.map(([x]) => x)),
            top: Math.max(...outline.map(([, y]) => -y)),
            bottom: Math.max(...outline.map(([, y]) => y)),
          };
    extents.set(kind, unit);
  }
  return { left: round(unit.left * radius), right: round(unit.right * radius), top: round(unit.top * radius), bottom: round(unit.bottom * radius) };
}

/**
 * The actor's accessible name: its visible label first (WCAG 2.5.3, Label in Name), then its
 * full name when the label says less. `actorAccessibleName('CENTCOM', 'U.S. Central Command')`
 * → `CENTCOM (U.S. Central Command)`; the same text twice is said once.
 */
export function actorAccessibleName(label: string, name: string): string {
  const shown = label.replace(/\s+/g, ' ').trim();
  const full = name.replace(/\s+/g, ' ').trim();
  if (!shown || shown === full) return full;
  if (full.toLowerCase().startsWith(shown.toLowerCase())) return full;
  return t('{label} ({name})', { label: shown, name: full });
}
