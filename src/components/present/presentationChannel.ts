/**
 * The presenter window and the audience window of one presentation keep the same step, and the
 * audience screen blank or not, by telling each other over a BroadcastChannel (same browser, same
 * origin; nothing leaves the machine). A window that opens says hello and adopts what the others
 * answer, so either may be opened first.
 */

import { datasetQuery } from '../../embed/urlState';

/** Where a presentation is: the step (counted from 0) and whether the audience screen is blanked. */
export interface PresentationState {
  at: number;
  blank: boolean;
}

export type PresentationMessage = { type: 'hello' } | ({ type: 'state' } & PresentationState);

/**
 * One channel per presented map: the page and the parameters that choose the dataset, so two
 * presentations of different maps in the same browser do not steer each other.
 * @example presentationChannelName('/app/', '?present=1&data=a.json&step=2') // 'stancemap-presentation:/app/?data=a.json'
 */
export function presentationChannelName(pathname: string, search: string): string {
  return `stancemap-presentation:${pathname}${datasetQuery(search)}`;
}

export interface PresentationChannel {
  /** Tells the other windows where this one is now. */
  tell(state: PresentationState): void;
  close(): void;
}

function isMessage(data: unknown): data is PresentationMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Record<string, unknown>;
  if (message.type === 'hello') return true;
  return message.type === 'state' && Number.isInteger(message.at) && (message.at as number) >= 0 && typeof message.blank === 'boolean';
}

/**
 * Joins the presentation's channel: `onState` hears where another window went, `current` answers a
 * newcomer. Without BroadcastChannel (an old browser) the window presents alone, as before.
 */
export function joinPresentation(name: string, current: () => PresentationState, onState: (state: PresentationState) => void): PresentationChannel {
  if (typeof BroadcastChannel === 'undefined') return { tell() {}, close() {} };
  const channel = new BroadcastChannel(name);
  channel.onmessage = ({ data }: MessageEvent<unknown>) => {
    if (!isMessage(data)) return;
    if (data.type === 'hello') channel.postMessage({ type: 'state', ...current() } satisfies PresentationMessage);
    else onState({ at: data.at, blank: data.blank });
  };
  channel.postMessage({ type: 'hello' } satisfies PresentationMessage);
  return {
    tell: (state) => channel.postMessage({ type: 'state', ...state } satisfies PresentationMessage),
    close: () => channel.close(),
  };
}
