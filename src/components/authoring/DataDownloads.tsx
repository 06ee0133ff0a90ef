import { t } from '../../i18n/translate';
import type { Dataset } from '../../model/datasetSchema';
import { exportCsvFiles } from '../../model/formats/exportCsv';
import { EXPORT_FORMATS } from '../../model/formats/exportFormats';
import { downloadBlob } from '../export/exportMap';

const save = (files: { name: string; text: string; type: string }[]) => {
  for (const file of files) downloadBlob(new Blob([file.text], { type: file.type }), file.name);
};

/** One button per format the dataset can be written to; `current` gives the work as it stands. */
export function DataDownloads({ datasetId, current }: { datasetId: string; current: () => Dataset | null }) {
  return (
    <>
      {EXPORT_FORMATS.map((format) => (
        <button
          key={format.id}
          type="button"
          onClick={() => {
            const data = current();
            if (data) save([{ name: `${datasetId}.${format.extension}`, text: format.write(data), type: format.mimeType }]);
          }}
        >
          {format.label}
        </button>
      ))}
      <button
        type="button"
        onClick={() => {
          const data = current();
          if (data) save(exportCsvFiles(data).map((file) => ({ ...file, type: file.name.endsWith('.csv') ? 'text/csv' : 'text/plain' })));
        }}
      >
        {t('Spreadsheets ({files})', { files: 'actors.csv, relations.csv, article.txt, article.json' })}
      </button>
    </>
  );
}
