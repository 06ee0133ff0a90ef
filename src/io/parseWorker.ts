/// <reference lib="webworker" />
import { parseDatasetText } from '../model/parseDataset';
import type { ParseWorkerMessage } from './parseOffMainThread';

// A large dataset is parsed and validated here, so the page stays responsive meanwhile; each
// stage is told as it starts, for the progress the page shows.
self.onmessage = (event: MessageEvent<string>) => {
  const say = (message: ParseWorkerMessage) => self.postMessage(message);
  say({ type: 'result', result: parseDatasetText(event.data, (stage) => say({ type: 'stage', stage })) });
};
