/// <reference lib="webworker" />
import { parseDatasetText } from './dataset';

// Parses and validates a dataset off the main thread; the result is plain data (structured clone).
self.onmessage = (e: MessageEvent<string>) => {
  self.postMessage(parseDatasetText(e.data));
};
