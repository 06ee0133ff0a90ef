/// <reference lib="webworker" />
import { parseDatasetText } from '../model/parseDataset';

// A large dataset is parsed and validated here, so the page stays responsive meanwhile.
self.onmessage = (event: MessageEvent<string>) => {
  self.postMessage(parseDatasetText(event.data));
};
