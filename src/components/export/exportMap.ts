/**
 * The map as a picture to take away: a standalone SVG (and a PNG drawn from it) of the map as it
 * is shown, with its title, a legend and the credit. Framework-free: it reads the rendered DOM.
 *
 * The exported SVG has no stylesheet, so every style the page's CSS gave an element is copied from
 * its computed style into an inline `style`, with CSS variables resolved. A property is written
 * only where it differs from what the element would inherit, which keeps the file small.
 */
import { STANCES, STATUS_MODALITY, type RelationStatus, type Stance, type StatusModality } from '../../model/vocabulary';
import { t } from '../../i18n/translate';
import { MODALITY_STYLES, modalityLabel, STANCE_STYLES, stanceDescription, stanceLabel } from '../theme';

export interface ExportMeta {
  title: string;
  /** For example: “Russia Is Trying…”, Michael Weiss, The Daily Beast, 5 August 2016. © The Daily Beast */
  credit: string;
}

export const SVG_NS = 'http://www.w3.org/2000/svg';
export const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';
export const EXPORT_FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif";
const FALLBACK_SIZE = { width: 800, height: 600 };
const CLIP_ID = 'stancemap-export-map-clip';

const PAD_X = 16;
const TITLE = { size: 20, weight: 700, lineHeight: 26, padTop: 14, padBottom: 10 };
const LEGEND = { gapTop: 12, rowHeight: 22, rowGap: 4, size: 13, headingSize: 12, entryGap: 18, swatchWidth: 32, swatchGap: 6 };
const CREDIT = { size: 12, lineHeight: 16, gapTop: 10, padBottom: 12 };

/** Copied from computed styles; each inherits, so a child repeats it only where it differs. */
const INHERITED_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'stroke-linecap',
  'stroke-linejoin',
  'paint-order',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'visibility',
] as const;

const HIT_AREA_SELECTOR = '.relation-hit, .actor-hit';
const LABEL_SELECTOR = '.actor-label';
const UNSAFE_ELEMENTS = 'script, foreignObject';
const INTERACTIVE_ATTRIBUTES = ['tabindex', 'role', 'aria-pressed', 'aria-describedby'];

/**
 * A standalone SVG of the map as currently shown (the current zoom and pan, the on-screen size),
 * with the title above, a legend of the stances and statuses present, and the credit below.
 * Hit areas and hidden halos are left out; dataset text goes in as text nodes only.
 */
