/**
 * A 16:9 slide of the map (1920×1080 as PNG): the map as it is shown on the left, fitted whole
 * into its part of the slide, and on the right the words a class reads with it: the title, the
 * caption, the passage of the article it rests on, a key of what the lines in front mean, and the
 * credit. Speaker notes never go in. Framework-free, like exportMap.ts, whose pieces it shares.
 */
import { largestFitting } from '../present/fitText';
import {
  copyMapContent,
  createElementFactory,
  createStyleReader,
  createTextMeasure,
  drawLegend,
  EXPORT_FONT_STACK,
  fileSlug,
  layoutLegend,
  legendGroups,
  mapSize,
  pageColours,
  SVG_NS,
  textBlock,
  wrapText,
  XMLNS_NS,
} from './exportMap';

export interface SlideWords {
  /** Small, above the title: the map's own title. */
  kicker: string;
  title: string;
  caption: string;
  /** The article's words the slide rests on, shown as a quotation. */
  passage?: string;
  credit: string;
}

/** The slide's size in SVG units; the PNG is drawn at twice this, 1920×1080. */
export const SLIDE = { width: 960, height: 540 } as const;
// The rest is the words' column, wide enough for the key's longest entry beside its heading.
const MAP_WIDTH = 520;
const PAD = 24;
const SERIF = "Georgia, 'Times New Roman', serif";

/** Type sizes at full scale; a slide with many words is set smaller, down to 70 %. */
const TYPE = { kicker: 13, title: 28, caption: 18, passage: 16, credit: 11 };
const SCALES = [1, 0.92, 0.85, 0.78, 0.7];

/**
 * The slide as a standalone SVG. The key lists the stances and statuses of the lines brought
 * forward (all the map's lines when none is).
 */
export function buildSlideSvg(mapSvg: SVGSVGElement, words: SlideWords): SVGSVGElement {
  const document = mapSvg.ownerDocument;
  const styles = createStyleReader(mapSvg);
  const colours = pageColours(styles);
  const measure = createTextMeasure(document);
  const make = createElementFactory(document);
  const columnX = MAP_WIDTH + PAD;
  const columnWidth = SLIDE.width - columnX - PAD;

  const forward = mapSvg.querySelector('.relation[data-emphasis="highlighted"]') ? '.relation[data-emphasis="highlighted"]' : '.relation';
  const legend = layoutLegend(legendGroups(mapSvg, forward), columnWidth, measure, 0);
  const legendHeight = legend.rows * 26;

  // The largest type at which every block fits above the key and the credit.
  const layout = (scale: number) => {
    const size = (base: number) => Math.round(base * scale * 10) / 10;
    const blocks = [
      { key: 'kicker', text: words.kicker, size: size(TYPE.kicker), weight: 600, family: EXPORT_FONT_STACK, lineHeight: 1.3, gap: 6 },
      { key: 'title', text: words.title, size: size(TYPE.title), weight: 700, family: EXPORT_FONT_STACK, lineHeight: 1.15, gap: 10 },
      { key: 'caption', text: words.caption, size: size(TYPE.caption), weight: 400, family: EXPORT_FONT_STACK, lineHeight: 1.4, gap: 12 },
      { key: 'passage', text: words.passage ? `“${words.passage}”` : '', size: size(TYPE.passage), weight: 400, family: SERIF, lineHeight: 1.4, gap: 12 },
    ].filter((block) => block.text.trim());
    const creditSize = size(TYPE.credit);
    const credit = wrapText(words.credit.trim(), columnWidth, (text) => measure(text, creditSize, 400));
    const creditHeight = credit.length * creditSize * 1.35;
    let y = PAD;
    const placed = blocks.map((block) => {
      const indent = block.key === 'passage' ? 14 : 0;
      const lines = wrapText(block.text.trim(), columnWidth - indent, (text) => measure(text, block.size, block.weight));
      const height = lines.length * block.size * block.lineHeight;
      const top = y;
      y += height + block.gap;
      return { ...block, lines, top, height, indent };
    });
    const room = SLIDE.height - PAD - creditHeight - (legend.rows ? legendHeight + 12 : 0);
    return { placed, credit, creditSize, creditHeight, fits: y <= room };
  };
  const scale = largestFitting(SCALES, (candidate) => layout(candidate).fits);
  const { placed, credit, creditSize, creditHeight } = layout(scale);

  const svg = make('svg', { width: SLIDE.width, height: SLIDE.height, viewBox: `0 0 ${SLIDE.width} ${SLIDE.height}`, role: 'img', style: `font-family: ${EXPORT_FONT_STACK}` }) as SVGSVGElement;
  svg.setAttributeNS(XMLNS_NS, 'xmlns', SVG_NS);
  svg.append(make('title', {}, words.title.trim() || words.kicker.trim()));
  svg.append(make('rect', { class: 'slide-background', width: SLIDE.width, height: SLIDE.height, fill: colours.background }));

  // The map as shown, fitted whole into its part of the slide.
  const { width, height } = mapSize(mapSvg);
  const map = make('svg', { class: 'slide-map', x: 0, y: 0, width: MAP_WIDTH, height: SLIDE.height, viewBox: `0 0 ${width} ${height}`, preserveAspectRatio: 'xMidYMid meet', overflow: 'hidden' });
  const content = make('g');
  copyMapContent(mapSvg, content, styles);
  map.append(content);
  svg.append(map);
  svg.append(make('line', { x1: MAP_WIDTH, y1: 0, x2: MAP_WIDTH, y2: SLIDE.height, stroke: colours.muted, 'stroke-opacity': 0.35, 'stroke-width': 1 }));

  for (const block of placed) {
    const fill = block.key === 'kicker' ? colours.muted : colours.text;
    const text = textBlock(make, block.lines, {
      class: `slide-${block.key}`,
      x: columnX + block.indent,
      y: block.top + block.size * 0.9,
      lineHeight: block.size * block.lineHeight,
      size: block.size,
      weight: block.weight,
      fill,
    });
    if (block.family !== EXPORT_FONT_STACK) text.setAttribute('font-family', block.family);
    svg.append(text);
    if (block.key === 'passage') svg.append(make('rect', { x: columnX, y: block.top, width: 4, height: block.height, fill: colours.text }));
  }
  if (legend.rows) {
    const key = drawLegend(make, legend.items, SLIDE.height - PAD - creditHeight - 12 - legendHeight, colours);
    key.setAttribute('transform', `translate(${columnX},0)`);
    svg.append(key);
  }
  if (credit.length) {
    svg.append(
      textBlock(make, credit, {
        class: 'slide-credit',
        x: columnX,
        y: SLIDE.height - PAD - creditHeight + creditSize,
        lineHeight: creditSize * 1.35,
        size: creditSize,
        weight: 400,
        fill: colours.muted,
      }),
    );
  }
  return svg;
}

/** `slideFileName('russia-poach-rebels-2016', 3)` → `russia-poach-rebels-2016-slide-03.png`; without a step, the current view. */
export function slideFileName(datasetId: string, step?: number): string {
  return `${fileSlug(datasetId)}-slide${step === undefined ? '' : `-${String(step).padStart(2, '0')}`}.png`;
}
