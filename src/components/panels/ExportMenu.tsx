import { useRef, useState } from 'react';
import { useMapStore } from '../../store/MapStoreProvider';
import { selectIndex } from '../../store/selectors';

/** The map as an image (PNG at 2× for slides, SVG for editing); the image writer loads on the first export. */
export function ExportMenu() {
  const { dataset } = useMapStore(selectIndex);
  const rootRef = useRef<HTMLDetailsElement>(null);
  const [status, setStatus] = useState('');
  const save = async (format: 'png' | 'svg') => {
    const { saveMapImage } = await import('../export/saveMapImage');
    setStatus(await saveMapImage(rootRef.current?.closest('.explorer'), dataset, format));
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