export function buildExportSvg(mapSvg: SVGSVGElement, meta: ExportMeta): SVGSVGElement {
  const document = mapSvg.ownerDocument;
  const styles = createStyleReader(mapSvg);
  const colours = pageColours(styles);
  const measure = createTextMeasure(document);
  const { width, height: mapHeight } = mapSize(mapSvg);
  const textWidth = width - 2 * PAD_X;

  const titleLines = wrapText(meta.title.trim(), textWidth, (text) => measure(text, TITLE.size, TITLE.weight));
  const titleHeight = titleLines.length ? TITLE.padTop + titleLines.length * TITLE.lineHeight + TITLE.padBottom : 0;
  const legend = layoutLegend(legendGroups(mapSvg), width, measure);
  const legendHeight = legend.rows ? LEGEND.gapTop + legend.rows * LEGEND.rowHeight + (legend.rows - 1) * LEGEND.rowGap : 0;
  const creditLines = wrapText(meta.credit.trim(), textWidth, (text) => measure(text, CREDIT.size, 400));
  const creditHeight = (creditLines.length ? CREDIT.gapTop + creditLines.length * CREDIT.lineHeight : 0) + CREDIT.padBottom;
  const height = titleHeight + mapHeight + legendHeight + creditHeight;

  const make = createElementFactory(document);
  const svg = make('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'img', style: `font-family: ${EXPORT_FONT_STACK}` }) as SVGSVGElement;
  svg.setAttributeNS(XMLNS_NS, 'xmlns', SVG_NS);
  if (meta.title.trim()) svg.append(make('title', {}, meta.title.trim()));
  if (meta.credit.trim()) svg.append(make('desc', {}, meta.credit.trim()));
  svg.append(make('defs', {}, make('clipPath', { id: CLIP_ID }, make('rect', { width, height: mapHeight }))));
  svg.append(make('rect', { class: 'export-background', width, height, fill: colours.background }));

  if (titleLines.length) {
    const baseline = TITLE.padTop + TITLE.lineHeight * 0.75;
    svg.append(textBlock(make, titleLines, { class: 'export-title', x: PAD_X, y: baseline, lineHeight: TITLE.lineHeight, size: TITLE.size, weight: TITLE.weight, fill: colours.text }));
  }

  const clipped = make('g', { 'clip-path': `url(#${CLIP_ID})` });
  copyMapContent(mapSvg, clipped, styles);
  svg.append(make('g', { class: 'export-map', transform: `translate(0,${titleHeight})` }, clipped));

  if (legend.rows) {
    const legendTop = titleHeight + mapHeight + LEGEND.gapTop;
    svg.append(drawLegend(make, legend.items, legendTop, colours));
  }
  if (creditLines.length) {
    const baseline = titleHeight + mapHeight + legendHeight + CREDIT.gapTop + CREDIT.lineHeight * 0.75;
    svg.append(textBlock(make, creditLines, { class: 'export-credit', x: PAD_X, y: baseline, lineHeight: CREDIT.lineHeight, size: CREDIT.size, weight: 400, fill: colours.muted }));
  }
  return svg;
}

/** A standalone SVG document as a string: the SVG namespace declared, no XML declaration. */
export function serializeSvg(svg: SVGSVGElement): string {
  if (!svg.hasAttribute('xmlns')) svg.setAttributeNS(XMLNS_NS, 'xmlns', SVG_NS);
  return new XMLSerializer().serializeToString(svg);
}

const IMAGE_LOAD_TIMEOUT_MS = 15_000;

/** Renders the SVG to a PNG blob at `scale` (2 for slides) through an <img> and a <canvas>. */
export async function svgToPngBlob(svgText: string, width: number, height: number, scale = 2): Promise<Blob> {
  for (const [name, value] of [['width', width], ['height', height], ['scale', scale]] as const) {
    if (!Number.isFinite(value) || value <= 0) throw new RangeError(t('Cannot export the map as PNG: {name} must be a positive number, not {value}.', { name, value: String(value) }));
  }
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error(t('Cannot export the map as PNG: this browser gave no 2D canvas to draw on.'));
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) throw new Error(t('Cannot export the map as PNG: the browser could not encode a {width}×{height} image (try a smaller scale).', { width: String(canvas.width), height: String(canvas.height) }));
    return blob;
  } finally {
    URL.revokeObjectURL(url);
  }
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = document.createElement('img');
    const timer = setTimeout(() => settle(new Error(t('Cannot export the map as PNG: the map image did not load in time.'))), IMAGE_LOAD_TIMEOUT_MS);
    const settle = (error?: Error) => {
      clearTimeout(timer);
      image.onload = image.onerror = null;
      if (error) reject(error);
      else resolve(image);
    };
    image.onload = () => settle();
    image.onerror = () => settle(new Error(t('Cannot export the map as PNG: the browser could not load the map as an image.')));
    image.src = url;
  });
}

/** Long enough for any browser to start the download before the URL goes. */
const REVOKE_DELAY_MS = 60_000;

/** Triggers a download of a blob with a file name (via an object URL and a temporary <a download>). */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  try {
    link.click();
  } finally {
    link.remove();
    // Revoking at once can cancel the download in Safari and older Firefox.
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
  }
}

/** `exportFileName('russia-poach-rebels-2016', 'png')` → `russia-poach-rebels-2016-map.png`. */
export function exportFileName(datasetId: string, extension: 'png' | 'svg'): string {
  return `${fileSlug(datasetId)}-map.${extension}`;
}

/** A dataset id as the start of a file name: ASCII letters and digits, dashes between. */
export function fileSlug(datasetId: string): string {
  const slug = datasetId
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug || 'stancemap';
}

// ---- the map's content ------------------------------------------------------------------

export function mapSize(mapSvg: SVGSVGElement) {
  const box = mapSvg.getBoundingClientRect();
  const width = Math.round(box.width);
  const height = Math.round(box.height);
  return width > 0 && height > 0 ? { width, height } : FALLBACK_SIZE;
}

/**
 * Clones the map's children into `target`, pairing each clone with its original to copy the
 * original's computed style: the clone is detached, so it has no computed style of its own.
 */
