/// <reference lib="webworker" />
import { parseDatasetText } from '../model/parseDataset';
import { setCatalogue } from '../i18n/translate';
import type { ParseWorkerMessage, ParseWorkerRequest } from './parseOffMainThread';

// A large dataset is parsed and validated here, so the page stays responsive meanwhile; each
// stage is told as it starts, for the progress the page shows. Its problems are told in the
// page's language, whose catalogue comes with the text.
self.onmessage = (event: MessageEvent<ParseWorkerRequest>) => {
  const { text, locale, catalogue } = event.data;
  setCatalogue(locale, catalogue);
  const say = (message: ParseWorkerMessage) => self.postMessage(message);
  const result = parseDatasetText(text, (stage) => say({ type: 'stage', stage }));
  if (!result.ok) return say({ type: 'result', result });
  // Not the dataset itself: the page has parsed the same text meanwhile (parseOffMainThread.ts).
  const { dataset: _dataset, ...checked } = result;
  say({ type: 'result', result: checked });
};
