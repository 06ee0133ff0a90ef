/**
 * Slides to take away: the current view as one 16:9 PNG with the selection's passage, or the
 * whole story, one PNG a step, each step shown on the map as the presentation shows it.
 * Loaded with the image writer on the first use.
 */
import { t, tn } from '../../i18n/translate';
import type { DatasetIndex } from '../../model/indexDataset';
import type { Selection } from '../../model/selection';
import { storySteps, type Step } from '../../model/steps';
import type { MapStore } from '../../store/createMapStore';
import { describeElement } from '../graph/mapInput';
import { downloadBlob, serializeSvg, svgToPngBlob } from './exportMap';
import { buildSlideSvg, SLIDE, slideFileName, type SlideWords } from './exportSlide';
import { imageCredit } from './saveMapImage';

const canvasMap = () => t('A map this large is drawn on a canvas: slides are made from the SVG map (open it with ?renderer=svg).');

/** What a slide of the current view says: the selected relation or actor and its first passage, else the map and its article. */
export function viewSlideWords(index: DatasetIndex, selection: Selection): SlideWords {
  const { dataset } = index;
  const credit = imageCredit(dataset);
  if (selection?.kind === 'relation') {
    const relation = index.relationsById.get(selection.id);
    if (relation) return { kicker: dataset.title, title: describeElement(index, selection), caption: relation.summary, passage: relation.evidence[0]?.quote, credit };
  }
  if (selection?.kind === 'actor') {
    const actor = index.actorsById.get(selection.id);
    if (actor) return { kicker: dataset.title, title: actor.name, caption: actor.description ?? '', passage: actor.evidence[0]?.quote, credit };
  }
  return { kicker: dataset.article.title, title: dataset.title, caption: dataset.article.dek ?? '', credit };
}

async function writeSlide(svg: SVGSVGElement, fileName: string) {
  downloadBlob(await svgToPngBlob(serializeSvg(svg), SLIDE.width, SLIDE.height, 2), fileName);
}

export const mapSvgIn = (root: ParentNode | null | undefined) => root?.querySelector<SVGSVGElement>('svg.stance-map-svg') ?? null;
const painted = () => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve())));

/**
 * Shows each step of the story on the map at once (no glide), lets it paint, and hands over the
 * step's slide: for slides to save and handouts to print alike.
 */
export async function forEachStepSlide(mapSvg: SVGSVGElement, store: MapStore, onSlide: (slide: SVGSVGElement, step: Step, at: number) => void | Promise<void>) {
  const { index } = store.getState();
  const { dataset } = index;
  for (const [at, step] of storySteps(index).entries()) {
    store.getState().showStep(step, 'cut');
    await painted();
    await onSlide(buildSlideSvg(mapSvg, { kicker: dataset.title, title: step.title, caption: step.caption, passage: step.passage?.quote, credit: imageCredit(dataset) }), step, at);
  }
}

/** The map as shown now, as a slide. */
export async function saveViewSlide(root: ParentNode | null | undefined, store: MapStore): Promise<string> {
  const mapSvg = mapSvgIn(root);
  if (!mapSvg) return root?.querySelector('canvas.stance-map-canvas') ? canvasMap() : t('The map is not on the page.');
  const { index, selection } = store.getState();
  const fileName = slideFileName(index.dataset.id);
  try {
    await writeSlide(buildSlideSvg(mapSvg, viewSlideWords(index, selection)), fileName);
    return t('Saved {file} (1920×1080).', { file: fileName });
  } catch (cause) {
    return t('The slide could not be made: {reason}', { reason: cause instanceof Error ? cause.message : String(cause) });
  }
}

/**
 * Every step of the story as a slide: each shown on the map at once (no glide), drawn, then
 * saved. `restore` puts the map back as it was before. Returns what to tell the author.
 */
export async function saveStorySlides(root: ParentNode | null | undefined, store: MapStore, restore: () => void): Promise<string> {
  const mapSvg = mapSvgIn(root);
  if (!mapSvg) return root?.querySelector('canvas.stance-map-canvas') ? canvasMap() : t('The map is not on the page.');
  const { dataset } = store.getState().index;
  const count = dataset.story?.length ?? 0;
  if (count === 0) return t('The story has no steps yet.');
  try {
    await forEachStepSlide(mapSvg, store, (slide, _step, at) => writeSlide(slide, slideFileName(dataset.id, at + 1)));
    // English says “slides” for one too, as it always has; other languages choose their forms.
    return tn(count, 'Saved {count} slides, {first} to {last} (1920×1080).', 'Saved {count} slides, {first} to {last} (1920×1080).', { first: slideFileName(dataset.id, 1), last: slideFileName(dataset.id, count) });
  } catch (cause) {
    return t('The slides could not be made: {reason}', { reason: cause instanceof Error ? cause.message : String(cause) });
  } finally {
    restore();
  }
}