export function copyMapContent(mapSvg: SVGSVGElement, target: Element, styles: StyleReader) {
  const clone = mapSvg.cloneNode(true) as SVGSVGElement;
  const originals = Array.from(mapSvg.querySelectorAll('*'));
  const clones = Array.from(clone.querySelectorAll('*'));
  const computed = new Map<Element, ComputedValues>([[mapSvg, styles.read(mapSvg)]]);
  const rootValues = computed.get(mapSvg)!;
  target.setAttribute('style', declarations(INHERITED_PROPERTIES.map((property) => [property, rootValues[property]])));

  const removed: Element[] = [];
  for (const [i, original] of originals.entries()) {
    const copy = clones[i]!;
    const values = styles.read(original);
    computed.set(original, values);
    const inDefs = original.closest('defs') !== null;
    const isLabel = original.closest(LABEL_SELECTOR) !== null;
    const hidden = values.display === 'none' && !inDefs && !isLabel;
    // A label the map leaves out where it would overlap is left out of the picture too.
    const unplaced = original.matches(LABEL_SELECTOR) && original.getAttribute('data-label-side') === 'none';
    if (hidden || unplaced || original.matches(HIT_AREA_SELECTOR) || original.matches(UNSAFE_ELEMENTS)) {
      removed.push(copy);
      continue;
    }

    cleanAttributes(copy, styles);
    const parent = computed.get(original.parentElement!) ?? rootValues;
    const written: [string, string][] = INHERITED_PROPERTIES.filter((property) => values[property] !== parent[property]).map((property) => [property, values[property]]);
    if (values['font-family'] !== rootValues['font-family']) written.push(['font-family', values['font-family']]);
    if (values.opacity && values.opacity !== '1') written.push(['opacity', values.opacity]);
    if (original.matches(LABEL_SELECTOR)) {
      // The label's place and its counter-scale to the zoom come from the page's CSS: baked in as
      // it is now, so the picture's labels are the size and in the place they are on screen.
      copy.removeAttribute('data-label-side');
      if (values.transform.startsWith('matrix')) copy.setAttribute('transform', values.transform);
    }
    if (isLabel) {
      if (values.display === 'none') written.push(['display', 'inline']);
      if (values.visibility && values.visibility !== 'visible') written.push(['visibility', 'visible']);
    }
    const style = declarations(written);
    if (style) copy.setAttribute('style', [copy.getAttribute('style'), style].filter(Boolean).join('; '));
  }
  for (const element of removed) element.remove();
  target.append(...Array.from(clone.childNodes));
}

function cleanAttributes(element: Element, styles: StyleReader) {
  for (const { name, value } of Array.from(element.attributes)) {
    const lower = name.toLowerCase();
    if (INTERACTIVE_ATTRIBUTES.includes(lower) || lower.startsWith('on')) element.removeAttribute(name);
    else if ((lower === 'href' || lower === 'xlink:href') && !value.startsWith('#')) element.removeAttribute(name);
    else if (value.includes('var(')) {
      const resolved = styles.resolve(value);
      if (resolved) element.setAttribute(name, resolved);
      else element.removeAttribute(name);
    }
  }
}

const declarations = (entries: readonly (readonly [string, string])[]) =>
  entries
    .filter(([, value]) => value !== '')
    .map(([property, value]) => `${property}: ${value}`)
    .join('; ');

// ---- computed styles and CSS variables -----------------------------------------------------

type ComputedValues = Record<(typeof INHERITED_PROPERTIES)[number] | 'font-family' | 'opacity' | 'display' | 'transform', string>;

interface StyleReader {
  read(element: Element): ComputedValues;
  variable(name: string): string;
  /** Replaces every `var(--x, fallback)` in a value; '' when a variable is unset without fallback. */
  resolve(value: string): string;
}

const VARIABLE = /var\(\s*(--[\w-]+)\s*(?:,\s*((?:[^()]|\([^()]*\))*))?\)/g;

export function createStyleReader(mapSvg: SVGSVGElement): StyleReader {
  const view = mapSvg.ownerDocument.defaultView;
  const cache = new Map<string, string>();
  // Custom properties inherit, so the nearest ancestor that has one gives it; walking up also
  // covers engines (jsdom) that do not inherit them.
  const variable = (name: string) => {
    if (!cache.has(name)) {
      let value = '';
      for (let element: Element | null = mapSvg; element && !value && view; element = element.parentElement) {
        value = view.getComputedStyle(element).getPropertyValue(name).trim();
      }
      cache.set(name, value.includes('var(') ? resolve(value) : value);
    }
    return cache.get(name)!;
  };
  const resolve = (value: string) => {
    let result = value;
    for (let depth = 0; depth < 8 && result.includes('var('); depth++) {
      result = result.replace(VARIABLE, (_, name: string, fallback?: string) => variable(name) || fallback?.trim() || '');
    }
    return result.includes('var(') ? '' : result.trim();
  };
  const properties = [...INHERITED_PROPERTIES, 'font-family', 'opacity', 'display', 'transform'] as const;
  const read = (element: Element) => {
    const style = view?.getComputedStyle(element);
    const values = {} as ComputedValues;
    for (const property of properties) {
      const value = style?.getPropertyValue(property).trim() ?? '';
      values[property] = value.includes('var(') ? resolve(value) : value;
    }
    return values;
  };
  return { read, variable, resolve };
}

