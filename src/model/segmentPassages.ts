/**
 * Splits a text into runs for highlighting: where cited spans overlap, a run carries every
 * span that covers it, so a reader sees one mark and can reach each relation behind it.
 */

export interface CitedSpan<Key> {
  start: number;
  end: number;
  key: Key;
}

export interface TextRun<Key> {
  start: number;
  end: number;
  text: string;
  /** The spans covering this run, in the order they were given; empty for plain text. */
  keys: Key[];
}

export function segmentPassages<Key>(text: string, spans: readonly CitedSpan<Key>[]): TextRun<Key>[] {
  const cuts = new Set([0, text.length]);
  for (const span of spans) {
    cuts.add(Math.max(0, Math.min(text.length, span.start)));
    cuts.add(Math.max(0, Math.min(text.length, span.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const runs: TextRun<Key>[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i]!;
    // The cuts are a set, sorted: each run is at least one character long.
    const end = points[i + 1]!;
    const keys = spans.filter((span) => span.start <= start && span.end >= end).map((span) => span.key);
    const previous = runs.at(-1);
    if (previous && sameKeys(previous.keys, keys)) {
      previous.end = end;
      previous.text = text.slice(previous.start, end);
    } else {
      runs.push({ start, end, text: text.slice(start, end), keys });
    }
  }
  return runs;
}

function sameKeys<Key>(a: readonly Key[], b: readonly Key[]): boolean {
  return a.length === b.length && a.every((key, index) => key === b[index]);
}
