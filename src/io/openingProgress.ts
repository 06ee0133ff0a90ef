/**
 * How far along opening a dataset is, for the status a reader sees while a large one opens:
 * its bytes arriving, then its text read as JSON, then checked, then drawn. Each stage is told
 * as it starts; downloading also as bytes arrive.
 */
import { interfaceLocale, t } from '../i18n/translate';

export type OpeningStage = 'downloading' | 'reading' | 'checking' | 'drawing';

export interface OpeningProgress {
  stage: OpeningStage;
  /** Bytes so far, while downloading. */
  loaded?: number;
  /** Bytes in all, when the server says. */
  total?: number;
}

export const OPENING_STAGES: readonly OpeningStage[] = ['downloading', 'reading', 'checking', 'drawing'];

/** What the stage is doing, in words: "Downloading: 1.2 of 9.1 MB". */
export function describeProgress({ stage, loaded, total }: OpeningProgress): string {
  const megabytes = (bytes: number) => (bytes / 1024 / 1024).toLocaleString(interfaceLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 });
  switch (stage) {
    case 'downloading':
      if (loaded === undefined) return t('Downloading');
      return total ? t('Downloading: {loaded} of {total} MB', { loaded: megabytes(loaded), total: megabytes(total) }) : t('Downloading: {loaded} MB', { loaded: megabytes(loaded) });
    case 'reading':
      return t('Reading the file');
    case 'checking':
      return t('Checking every actor, relation and quote');
    case 'drawing':
      return t('Drawing the map');
  }
}

/** How far along, from 0 to 1: each stage a quarter, downloading moving within its own. */
export function progressFraction({ stage, loaded, total }: OpeningProgress): number {
  const at = OPENING_STAGES.indexOf(stage);
  const within = stage === 'downloading' && loaded !== undefined && total ? Math.min(1, loaded / total) : 0;
  return (at + within) / OPENING_STAGES.length;
}

export interface OpeningOptions {
  onProgress?: (progress: OpeningProgress) => void;
  /** Aborted when the reader cancels: the download stops and the checking worker is ended. */
  signal?: AbortSignal;
}