interface ExportColours {
  background: string;
  text: string;
  muted: string;
}

/** The page's map colours; the background is always opaque, so a PNG on a slide stays readable. */
export function pageColours(styles: StyleReader): ExportColours {
  const candidates = [styles.variable('--map-background'), styles.variable('--panel-background'), styles.variable('--page-background')];
  const background = candidates.find(isOpaqueColour) ?? '#ffffff';
  return { background, text: styles.variable('--text') || '#1b1b1f', muted: styles.variable('--muted') || '#5b5b66' };
}

export function isOpaqueColour(colour: string): boolean {
  const value = colour.trim().toLowerCase();
  if (!value || value === 'transparent' || value === 'none') return false;
  const hex = /^#([0-9a-f]{4}|[0-9a-f]{8})$/.exec(value);
  if (hex) return hex[1]!.endsWith(hex[1]!.length === 4 ? 'f' : 'ff');
  const functional = /^(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch)\((.*)\)$/.exec(value);
  if (!functional) return true;
  const parts = functional[1]!.split(/\s*[,/]\s*|\s+/).filter(Boolean);
  const hasAlpha = functional[1]!.includes('/') || parts.length === 4;
  if (!hasAlpha) return true;
  const alpha = parts[parts.length - 1]!;
  return (alpha.endsWith('%') ? parseFloat(alpha) / 100 : parseFloat(alpha)) >= 1;
}

// ---- text -------------------------------------------------------------------------------

type Measure = (text: string, size: number, weight: number) => number;

/**
 * Text widths from a canvas where there is one; elsewhere (jsdom) a generous estimate per
 * character, so that wrapping errs towards shorter lines.
 */
export function createTextMeasure(document: Document): Measure {
  const view = document.defaultView as (Window & typeof globalThis) | null;
  const context = view && typeof view.CanvasRenderingContext2D === 'function' ? document.createElement('canvas').getContext('2d') : null;
  if (context) {
    return (text, size, weight) => {
      context.font = `${weight} ${size}px ${EXPORT_FONT_STACK}`;
      return context.measureText(text).width;
    };
  }
  return (text, size, weight) => text.length * size * (weight >= 600 ? 0.6 : 0.56);
}

export function wrapText(text: string, maxWidth: number, width: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (line && width(candidate) > maxWidth) {
      lines.push(line);
      line = word;
    } else line = candidate;
  }
  if (line) lines.push(line);
  return lines;
}

type Make = (name: string, attributes?: Record<string, string | number>, ...children: (Node | string)[]) => SVGElement;

/** Builds SVG elements; strings become text nodes, never markup. */
export function createElementFactory(document: Document): Make {
  return (name, attributes = {}, ...children) => {
    const element = document.createElementNS(SVG_NS, name) as SVGElement;
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
    element.append(...children.map((child) => (typeof child === 'string' ? document.createTextNode(child) : child)));
    return element;
  };
}

interface TextBlockOptions {
  class: string;
  x: number;
  y: number;
  lineHeight: number;
  size: number;
  weight: number;
  fill: string;
}

export function textBlock(make: Make, lines: readonly string[], options: TextBlockOptions) {
  return make(
    'text',
    { class: options.class, x: options.x, y: round(options.y), fill: options.fill, 'font-size': options.size, 'font-weight': options.weight },
    ...lines.map((line, i) => make('tspan', { x: options.x, dy: i === 0 ? 0 : options.lineHeight }, line)),
  );
}

const round = (value: number) => Math.round(value * 100) / 100;

// ---- the legend -------------------------------------------------------------------------

type LegendEntry = { kind: 'stance'; stance: Stance; label: string } | { kind: 'status'; modality: StatusModality; label: string };

interface LegendGroup {
  heading: string;
  entries: LegendEntry[];
}

const isStance = (value: string | null): value is Stance => (STANCES as readonly (string | null)[]).includes(value);
const isStatus = (value: string | null): value is RelationStatus => value !== null && Object.hasOwn(STATUS_MODALITY, value);

