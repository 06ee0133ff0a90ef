import { useRef, useState } from 'react';
import { useMapStore } from '../../store/MapStoreProvider';
import { selectIndex } from '../../store/selectors';
import { formatPublished } from './formatPublished';

/** Saves the map as it is shown, with title, legend and credit: PNG at 2× for slides, SVG for editing. */
export function ExportMenu() {
  const { dataset } = useMapStore(selectIndex);
  const rootRef = useRef<HTMLDetailsElement>(null);
  const [status, setStatus] = useState('');
  const { article } = dataset;

  const save = async (format: 'png' | 'svg') => {
    const explorer = rootRef.current?.closest('.explorer');
    const mapCanvas = explorer?.querySelector<HTMLCanvasElement>('canvas.stance-map-canvas');
    if (mapCanvas) return saveCanvas(mapCanvas, format);
    const mapSvg = explorer?.querySelector<SVGSVGElement>('svg.stance-map-svg');
    if (!mapSvg) return setStatus('The map is not on the page.');
    try {
      // The image writer loads on the first export.
      const { buildExportSvg, downloadBlob, exportFileName, serializeSvg, svgToPngBlob } = await import('../export/exportMap');
      const svg = buildExportSvg(mapSvg, {
        title: dataset.title,
        credit: `From “${article.title}”, ${article.author}, ${article.outlet}, ${formatPublished(article.published)}. ${article.rights}`,
      });
      const text = serializeSvg(svg);
      const blob =
        format === 'svg'
          ? new Blob([text], { type: 'image/svg+xml' })
          : await svgToPngBlob(text, Number(svg.getAttribute('width')), Number(svg.getAttribute('height')), 2);
      downloadBlob(blob, exportFileName(dataset.id, format));
      setStatus(`Saved ${exportFileName(dataset.id, format)}.`);
    } catch (cause) {
      setStatus(`The image could not be made: ${cause instanceof Error ? cause.message : String(cause)}`);
    }
  };

  // A large map is drawn on a canvas: its image is the canvas as shown, at the screen's density.
  const saveCanvas = async (canvas: HTMLCanvasElement, format: 'png' | 'svg') => {
    if (format === 'svg') return setStatus('A map this large is drawn on a canvas, which has no SVG: save it as PNG, or open it with ?renderer=svg.');
    const { downloadBlob, exportFileName } = await import('../export/exportMap');
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) return setStatus('The image could not be made.');
    downloadBlob(blob, exportFileName(dataset.id, 'png'));
    setStatus(`Saved ${exportFileName(dataset.id, 'png')}.`);
  };

  return (
    <details ref={rootRef} className="export-menu image-export-menu">
      <summary>Export</summary>
      <div className="export-menu-body">
        <button type="button" onClick={() => void save('png')}>
          Image (PNG, 2×)
        </button>
        <button type="button" onClick={() => void save('svg')}>
          Vector (SVG)
        </button>
        <span role="status">{status}</span>
      </div>
    </details>
  );
}
