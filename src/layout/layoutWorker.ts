/// <reference lib="webworker" />
import { createLayoutRunner, type LayoutCommand, type LayoutRunner } from './layoutRunner';

// A large map's layout runs here, so the page keeps drawing and answering while it settles.
let runner: LayoutRunner | null = null;
self.onmessage = (event: MessageEvent<LayoutCommand>) => {
  const command = event.data;
  if (command.type === 'start') runner = createLayoutRunner(command, (frame) => self.postMessage(frame, [frame.positions.buffer]));
  else runner?.command(command);
};