/** The stances and statuses of the relations on the map, in the legend's order. */
export function legendGroups(mapSvg: SVGSVGElement, lines = '.relation'): LegendGroup[] {
  const relations = Array.from(mapSvg.querySelectorAll(lines));
  const stances = new Set(relations.map((relation) => relation.getAttribute('data-stance')).filter(isStance));
  const modalities = new Set(
    relations
      .map((relation) => relation.getAttribute('data-status'))
      .filter(isStatus)
      .map((status) => STATUS_MODALITY[status]),
  );
  const groups: LegendGroup[] = [
    {
      heading: t('Stances'),
      entries: STANCES.filter((stance) => stances.has(stance)).map((stance) => ({ kind: 'stance', stance, label: `${stanceLabel(stance)} — ${stanceDescription(stance)}` })),
    },
    {
      heading: t('Status'),
      entries: (Object.keys(MODALITY_STYLES) as StatusModality[])
        .filter((modality) => modalities.has(modality))
        .map((modality) => ({ kind: 'status', modality, label: modalityLabel(modality) })),
    },
  ];
  return groups.filter((group) => group.entries.length > 0);
}

interface PlacedItem {
  x: number;
  row: number;
  entry: LegendEntry | { kind: 'heading'; label: string };
}

/** Flows each group's heading and entries into rows; each group starts a row of its own. */
export function layoutLegend(groups: readonly LegendGroup[], width: number, measure: Measure, pad = PAD_X) {
  const items: PlacedItem[] = [];
  const right = width - pad;
  let row = -1;
  for (const group of groups) {
    row++;
    const headingWidth = measure(group.heading, LEGEND.headingSize, 700);
    items.push({ x: pad, row, entry: { kind: 'heading', label: group.heading } });
    // Wrapped rows line up under the first entry, unless that leaves too little room.
    const entryStart = pad + headingWidth + LEGEND.entryGap;
    const indent = entryStart < width / 2 ? entryStart : pad;
    let x = entryStart;
    for (const entry of group.entries) {
      const entryWidth = LEGEND.swatchWidth + LEGEND.swatchGap + measure(entry.label, LEGEND.size, 400);
      if (x > indent && x + entryWidth > right) {
        row++;
        x = indent;
      }
      items.push({ x, row, entry });
      x += entryWidth + LEGEND.entryGap;
    }
  }
  return { items, rows: row + 1 };
}

export function drawLegend(make: Make, items: readonly PlacedItem[], top: number, colours: ExportColours) {
  const middle = LEGEND.rowHeight / 2;
  const baseline = middle + LEGEND.size * 0.36;
  const legend = make('g', { class: 'export-legend', 'font-size': LEGEND.size, fill: colours.text });
  for (const { x, row, entry } of items) {
    const y = round(top + row * (LEGEND.rowHeight + LEGEND.rowGap));
    if (entry.kind === 'heading') {
      legend.append(make('text', { class: 'export-legend-heading', x, y: round(y + baseline), 'font-size': LEGEND.headingSize, 'font-weight': 700, fill: colours.muted }, entry.label));
      continue;
    }
    const attributes: Record<string, string> = entry.kind === 'stance' ? { 'data-stance': entry.stance } : { 'data-modality': entry.modality };
    const group = make('g', { class: 'export-legend-entry', ...attributes, transform: `translate(${round(x)},${y})` });
    group.append(...legendSwatch(make, entry, middle, colours));
    group.append(make('text', { x: LEGEND.swatchWidth + LEGEND.swatchGap, y: round(baseline) }, entry.label));
    legend.append(group);
  }
  return legend;
}

/** A short line as drawn on the map: colour, pattern and arrowhead; for a status, its arrowhead and mark. */
function legendSwatch(make: Make, entry: LegendEntry, middle: number, colours: ExportColours): SVGElement[] {
  const colour = entry.kind === 'stance' ? STANCE_STYLES[entry.stance].colour : colours.text;
  const dash = entry.kind === 'stance' ? STANCE_STYLES[entry.stance].dash : '';
  const modality = entry.kind === 'status' ? MODALITY_STYLES[entry.modality] : undefined;
  const line = make('line', { x1: 1, y1: middle, x2: 23, y2: middle, stroke: colour, 'stroke-width': 2.5, ...(dash ? { 'stroke-dasharray': dash } : {}) });
  const arrow = make('path', {
    d: `M22,${middle - 4.5} L31,${middle} L22,${middle + 4.5} Z`,
    fill: modality?.arrow === 'hollow' ? colours.background : colour,
    stroke: colour,
    'stroke-width': 1.5,
    'stroke-linejoin': 'round',
  });
  const parts = [line, arrow];
  if (modality?.mark) {
    parts.push(
      make('circle', { cx: 11, cy: middle, r: 6, fill: colours.background, stroke: colour, 'stroke-width': 1.4 }),
      make('text', { x: 11, y: round(middle + 3.2), 'text-anchor': 'middle', 'font-size': 9, 'font-weight': 700, fill: colours.text }, modality.mark),
    );
  }
  return parts;
}
