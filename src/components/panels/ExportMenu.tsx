import { useRef, useState } from 'react';
import { useMapStore, useMapStoreApi } from '../../store/MapStoreProvider';
import { selectIndex } from '../../store/selectors';
import { t } from '../../i18n/translate';

/**
 * The map as an image (PNG at 2×, SVG for editing), or as a 16:9 slide with the selection's
 * passage; the image writer loads on the first export.
 */
export function ExportMenu() {
  const { dataset } = useMapStore(selectIndex);
  const store = useMapStoreApi();
  const rootRef = useRef<HTMLDetailsElement>(null);
  const [status, setStatus] = useState('');
  const save = async (format: 'png' | 'svg') => {
    const { saveMapImage } = await import('../export/saveMapImage');
    setStatus(await saveMapImage(rootRef.current?.closest('.explorer'), dataset, format));
  };
  return (
    <details ref={rootRef} className="export-menu image-export-menu">
      <summary>{t('Export')}</summary>
      <div className="export-menu-body">
        <button type="button" onClick={() => void save('png')}>
          {t('Image (PNG, 2×)')}
        </button>
        <button type="button" onClick={() => void save('svg')}>
          {t('Vector (SVG)')}
        </button>
        <button type="button" onClick={() => void import('../export/saveSlides').then(async ({ saveViewSlide }) => setStatus(await saveViewSlide(rootRef.current?.closest('.explorer'), store)))}>
          {t('Slide (16:9 PNG)')}
        </button>
        <span role="status">{status}</span>
      </div>
    </details>
  );
}
