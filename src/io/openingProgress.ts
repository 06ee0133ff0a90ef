/**
 * How far along opening a dataset is, for the status a reader sees while a large one opens:
 * its bytes arriving, then its text read as JSON, then checked, then drawn. Each stage is told
 * as it starts; downloading also as bytes arrive.
 */
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
  const megabytes = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);
  switch (stage) {
    case 'downloading':
      if (loaded === undefined) return 'Downloading';
      return total ? `Downloading: ${megabytes(loaded)} of ${megabytes(total)} MB` : `Downloading: ${megabytes(loaded)} MB`;
    case 'reading':
      return 'Reading the file';
    case 'checking':
      return 'Checking every actor, relation and quote';
    case 'drawing':
      return 'Drawing the map';
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
