/**
 * Saves the map as it is shown, with title, legend and credit: PNG at 2× for slides, SVG for
 * editing. Loaded with the image writer on the first export; returns what to tell the reader.
 */
import { t } from '../../i18n/translate';
import type { Dataset } from '../../model/datasetSchema';
import { creditAfterTitle, rightsAfter } from '../panels/articleCredit';
import { buildExportSvg, downloadBlob, exportFileName, serializeSvg, svgToPngBlob } from './exportMap';

export async function saveMapImage(explorer: Element | null | undefined, dataset: Dataset, format: 'png' | 'svg'): Promise<string> {
  const mapCanvas = explorer?.querySelector<HTMLCanvasElement>('canvas.stance-map-canvas');
  if (mapCanvas) return saveCanvas(mapCanvas, dataset, format);
  const mapSvg = explorer?.querySelector<SVGSVGElement>('svg.stance-map-svg');
  if (!mapSvg) return t('The map is not on the page.');
  try {
    const svg = buildExportSvg(mapSvg, { title: dataset.title, credit: imageCredit(dataset) });
    const text = serializeSvg(svg);
    const blob =
      format === 'svg'
        ? new Blob([text], { type: 'image/svg+xml' })
        : await svgToPngBlob(text, Number(svg.getAttribute('width')), Number(svg.getAttribute('height')), 2);
    downloadBlob(blob, exportFileName(dataset.id, format));
    return t('Saved {file}.', { file: exportFileName(dataset.id, format) });
  } catch (cause) {
    return t('The image could not be made: {reason}', { reason: cause instanceof Error ? cause.message : String(cause) });
  }
}

/** The article's credit as every image of the map carries it. */
export const imageCredit = ({ article }: Dataset) => `${t('From “{title}”', { title: article.title })}${creditAfterTitle(article, { by: false })}.${rightsAfter(article)}`;

// A large map is drawn on a canvas: its image is the canvas as shown, at the screen's density.
async function saveCanvas(canvas: HTMLCanvasElement, dataset: Dataset, format: 'png' | 'svg'): Promise<string> {
  if (format === 'svg') return t('A map this large is drawn on a canvas, which has no SVG: save it as PNG, or open it with ?renderer=svg.');
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  if (!blob) return t('The image could not be made.');
  downloadBlob(blob, exportFileName(dataset.id, 'png'));
  return t('Saved {file}.', { file: exportFileName(dataset.id, 'png') });
}
